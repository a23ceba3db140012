// Bulk assign throughput: the real JobRunner (journal on disk, retries armed, the real
// WatchersClient) against a real badgedesk-sandbox process that delays every answer, compared
// in the same run with `curl --parallel` sending the same batches at the same concurrency.
// Both runs are checked in the sandbox's stats: every ID arrived, and arrived once.
//
//   badgedesk-bench-assign --ids 300000 --batch 1000 --concurrency 6 --latency-ms 50
//                          [--target-seconds 3]
//
// Needs BADGEDESK_SANDBOX_BIN (the driver sets it) and curl on PATH. Figures go to stdout as
// BENCH_FIGURE lines (BenchFigure).

#include "AppPaths.h"
#include "BenchFigure.h"
#include "JobRunner.h"
#include "RawHttp.h"
#include "SandboxProcess.h"
#include "UserIdListParser.h"
#include "WatchersClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString AssignRoute = u"POST /external/badge/:id/users"_s;

struct Options
{
    int ids = 300000;
    int batch = 1000;
    int concurrency = 6;
    int latencyMs = 50;
    double targetSeconds = 0; // 0: no target on the duration
};

struct Arrivals
{
    qint64 requests = 0;
    qint64 userIds = 0;
    qint64 applied = 0;
    qint64 holders = 0;
    QString outcomes;
};

void progress(const QString &text)
{
    std::printf("  %s\n", qPrintable(text));
    std::fflush(stdout);
}

QStringList makeIds(int count)
{
    QStringList ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids.append(u"member-%1"_s.arg(i, 7, 10, QLatin1Char('0')));
    return ids;
}

qint64 createBadge(RawHttp &http, const QString &text)
{
    const QJsonObject badge {
        {u"text"_s, text},
        {u"backgroundColor"_s, u"#1e88e5"_s},
        {u"textColor"_s, u"#ffffff"_s},
        {u"tooltip"_s, u"bench"_s},
        {u"communicationPic"_s, QJsonValue::Null},
        {u"communicationTitle"_s, u"Hi"_s},
        {u"communicationText"_s, u"Welcome"_s},
    };
    const RawHttpReply reply = http.post(u"/external/badge"_s, badge);
    return reply.status == 201 ? reply.json().toObject().value(u"id"_s).toInteger() : 0;
}

Arrivals arrivals(RawHttp &inspect, qint64 badgeId)
{
    Arrivals result;
    const QJsonObject route = inspect.get(u"/__sandbox/stats"_s)
                                  .json()
                                  .toObject()
                                  .value(u"routes"_s)
                                  .toObject()
                                  .value(AssignRoute)
                                  .toObject();
    result.requests = route.value(u"count"_s).toInteger();
    result.userIds = route.value(u"userIds"_s).toInteger();
    result.applied = route.value(u"userIdsApplied"_s).toInteger();
    result.outcomes = QString::fromUtf8(
        QJsonDocument(route.value(u"outcomes"_s).toObject()).toJson(QJsonDocument::Compact));
    const QJsonArray badges = inspect.get(u"/__sandbox/badges"_s).json().toArray();
    for (const QJsonValue &badge : badges) {
        if (badge.toObject().value(u"id"_s).toInteger() == badgeId)
            result.holders = badge.toObject().value(u"userCount"_s).toInteger();
    }
    return result;
}

bool resetStats(RawHttp &inspect)
{
    const QJsonObject what {{u"state"_s, false}, {u"stats"_s, true}, {u"faults"_s, false}};
    return inspect.post(u"/__sandbox/reset"_s, what).status == 200;
}

// Seconds for the JobRunner to take the job from start() to settled, or NaN.
double runJobRunner(const Options &options, const QUrl &baseUrl, const QString &apiKey,
                    const QString &token, qint64 badgeId, const QStringList &ids, QString *problem)
{
    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = baseUrl;
    connection.apiKey = apiKey;
    connection.bearerToken = token;
    WatchersClient client;
    client.setConnection(connection);

    JobRunner runner(&client);
    JobOptions jobOptions;
    jobOptions.batchSize = options.batch;
    jobOptions.maxInFlight = options.concurrency;
    runner.setOptions(jobOptions);
    runner.setModerationLogEnabled(false);
    const Job job = Job::create(u"bench"_s, JobAction::assign(badgeId, u"Bench"_s),
                                UserIdListParser::parse(ids.join(u'\n')), options.batch);
    QString error;
    if (!runner.create(job, &error)) {
        *problem = u"the job could not be created: "_s + error;
        return std::nan("");
    }
    QEventLoop loop;
    QObject::connect(&runner, &JobRunner::settled, &loop, &QEventLoop::quit);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const Job::Counts counts = runner.job().counts();
    if (runner.state() != JobState::Finished || counts.done != ids.size()) {
        *problem = u"the job ended %1 with %2 of %3 done"_s.arg(JobStateInfo::name(runner.state()))
                       .arg(counts.done)
                       .arg(ids.size());
        return std::nan("");
    }
    return seconds;
}

// Seconds for curl to send the same batches with the same concurrency, or NaN.
double runCurl(const Options &options, const QUrl &baseUrl, const QString &apiKey,
               const QString &token, qint64 badgeId, const QStringList &ids, const QString &workDir,
               QString *problem)
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty()) {
        *problem = u"curl is not installed"_s;
        return std::nan("");
    }
    // Bodies in files and everything else in a config file: no token on a command line.
    QFile config(workDir + u"/curl.cfg"_s);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::nan("");
    const QString url = baseUrl.toString() + u"/external/badge/%1/users"_s.arg(badgeId);
    int batches = 0;
    for (qsizetype start = 0; start < ids.size(); start += options.batch) {
        const QString bodyPath = workDir + u"/batch-%1.json"_s.arg(batches++);
        QFile body(bodyPath);
        if (!body.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return std::nan("");
        body.write(
            QJsonDocument(QJsonObject {{u"userIds"_s,
                                        QJsonArray::fromStringList(ids.mid(start, options.batch))}})
                .toJson(QJsonDocument::Compact));
        // "next" separates transfers; one after the last would start a transfer without a URL.
        const QString entry = QString(batches > 1 ? u"next\n"_s : QString())
            + u"url = \"%1\"\n"
              u"header = \"x-api-key: %2\"\n"
              u"header = \"Authorization: Bearer %3\"\n"
              u"header = \"Content-Type: application/json\"\n"
              u"data-binary = \"@%4\"\n"
              u"output = \"/dev/null\"\n"_s.arg(url, apiKey, token, bodyPath);
        config.write(entry.toUtf8());
    }
    config.close();

    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(curl,
                  {u"--parallel"_s, u"--parallel-immediate"_s, u"--parallel-max"_s,
                   QString::number(options.concurrency), u"--no-progress-meter"_s, u"--silent"_s,
                   u"--show-error"_s, u"--fail"_s, u"--config"_s, config.fileName()});
    if (!process.waitForFinished(180000)) {
        process.kill();
        *problem = u"curl did not finish"_s;
        return std::nan("");
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *problem = u"curl exited with code %1: %2"_s.arg(process.exitCode())
                       .arg(QString::fromLocal8Bit(process.readAllStandardError()).left(300));
        return std::nan("");
    }
    return seconds;
}

// Seconds for plain QNetworkAccessManager (no JobRunner, no WatchersClient) to send the same
// batches with the same concurrency: tells the cost of Qt's HTTP stack from the job engine's.
double runPlainQt(const Options &options, const QUrl &baseUrl, const QString &apiKey,
                  const QString &token, qint64 badgeId, const QStringList &ids)
{
    RawHttp http(baseUrl);
    http.setCredentials(apiKey.toUtf8(), token.toUtf8());
    const QString path = u"/external/badge/%1/users"_s.arg(badgeId);
    qsizetype next = 0;
    int inFlight = 0;
    int failures = 0;
    QEventLoop loop;
    std::function<void()> pump = [&] {
        while (inFlight < options.concurrency && next < ids.size()) {
            const QByteArray body =
                QJsonDocument(
                    QJsonObject {
                        {u"userIds"_s, QJsonArray::fromStringList(ids.mid(next, options.batch))}})
                    .toJson(QJsonDocument::Compact);
            next += options.batch;
            QNetworkReply *reply =
                http.start("POST", path, body, {{"Content-Type", "application/json"}});
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                if (reply->error() != QNetworkReply::NoError)
                    ++failures;
                reply->deleteLater();
                --inFlight;
                pump();
            });
        }
        if (inFlight == 0 && next >= ids.size())
            loop.quit();
    };
    QElapsedTimer clock;
    clock.start();
    pump();
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    loop.exec();
    return failures ? std::nan("") : double(clock.nsecsElapsed()) / 1e9;
}

// Seconds for WatchersClient::assignUsers alone (no JobRunner, no journal) with the same
// batches and concurrency: splits the job engine's cost from the client's.
double runClientOnly(const Options &options, const QUrl &baseUrl, const QString &apiKey,
                     const QString &token, qint64 badgeId, const QStringList &ids)
{
    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = baseUrl;
    connection.apiKey = apiKey;
    connection.bearerToken = token;
    WatchersClient client;
    client.setConnection(connection);
    qsizetype next = 0;
    int inFlight = 0;
    int failures = 0;
    QEventLoop loop;
    std::function<void()> pump = [&] {
        while (inFlight < options.concurrency && next < ids.size()) {
            const QStringList batch = ids.mid(next, options.batch);
            next += options.batch;
            ++inFlight;
            client.assignUsers(badgeId, batch, &loop, [&](const ApiResult<AssignOutcome> &result) {
                if (!result.ok())
                    ++failures;
                --inFlight;
                pump();
            });
        }
        if (inFlight == 0 && next >= ids.size())
            loop.quit();
    };
    QElapsedTimer clock;
    clock.start();
    pump();
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    loop.exec();
    return failures ? std::nan("") : double(clock.nsecsElapsed()) / 1e9;
}

QString arrivalNote(const Arrivals &a, int batches, int ids)
{
    QString note = u"sandbox saw %1 requests for %2 batches, %3 IDs carried, %4 applied, badge "
                   u"holds %5, outcomes %6"_s.arg(a.requests)
                       .arg(batches)
                       .arg(a.userIds)
                       .arg(a.applied)
                       .arg(a.holders)
                       .arg(a.outcomes);
    if (a.userIds != ids || a.applied != ids || a.holders != ids)
        note += u"; WARNING: not every ID arrived exactly once"_s;
    return note;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption idsOption(u"ids"_s, u"IDs to assign"_s, u"N"_s, u"300000"_s);
    const QCommandLineOption batchOption(u"batch"_s, u"IDs per call"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"calls in flight"_s, u"N"_s,
                                               u"6"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"added latency"_s, u"MS"_s, u"50"_s);
    const QCommandLineOption targetOption(u"target-seconds"_s, u"target duration"_s, u"S"_s,
                                          u"0"_s);
    parser.addOptions({idsOption, batchOption, concurrencyOption, latencyOption, targetOption});
    parser.process(app);
    Options options;
    options.ids = parser.value(idsOption).toInt();
    options.batch = parser.value(batchOption).toInt();
    options.concurrency = parser.value(concurrencyOption).toInt();
    options.latencyMs = parser.value(latencyOption).toInt();
    options.targetSeconds = parser.value(targetOption).toDouble();

    QTemporaryDir work;
    AppPaths::setDataRootOverride(work.path() + u"/data"_s);
    const QString apiKey = u"bench-key"_s;
    // A fresh random token each run: the sandbox accepts it, and it protects nothing.
    const QString token = u"bench-"_s + QUuid::createUuid().toString(QUuid::Id128);
    SandboxProcess sandbox({u"--quiet"_s, u"--latency-ms"_s, QString::number(options.latencyMs),
                            u"--api-key"_s, apiKey, u"--token"_s, token});
    if (!sandbox.start()) {
        std::fprintf(stderr, "the sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    RawHttp http(sandbox.baseUrl());
    http.setCredentials(apiKey.toUtf8(), token.toUtf8());
    RawHttp inspect(sandbox.baseUrl());
    const qint64 runnerBadge = createBadge(http, u"JobRunner"_s);
    const qint64 curlBadge = createBadge(http, u"curl"_s);
    if (!runnerBadge || !curlBadge || !resetStats(inspect)) {
        std::fprintf(stderr, "the sandbox did not accept the bench's badges\n");
        return 1;
    }

    const QStringList ids = makeIds(options.ids);
    const int batches = int((options.ids + options.batch - 1) / options.batch);
    const QString config =
        u"%1 IDs in %2 batches of %3, %4 in flight, %5 ms added latency"_s.arg(options.ids)
            .arg(batches)
            .arg(options.batch)
            .arg(options.concurrency)
            .arg(options.latencyMs);
    progress(u"JobRunner: "_s + config);
    QString runnerProblem;
    const double runnerSeconds =
        runJobRunner(options, sandbox.baseUrl(), apiKey, token, runnerBadge, ids, &runnerProblem);
    const Arrivals runnerArrivals = arrivals(inspect, runnerBadge);

    resetStats(inspect);
    progress(u"curl --parallel: the same batches"_s);
    QString curlProblem;
    const double curlSeconds = runCurl(options, sandbox.baseUrl(), apiKey, token, curlBadge, ids,
                                       work.path(), &curlProblem);
    const Arrivals curlArrivals = arrivals(inspect, curlBadge);

    resetStats(inspect);
    progress(u"plain QNetworkAccessManager: the same batches"_s);
    const qint64 plainBadge = createBadge(http, u"QNAM"_s);
    resetStats(inspect);
    const double plainSeconds =
        runPlainQt(options, sandbox.baseUrl(), apiKey, token, plainBadge, ids);
    const Arrivals plainArrivals = arrivals(inspect, plainBadge);

    progress(u"WatchersClient::assignUsers without the job engine: the same batches"_s);
    const qint64 clientBadge = createBadge(http, u"WatchersClient"_s);
    resetStats(inspect);
    const double clientSeconds =
        runClientOnly(options, sandbox.baseUrl(), apiKey, token, clientBadge, ids);
    const Arrivals clientArrivals = arrivals(inspect, clientBadge);

    const double runnerRate = batches / runnerSeconds;
    const double curlRate = batches / curlSeconds;
    const QString name = u"assign.b%1_c%2"_s.arg(options.batch).arg(options.concurrency);
    const QStorageInfo journalDisk(work.path());
    const QString journal = u"; journal (fsync per answer) in %1 (%2); "_s.arg(
        work.path(), QString::fromUtf8(journalDisk.fileSystemType()));
    QString runnerNote = u"JobRunner + WatchersClient: "_s + config + journal
        + arrivalNote(runnerArrivals, batches, options.ids);
    if (!runnerProblem.isEmpty())
        runnerNote += u"; PROBLEM: "_s + runnerProblem;
    QString curlNote = u"curl reference: "_s + arrivalNote(curlArrivals, batches, options.ids);
    if (!curlProblem.isEmpty())
        curlNote += u"; PROBLEM: "_s + curlProblem;

    BenchFigure {name + u".requests_per_s"_s,
                 runnerRate,
                 u"req/s"_s,
                 0.9 * curlRate,
                 BenchFigure::Goal::AtLeast,
                 curlRate,
                 u"curl --parallel --parallel-max %1, same batches"_s.arg(options.concurrency),
                 u"target is 0.9 × curl's rate; "_s + runnerNote}
        .print();
    BenchFigure seconds {name + u".seconds"_s,
                         runnerSeconds,
                         u"s"_s,
                         {},
                         BenchFigure::Goal::None,
                         curlSeconds,
                         u"curl, same batches and concurrency"_s,
                         curlNote};
    if (options.targetSeconds > 0) {
        seconds.target = options.targetSeconds;
        seconds.goal = BenchFigure::Goal::AtMost;
    }
    seconds.print();
    BenchFigure {name + u".plain_qt_requests_per_s"_s,
                 batches / plainSeconds,
                 u"req/s"_s,
                 {},
                 BenchFigure::Goal::None,
                 curlRate,
                 u"curl --parallel --parallel-max %1, same batches"_s.arg(options.concurrency),
                 u"diagnostic: the same batches through a bare QNetworkAccessManager (no "
                 u"JobRunner, journal or WatchersClient); "_s
                     + arrivalNote(plainArrivals, batches, options.ids)}
        .print();
    BenchFigure {name + u".client_only_requests_per_s"_s,
                 batches / clientSeconds,
                 u"req/s"_s,
                 {},
                 BenchFigure::Goal::None,
                 curlRate,
                 u"curl --parallel --parallel-max %1, same batches"_s.arg(options.concurrency),
                 u"diagnostic: the same batches through WatchersClient::assignUsers alone (no "
                 u"JobRunner, no journal); "_s
                     + arrivalNote(clientArrivals, batches, options.ids)}
        .print();
    BenchFigure {name + u".ids_applied"_s,
                 double(runnerArrivals.applied),
                 u"IDs"_s,
                 double(options.ids),
                 BenchFigure::Goal::Exactly,
                 double(curlArrivals.applied),
                 u"IDs applied from curl's run"_s,
                 u"userIdsApplied in /__sandbox/stats; %1 carried in %2 requests"_s
                     .arg(runnerArrivals.userIds)
                     .arg(runnerArrivals.requests)}
        .print();
    return 0;
}
