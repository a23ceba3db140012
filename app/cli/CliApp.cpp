#include "CliApp.h"

#include "AppSettings.h"
#include "Badge.h"
#include "BadgeValidator.h"
#include "CliExitCode.h"
#include "JobJournal.h"
#include "JobResults.h"
#include "KeychainSecretStore.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"
#include "UserIdListParser.h"
#include "WatchersClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString readAllFrom(const QString &path, QByteArray *bytes)
{
    QFile file;
    const bool ok = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                 : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok)
        return QCoreApplication::translate("CliApp", "Cannot read %1: %2")
            .arg(path, file.errorString());
    *bytes = file.readAll();
    return {};
}

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{ }

CliApp::~CliApp() = default;

QString CliApp::helpText()
{
    return tr(R"(Usage: badgedesk-cli [--profile NAME] [--dry-run] [--output text|json|csv] COMMAND

Badge Desk on the command line: the same engine and job journal as the app.

Commands:
  badges list                          every badge (JSON with --output json)
  badges get ID                        one badge as JSON
  badges create --from FILE.json       create a badge from a JSON object; prints it with its id
  badges update ID --from FILE.json    replace a badge's fields (the whole badge is sent)
  badges delete ID                     delete a badge (its holders lose it)
  assign BADGE_ID --ids FILE           give a badge to every user in FILE
  ban --ids FILE --type IN_APP|IN_ROOM [--room ID] [--reason NAME|CODE]
      [--expires 1h|24h|7d|30d|"YYYY-MM-DD HH:MM:SS"] [--description TEXT]
                                       ban users (without --expires: permanent)
  unban --ids FILE --type IN_APP|IN_ROOM [--room ID]
                                       lift bans; repeat the scope of the ban
  grant-moderator --room ID --ids FILE make users moderators of a room
                                       (the API cannot revoke it: use the Watchers admin panel)
  jobs list                            this profile's jobs, newest first
  jobs resume JOB_ID                   carry on with an interrupted or paused job; confirmed
                                       IDs are not sent again (a unique prefix of the id works)

Options:
  --profile NAME        a saved profile of the app (name or id); its token comes from the OS
                        keychain. Without it, the environment is used (below).
  --dry-run             check and count everything, send nothing, write no journal
  --output FORMAT       text (default), json or csv (per-ID results of a job)
  --ids FILE            user IDs, separated by commas, semicolons, tabs, spaces or new lines,
                        quoted or not, optional header row; "-" reads standard input
  --from FILE.json      a badge as JSON: text, backgroundColor, textColor, tooltip,
                        communicationPic, communicationTitle, communicationText, [pic, data, trigger]
  --batch-size N        IDs per assign call (default: Badge Desk's Preferences, else 500)
  --in-flight N         calls at the same time (default: Preferences, else 4)
  --rate N              at most N calls per second (default: no cap)
  --max-attempts N      attempts per call before its IDs count as failed (default 6)
  --skip-encrypted      leave out IDs that look encrypted (Base64, percent-encoded)
  -h, --help            this text
  --version             the version

Reasons (--reason): INSULTS 0, PERSONAL 1, FLOOD 2, LINKS 3, VIOLENCE 4, FRAUD 5, NICKNAME 6
(takes no --expires), POLITICAL 7, REPEATED 8. --expires dates are UTC.

Environment (when --profile is not given):
  WATCHERS_BASE_URL or WATCHERS_REGION (eu, us, sa, hk, za), WATCHERS_API_KEY, WATCHERS_TOKEN
  Credentials are never accepted as arguments: arguments are visible to other users.
  BADGEDESK_DATA_DIR    where job journals and the moderation log are kept
  BADGEDESK_CONFIG_DIR  where saved profiles and the app's Preferences (settings.ini: timeouts,
                        batch size, calls at the same time, data folder) are read from

Jobs: every assign, ban, unban and grant-moderator runs as a job with a journal on disk. The
job id is printed to standard error when it starts. After a crash, a kill or a credential
problem, `jobs resume JOB_ID` sends only what was not confirmed.

Exit codes:
  0  success
  1  the API refused the request (validation, unknown badge or room), or a file error
  2  usage error (unknown command or option, missing argument, unreadable input)
  3  credential error (none given, unknown profile, keychain, token or API key rejected)
  4  partial failure: the job finished, some IDs failed (see the results)
  5  network failure: server unreachable, timeouts, or errors beyond the retry budget;
     the job is paused and can be resumed
)");
}

int CliApp::usage(const QString &message)
{
    m_err << tr("badgedesk-cli: %1").arg(message) << u'\n' << tr("Try 'badgedesk-cli --help'.")
          << u'\n';
    m_err.flush();
    return CliExitCode::Usage;
}

int CliApp::finish(int code)
{
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    return code;
}

int CliApp::run(const QStringList &arguments)
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions({
        {u"profile"_s, {}, u"name"_s},
        {u"dry-run"_s, {}},
        {u"output"_s, {}, u"format"_s, u"text"_s},
        {u"ids"_s, {}, u"file"_s},
        {u"from"_s, {}, u"file"_s},
        {u"type"_s, {}, u"type"_s},
        {u"room"_s, {}, u"id"_s},
        {u"reason"_s, {}, u"reason"_s},
        {u"expires"_s, {}, u"when"_s},
        {u"description"_s, {}, u"text"_s},
        {u"batch-size"_s, {}, u"n"_s, u"500"_s},
        {u"in-flight"_s, {}, u"n"_s, u"4"_s},
        {u"rate"_s, {}, u"n"_s, u"0"_s},
        {u"max-attempts"_s, {}, u"n"_s, u"6"_s},
        {u"skip-encrypted"_s, {}},
        {{u"h"_s, u"help"_s}, {}},
        {u"version"_s, {}},
    });
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    for (const QString &secret : {u"token"_s, u"api-key"_s}) {
        if (arguments.contains(u"--"_s + secret))
            return usage(tr("--%1 is not accepted: pass secrets through the environment or a "
                            "saved profile.")
                             .arg(secret));
    }
    if (m_parser.isSet(u"help"_s) || m_parser.positionalArguments().value(0) == u"help") {
        m_out << helpText();
        m_out.flush();
        return CliExitCode::Ok;
    }
    if (m_parser.isSet(u"version"_s)) {
        m_out << QCoreApplication::applicationName() << u' '
              << QCoreApplication::applicationVersion() << u'\n';
        m_out.flush();
        return CliExitCode::Ok;
    }
    const QString output = m_parser.value(u"output"_s);
    if (output == u"json")
        m_output = Output::Json;
    else if (output == u"csv")
        m_output = Output::Csv;
    else if (output != u"text")
        return usage(tr("--output must be text, json or csv."));
    m_dryRun = m_parser.isSet(u"dry-run"_s);
    m_words = m_parser.positionalArguments();
    if (m_words.isEmpty())
        return usage(tr("Name a command."));
    static const QStringList commands {u"badges"_s, u"assign"_s,          u"ban"_s,
                                       u"unban"_s,  u"grant-moderator"_s, u"jobs"_s};
    if (!commands.contains(m_words.first()))
        return usage(tr("Unknown command \"%1\".").arg(m_words.first()));

    // A dry run of a job needs no credentials: nothing is sent.
    const bool needsCredentials =
        !(m_dryRun && m_words.first() != u"badges" && m_words.first() != u"jobs");
    if (!needsCredentials && !m_parser.isSet(u"profile"_s))
        return dispatch();
    withCredentials([this] {
        const int code = dispatch();
        if (code >= 0)
            finish(code);
    });
    return -1;
}

void CliApp::withCredentials(std::function<void()> next)
{
    if (m_parser.isSet(u"profile"_s)) {
        auto *store = new ProfileStore(ProfileStore::defaultFilePath(), this);
        QString error;
        if (!store->load(&error)) {
            m_err << tr("Cannot read the saved profiles: %1").arg(error) << u'\n';
            finish(CliExitCode::Credentials);
            return;
        }
        const QString wanted = m_parser.value(u"profile"_s);
        auto profile = store->findByName(wanted);
        if (!profile)
            profile = store->findById(wanted);
        if (!profile) {
            m_err << tr("No saved profile named \"%1\".").arg(wanted) << u'\n';
            finish(CliExitCode::Credentials);
            return;
        }
        m_profileId = profile->id;
        m_profileDisplayName = profile->name;
        auto *secrets = new KeychainSecretStore(this);
        ProfileCredentials::resolve(*profile, secrets, this,
                                    [this, next](const std::optional<ConnectionSettings> &settings,
                                                 const QString &problem) {
                                        if (!settings) {
                                            m_err << problem << u'\n';
                                            finish(CliExitCode::Credentials);
                                            return;
                                        }
                                        m_connection = *settings;
                                        next();
                                    });
        return;
    }
    QString error;
    const auto settings =
        ConnectionSettings::fromEnvironment(QProcessEnvironment::systemEnvironment(), &error);
    if (!settings) {
        QTimer::singleShot(0, this, [this, error] {
            m_err << tr("No credentials: %1 Or use --profile NAME.").arg(error) << u'\n';
            finish(CliExitCode::Credentials);
        });
        return;
    }
    m_connection = *settings;
    // A stable folder for this project's journals without writing the key itself anywhere.
    const QByteArray fingerprint = QCryptographicHash::hash(
        (m_connection.baseUrl().toString() + u'\n' + m_connection.apiKey).toUtf8(),
        QCryptographicHash::Sha256);
    m_profileId = u"env-"_s + QString::fromLatin1(fingerprint.toHex().left(12));
    m_profileDisplayName = tr("environment (%1)").arg(m_connection.regionDisplayName());
    QTimer::singleShot(0, this, next);
}

QString CliApp::profileId() const
{
    return m_profileId.isEmpty() ? u"dry-run"_s : m_profileId;
}

int CliApp::dispatch()
{
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(m_connection);
    // The timeouts set in the app's Preferences; the CLI has no flags for them.
    const AppSettings settings;
    ClientOptions options = m_client->options();
    options.transferTimeoutMs = settings.transferTimeoutSeconds() * 1000;
    options.deadlineMs = settings.deadlineSeconds() * 1000;
    m_client->setOptions(options);
    const QString command = m_words.first();
    if (command == u"badges")
        return badges(m_words.mid(1));
    if (command == u"jobs") {
        if (m_words.value(1) == u"list" && m_words.size() == 2)
            return jobsList();
        if (m_words.value(1) == u"resume" && m_words.size() == 3)
            return jobsResume(m_words.at(2));
        return usage(tr("Use \"jobs list\" or \"jobs resume JOB_ID\"."));
    }
    return jobCommand(command, m_words.mid(1));
}

int CliApp::exitCodeFor(const ApiError &error) const
{
    if (error.isCredentialProblem())
        return CliExitCode::Credentials;
    if (error.isTransient() || error.kind() == ApiError::Kind::Tls
        || error.kind() == ApiError::Kind::RefusedUrl)
        return CliExitCode::Network;
    return CliExitCode::Failed;
}

void CliApp::printError(const ApiError &error)
{
    m_err << tr("Error: %1").arg(error.userMessage()) << u'\n';
    for (const FieldIssue &issue : error.fieldIssues())
        m_err << u"  " << issue.field << u": " << issue.message << u'\n';
    m_err.flush();
}

void CliApp::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliApp::badges(const QStringList &words)
{
    const QString sub = words.value(0);
    auto idArg = [&words](bool *ok) {
        return words.value(1).toLongLong(ok);
    };
    auto done = [this](auto handle) {
        return [this, handle](const auto &result) {
            if (!result.ok()) {
                printError(result.error());
                finish(exitCodeFor(result.error()));
                return;
            }
            handle(result.value());
            finish(CliExitCode::Ok);
        };
    };
    auto readBadge = [this](Badge *badge) -> int {
        if (!m_parser.isSet(u"from"_s))
            return usage(tr("Give the badge with --from FILE.json."));
        QByteArray bytes;
        if (const QString problem = readAllFrom(m_parser.value(u"from"_s), &bytes);
            !problem.isEmpty())
            return usage(problem);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (!doc.isObject())
            return usage(tr("%1 is not a JSON object: %2")
                             .arg(m_parser.value(u"from"_s), parseError.errorString()));
        const Decoded<Badge> decoded = Badge::fromJson(doc.object());
        if (!decoded.ok())
            return usage(decoded.error);
        const ValidationResult validation = BadgeValidator::validate(decoded.value);
        for (const FieldIssue &issue : validation.issues()) {
            m_err << (issue.severity == FieldIssue::Severity::Error ? tr("error") : tr("warning"))
                  << u": " << issue.field << u": " << issue.message << u'\n';
        }
        if (!validation.ok())
            return CliExitCode::Failed;
        *badge = decoded.value;
        return CliExitCode::Ok;
    };

    if (sub == u"list" && words.size() == 1) {
        m_client->listBadges(
            this, done([this](const QList<Badge> &list) {
                if (m_output == Output::Text) {
                    for (const Badge &b : list)
                        m_out << b.id.value_or(0) << u'\t' << b.text << u'\t'
                              << tr("%n holder(s)", nullptr, int(b.userCount.value_or(0))) << u'\n';
                    return;
                }
                if (m_output == Output::Csv) {
                    m_out << "id,text,userCount\r\n";
                    for (const Badge &b : list) {
                        QString text = b.text;
                        text.replace(u"\""_s, u"\"\""_s);
                        m_out << b.id.value_or(0) << ",\"" << text << "\","
                              << b.userCount.value_or(0) << "\r\n";
                    }
                    return;
                }
                QJsonArray array;
                for (const Badge &b : list)
                    array.append(b.toJson());
                printJson(array);
            }));
        return -1;
    }
    if ((sub == u"get" || sub == u"delete") && words.size() == 2) {
        bool ok = false;
        const qint64 id = idArg(&ok);
        if (!ok || id <= 0)
            return usage(tr("A badge id is a positive number."));
        if (sub == u"get") {
            m_client->getBadge(id, this, done([this](const Badge &b) { printJson(b.toJson()); }));
            return -1;
        }
        if (m_dryRun) {
            m_out << tr("Dry run: would delete badge %1.").arg(id) << u'\n';
            return CliExitCode::Ok;
        }
        m_client->deleteBadge(id, this, done([this, id](const NoValue &) {
                                  m_err << tr("Badge %1 deleted.").arg(id) << u'\n';
                              }));
        return -1;
    }
    if (sub == u"create" && words.size() == 1) {
        Badge badge;
        if (const int code = readBadge(&badge); code != CliExitCode::Ok)
            return code;
        if (m_dryRun) {
            printJson(badge.toRequestJson());
            return CliExitCode::Ok;
        }
        m_client->createBadge(badge, this, done([this](const Badge &b) { printJson(b.toJson()); }));
        return -1;
    }
    if (sub == u"update" && words.size() == 2) {
        bool ok = false;
        const qint64 id = idArg(&ok);
        if (!ok || id <= 0)
            return usage(tr("A badge id is a positive number."));
        Badge badge;
        if (const int code = readBadge(&badge); code != CliExitCode::Ok)
            return code;
        badge.id = id;
        if (m_dryRun) {
            printJson(badge.toRequestJson());
            return CliExitCode::Ok;
        }
        m_client->updateBadge(badge, this, done([this](const Badge &b) { printJson(b.toJson()); }));
        return -1;
    }
    return usage(
        tr("Use badges list, get ID, create --from FILE, update ID --from FILE or delete ID."));
}

bool CliApp::readIds(UserIdList *out)
{
    QByteArray bytes;
    if (const QString problem = readAllFrom(m_parser.value(u"ids"_s), &bytes); !problem.isEmpty()) {
        usage(problem);
        return false;
    }
    UserIdList list = UserIdListParser::parseBytes(bytes);
    for (const UserIdIssue &issue : list.issues)
        m_err << tr("warning: %1").arg(issue.message()) << u'\n';
    if (m_parser.isSet(u"skip-encrypted"_s))
        list = list.withoutSuspicious();
    *out = list;
    return true;
}

int CliApp::jobCommand(const QString &command, const QStringList &words)
{
    JobAction action;
    if (command == u"assign") {
        if (words.size() != 1)
            return usage(tr("Use: assign BADGE_ID --ids FILE"));
        bool ok = false;
        action = JobAction::assign(words.first().toLongLong(&ok));
        if (!ok || action.badgeId <= 0)
            return usage(tr("A badge id is a positive number."));
    } else if (!words.isEmpty()) {
        return usage(tr("Unexpected argument \"%1\".").arg(words.first()));
    } else if (command == u"ban" || command == u"unban") {
        action.kind = command == u"ban" ? JobAction::Kind::Ban : JobAction::Kind::Unban;
        const auto type = BanRequest::typeFromName(m_parser.value(u"type"_s));
        if (!type)
            return usage(tr("--type must be IN_APP or IN_ROOM."));
        action.banType = *type;
        action.roomId = m_parser.value(u"room"_s).trimmed();
        if (action.banType == BanType::InApp && !action.roomId.isEmpty())
            return usage(tr("--room is only for --type IN_ROOM."));
        if (action.kind == JobAction::Kind::Ban) {
            if (m_parser.isSet(u"reason"_s)) {
                action.reason = BanReasonInfo::fromName(m_parser.value(u"reason"_s));
                if (!action.reason)
                    return usage(tr("Unknown --reason \"%1\".").arg(m_parser.value(u"reason"_s)));
            }
            const QString expires = m_parser.value(u"expires"_s).trimmed();
            static const QHash<QString, qint64> presets {
                {u"1h"_s, 3600}, {u"24h"_s, 86400}, {u"7d"_s, 7 * 86400}, {u"30d"_s, 30 * 86400}};
            if (presets.contains(expires))
                action.expires = QDateTime::currentDateTimeUtc().addSecs(presets.value(expires));
            else if (!expires.isEmpty() && expires != u"permanent") {
                action.expires = BanRequest::parseExpiry(expires);
                if (!action.expires)
                    return usage(tr("--expires must be 1h, 24h, 7d, 30d, permanent or \"YYYY-MM-DD "
                                    "HH:MM:SS\" (UTC)."));
            }
            action.description = m_parser.value(u"description"_s);
        } else if (m_parser.isSet(u"reason"_s) || m_parser.isSet(u"expires"_s)
                   || m_parser.isSet(u"description"_s)) {
            return usage(tr("unban takes only --type and --room."));
        }
    } else if (command == u"grant-moderator") {
        action.kind = JobAction::Kind::GrantModerator;
        action.roomId = m_parser.value(u"room"_s).trimmed();
        if (action.roomId.isEmpty())
            return usage(tr("grant-moderator needs --room ID."));
    }
    if (!m_parser.isSet(u"ids"_s))
        return usage(tr("Give the user IDs with --ids FILE (\"-\" for standard input)."));
    const ValidationResult validation = action.validate(QDateTime::currentDateTimeUtc());
    if (!validation.ok()) {
        for (const FieldIssue &issue : validation.errors())
            m_err << tr("error: %1").arg(issue.message) << u'\n';
        return CliExitCode::Usage;
    }
    UserIdList ids;
    if (!readIds(&ids))
        return CliExitCode::Usage;
    int batchSize = AppSettings().batchSize(); // from Preferences unless the flag says otherwise
    if (m_parser.isSet(u"batch-size"_s)) {
        bool ok = false;
        batchSize = m_parser.value(u"batch-size"_s).toInt(&ok);
        if (!ok || batchSize < 1 || batchSize > 1000)
            return usage(tr("--batch-size must be between 1 and 1000."));
    }

    const Job job = Job::create(profileId(), action, ids, batchSize);
    if (m_dryRun) {
        const Job::Counts counts = job.counts();
        const qsizetype calls =
            action.isBatched() ? (counts.pending + batchSize - 1) / batchSize : counts.pending;
        if (m_output == Output::Json) {
            QJsonObject summary = JobResults::toJson(job);
            summary.insert(u"dryRun"_s, true);
            summary.insert(u"calls"_s, calls);
            printJson(summary);
        } else if (m_output == Output::Csv) {
            QFile out;
            out.open(stdout, QIODevice::WriteOnly);
            JobResults::writeCsv(job, &out);
        } else {
            m_out << tr("Dry run: %1").arg(action.displayName()) << u'\n'
                  << tr("  %n user(s) to send", nullptr, int(counts.pending)) << u'\n'
                  << tr("  %n skipped (duplicates or invalid)", nullptr, int(counts.skipped))
                  << u'\n'
                  << tr("  %n call(s) would be made; nothing was sent.", nullptr, int(calls))
                  << u'\n';
        }
        return CliExitCode::Ok;
    }
    if (job.counts().pending == 0)
        return usage(tr("No user IDs to send."));
    m_runner = std::make_unique<JobRunner>(m_client.get());
    QString error;
    if (!m_runner->create(job, &error)) {
        m_err << error << u'\n';
        return CliExitCode::Failed;
    }
    runJob();
    return -1;
}

void CliApp::runJob()
{
    JobOptions options;
    options.batchSize = m_runner->job().batchSize;
    options.maxInFlight = m_parser.isSet(u"in-flight"_s)
        ? qBound(1, m_parser.value(u"in-flight"_s).toInt(), 16)
        : AppSettings().concurrency();
    options.maxPerSecond = qMax(0.0, m_parser.value(u"rate"_s).toDouble());
    options.maxAttemptsPerCall = qMax(1, m_parser.value(u"max-attempts"_s).toInt());
    m_runner->setOptions(options);
    m_runner->setProfileName(m_profileDisplayName);
    connect(m_runner.get(), &JobRunner::settled, this, &CliApp::onJobSettled);
    connect(m_runner.get(), &JobRunner::journalFailed, this,
            [this](const QString &problem) { m_err << problem << u'\n'; });
    m_err << tr("Job %1 started: %2, %n ID(s) to send.", nullptr,
                int(m_runner->job().counts().pending))
                 .arg(m_runner->job().id, m_runner->job().action.displayName())
          << u'\n';
    m_err.flush();
    m_runner->start();
}

void CliApp::onJobSettled()
{
    disconnect(m_runner.get(), &JobRunner::settled, this, &CliApp::onJobSettled);
    const Job &job = m_runner->job();
    const Job::Counts counts = job.counts();
    if (m_output == Output::Json) {
        printJson(JobResults::toJson(job));
    } else if (m_output == Output::Csv) {
        m_out.flush();
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        JobResults::writeCsv(job, &out);
        out.flush();
    } else {
        m_out << tr("%1: %2 done, %3 failed, %4 skipped, %5 pending.")
                     .arg(job.action.displayName())
                     .arg(counts.done)
                     .arg(counts.failed)
                     .arg(counts.skipped)
                     .arg(counts.pending)
              << u'\n';
        for (const JobItem &item : job.items()) {
            if (item.status == JobItem::Status::Failed)
                m_out << tr("failed: %1: %2").arg(item.userId, item.reason) << u'\n';
        }
    }
    int code = CliExitCode::Ok;
    if (job.state == JobState::Paused) {
        m_err << tr("Job %1 paused: %2").arg(job.id, job.stateReason) << u'\n'
              << tr("Resume it with: badgedesk-cli jobs resume %1").arg(job.id) << u'\n';
        const auto problem = m_runner->problem();
        code = problem ? exitCodeFor(*problem) : CliExitCode::Network;
        if (code == CliExitCode::Failed && problem && problem->isTransient())
            code = CliExitCode::Network;
    } else if (counts.failed > 0) {
        code = counts.done > 0 ? CliExitCode::PartialFailure : CliExitCode::Failed;
    }
    finish(code);
}

int CliApp::jobsList()
{
    const QList<JobJournal::Summary> jobs = JobJournal::list(profileId());
    if (m_output == Output::Json) {
        QJsonArray array;
        for (const auto &s : jobs) {
            array.append(QJsonObject {{u"id"_s, s.jobId},
                                      {u"created"_s, s.createdUtc.toString(Qt::ISODate)},
                                      {u"action"_s, s.action.toJson()},
                                      {u"state"_s, JobStateInfo::name(s.state)},
                                      {u"reason"_s, s.stateReason},
                                      {u"resumable"_s, s.resumable() && s.counts.pending > 0},
                                      {u"counts"_s, JobResults::countsJson(s.counts)}});
        }
        printJson(array);
        return CliExitCode::Ok;
    }
    if (m_output == Output::Csv)
        m_out << "id,created_utc,action,state,done,failed,skipped,pending\r\n";
    for (const auto &s : jobs) {
        if (m_output == Output::Csv) {
            m_out << s.jobId << u',' << s.createdUtc.toString(Qt::ISODate) << u','
                  << JobAction::kindName(s.action.kind) << u',' << JobStateInfo::name(s.state)
                  << u',' << s.counts.done << u',' << s.counts.failed << u',' << s.counts.skipped
                  << u',' << s.counts.pending << "\r\n";
        } else {
            m_out << s.jobId << u'\t' << JobStateInfo::name(s.state) << u'\t'
                  << s.action.displayName() << u'\t'
                  << tr("%1 done, %2 failed, %3 pending")
                         .arg(s.counts.done)
                         .arg(s.counts.failed)
                         .arg(s.counts.pending)
                  << u'\n';
        }
    }
    if (jobs.isEmpty() && m_output == Output::Text)
        m_err << tr("No jobs for this profile.") << u'\n';
    return CliExitCode::Ok;
}

int CliApp::jobsResume(const QString &jobId)
{
    QString error;
    const QString path = JobJournal::find(profileId(), jobId, &error);
    if (path.isEmpty())
        return usage(error);
    m_runner = std::make_unique<JobRunner>(m_client.get());
    if (!m_runner->open(path, &error)) {
        m_err << error << u'\n';
        return CliExitCode::Failed;
    }
    if (m_dryRun) {
        m_out << tr("Dry run: job %1 would send %n ID(s).", nullptr,
                    int(m_runner->job().counts().pending))
                     .arg(m_runner->job().id)
              << u'\n';
        return CliExitCode::Ok;
    }
    runJob();
    return -1;
}
