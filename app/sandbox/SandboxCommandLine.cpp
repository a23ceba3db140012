#include "SandboxCommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace {

SandboxCommandLine::Result failure(const QString &message)
{
    SandboxCommandLine::Result result;
    result.action = SandboxCommandLine::Action::Fail;
    result.message = message;
    return result;
}

} // namespace

SandboxCommandLine::Result SandboxCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Badge Desk contract sandbox: a local stand-in for the Watchers back-to-back HTTP "
           "API (badges, bans, moderators, rooms, messages) with inspection routes under "
           "/__sandbox/ and fault injection for tests.\n\n"
           "The first line on standard output is always the base URL, e.g. "
           "http://127.0.0.1:8080. One line per request (METHOD path status) goes to standard "
           "error unless --quiet is given. SIGTERM and SIGINT stop it cleanly."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("TCP port to listen on; 0 picks a free port (default)."),
                                  tr("N"), QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Address to listen on (default 127.0.0.1)."), tr("ADDRESS"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
                                    tr("The project's API key, checked against the x-api-key "
                                       "header (default sandbox-key)."),
                                    tr("KEY"), QStringLiteral("sandbox-key"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("A bearer token the project accepts; repeat for several "
                                      "(default sandbox-token). Never logged."),
                                   tr("TOKEN"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("The project's region: eu, us, sa, hk or za (default eu)."),
                                    tr("KEY"), QStringLiteral("eu"));
    const QCommandLineOption checkRegion(
        QStringLiteral("check-region"),
        tr("Answer 404 \"Project not found\" when a request's X-Sandbox-Region header names "
           "another region than the project's."));
    const QCommandLineOption room(QStringLiteral("room"),
                                  tr("A room that exists from the start; repeat for several."),
                                  tr("ID"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("Keep the state in this JSON file: loaded at start, "
                                     "written atomically after every change."),
                                  tr("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Seed demo badges, users and rooms when the state is "
                                     "empty."));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     tr("Delay every public response by N milliseconds."), tr("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        tr("Inject a fault into a fraction (0 to 1) of public requests; repeatable. KIND is "
           "429, 500, 502, 503, 504, reset, reset-after-apply or stall."),
        tr("KIND:FRACTION"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       tr("Seed for the random fault draw (default 1)."), tr("N"),
                                       QStringLiteral("1"));
    const QCommandLineOption retryAfter(
        QStringLiteral("retry-after"),
        tr("Retry-After sent with injected 429s: SECONDS, http-date, http-date:SECONDS or none "
           "(default 1)."),
        tr("VALUE"), QStringLiteral("1"));
    const QCommandLineOption assignCap(
        QStringLiteral("assign-cap"),
        tr("Most userIds one assign or unassign call may carry (default 1000)."), tr("N"),
        QStringLiteral("1000"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("Do not log requests on standard error."));

    parser.addOptions({port, bind, apiKey, token, region, checkRegion, room, data, demo, latency,
                       fault, faultSeed, retryAfter, assignCap, quiet});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        Result result;
        result.action = Action::ShowText;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        Result result;
        result.action = Action::ShowText;
        result.message = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                       QCoreApplication::applicationVersion());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return failure(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    }

    Result result;
    SandboxOptions &options = result.options;
    bool ok = false;

    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return failure(tr("--port must be a number from 0 to 65535."));
    options.port = static_cast<quint16>(portValue);

    if (!options.address.setAddress(parser.value(bind)))
        return failure(tr("--bind must be an IP address, not \"%1\".").arg(parser.value(bind)));

    SandboxProject project;
    project.apiKey = parser.value(apiKey);
    if (project.apiKey.isEmpty())
        return failure(tr("--api-key must not be empty."));
    if (parser.isSet(token)) {
        project.bearerTokens = parser.values(token);
        if (project.bearerTokens.contains(QString()))
            return failure(tr("--token must not be empty."));
    }
    project.region = parser.value(region).toLower();
    if (!SandboxProject::knownRegions().contains(project.region)) {
        return failure(tr("--region must be one of %1.")
                           .arg(SandboxProject::knownRegions().join(QStringLiteral(", "))));
    }
    project.rooms = parser.values(room);
    if (project.rooms.contains(QString()))
        return failure(tr("--room must not be empty."));
    options.projects = {project};

    options.checkRegion = parser.isSet(checkRegion);
    options.dataFile = parser.value(data);
    options.demo = parser.isSet(demo);

    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return failure(tr("--latency-ms must be a number of at least 0."));

    double totalFraction = 0.0;
    const QStringList faults = parser.values(fault);
    for (const QString &spec : faults) {
        const auto rule = FaultPlan::parseRandomSpec(spec);
        if (!rule) {
            return failure(tr("--fault expects KIND:FRACTION with KIND one of 429, 500, 502, "
                              "503, 504, reset, reset-after-apply, stall and FRACTION from 0 "
                              "to 1, not \"%1\".")
                               .arg(spec));
        }
        totalFraction += rule->fraction;
        options.faults.addRandom(*rule);
    }
    if (totalFraction > 1.0 + 1e-9)
        return failure(tr("The --fault fractions add up to more than 1."));

    const uint seed = parser.value(faultSeed).toUInt(&ok);
    if (!ok)
        return failure(tr("--fault-seed must be a non-negative number."));
    options.faults.setSeed(seed);

    FaultPlan::RetryAfterForm form = FaultPlan::RetryAfterForm::Seconds;
    int seconds = 1;
    if (!FaultPlan::parseRetryAfterSpec(parser.value(retryAfter), &form, &seconds)) {
        return failure(tr("--retry-after expects SECONDS, http-date, http-date:SECONDS or none, "
                          "not \"%1\".")
                           .arg(parser.value(retryAfter)));
    }
    options.faults.setRetryAfter(form, seconds);

    options.assignCap = parser.value(assignCap).toInt(&ok);
    if (!ok || options.assignCap < 1)
        return failure(tr("--assign-cap must be a number of at least 1."));

    result.quiet = parser.isSet(quiet);
    return result;
}
