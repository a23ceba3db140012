// badgedesk-cli, the real binary, against the real badgedesk-sandbox binary: every command,
// every exit code, --help, and a kill -9 in the middle of a job followed by `jobs resume`.

#include "RawHttp.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString ApiKey = u"cli-api-key"_s;
const QString Token = u"tok-CLI-SECRET-0a1b2c3d4e5f"_s;

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpDocumentsEveryCommandAndExitCode();
    void usageErrorsExitWith2();
    void credentialErrorsExitWith3();
    void unreachableServerExitsWith5();
    void badgesCrudInJson();
    void invalidBadgeIsRefusedLocally();
    void assignFromStdinWithCsvResults();
    void dryRunSendsNothing();
    void partialFailureExitsWith4AndResumeRetriesNothingConfirmed();
    void banUnbanAndGrantModerator();
    void failingServerPausesWith5ThenResumes();
    void killDashNineThenResumeLosesAndRepeatsNothing();

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {}, bool withEnv = true);
    QProcess *startCli(const QStringList &args);
    QProcessEnvironment environment(bool withCredentials) const;
    QString writeFile(const QString &name, const QByteArray &content);
    qint64 createBadge();
    QJsonObject assignStats();
    void setFaults(const QJsonObject &plan);

    QString m_cliPath;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RawHttp> m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::initTestCase()
{
    m_cliPath = qEnvironmentVariable("BADGEDESK_CLI_BIN");
    QVERIFY2(QFile::exists(m_cliPath), "BADGEDESK_CLI_BIN does not name the badgedesk-cli binary");
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {
        u"--api-key"_s, ApiKey, u"--token"_s, Token, u"--room"_s, u"lobby"_s, u"--quiet"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<RawHttp>(m_sandbox->baseUrl());
    m_http->setCredentials(ApiKey.toUtf8(), Token.toUtf8());
}

void TestCli::cleanup()
{
    m_http.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QProcessEnvironment TestCli::environment(bool withCredentials) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"WATCHERS_BASE_URL"_s, u"WATCHERS_REGION"_s, u"WATCHERS_API_KEY"_s, u"WATCHERS_TOKEN"_s})
        env.remove(name);
    env.insert(u"BADGEDESK_DATA_DIR"_s, m_dir->filePath(u"data"_s));
    env.insert(u"BADGEDESK_CONFIG_DIR"_s, m_dir->filePath(u"config"_s));
    if (withCredentials) {
        env.insert(u"WATCHERS_BASE_URL"_s, m_sandbox->baseUrl().toString());
        env.insert(u"WATCHERS_API_KEY"_s, ApiKey);
        env.insert(u"WATCHERS_TOKEN"_s, Token);
    }
    return env;
}

CliRun TestCli::cli(const QStringList &args, const QByteArray &input, bool withEnv)
{
    QProcess process;
    process.setProcessEnvironment(environment(withEnv));
    process.start(m_cliPath, args);
    if (!process.waitForStarted(5000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Waits with the event loop running (QTest::qWaitFor), so nothing else is blocked.
    (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000);
    CliRun run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    // Whatever the command, the token never appears in what it prints.
    if (run.out.contains(Token.toUtf8()) || run.err.contains(Token.toUtf8()))
        run.code = -100;
    return run;
}

QProcess *TestCli::startCli(const QStringList &args)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment(true));
    process->start(m_cliPath, args);
    process->waitForStarted(5000);
    return process;
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

qint64 TestCli::createBadge()
{
    const RawHttpReply reply = m_http->send(
        "POST", u"/external/badge"_s,
        R"({"text":"VIP","backgroundColor":"#ea00fc","textColor":"#000000","tooltip":"t",)"
        R"("communicationPic":null,"communicationTitle":"Hi","communicationText":"Welcome"})",
        {{"Content-Type", "application/json"}});
    return reply.json().toObject().value(u"id"_s).toInteger();
}

QJsonObject TestCli::assignStats()
{
    return m_http->get(u"/__sandbox/stats"_s)
        .json()[u"routes"_s][u"POST /external/badge/:id/users"_s]
        .toObject();
}

void TestCli::setFaults(const QJsonObject &plan)
{
    QCOMPARE(m_http->post(u"/__sandbox/faults"_s, plan).status, 200);
}

static QByteArray idsText(int n, const char *prefix = "u")
{
    QByteArray text = "userId\n";
    for (int i = 0; i < n; ++i)
        text += prefix + QByteArray::number(i) + '\n';
    return text;
}

void TestCli::helpDocumentsEveryCommandAndExitCode()
{
    const CliRun run = cli({u"--help"_s}, {}, false);
    QCOMPARE(run.code, 0);
    for (const char *needle : {"badges list",
                               "badges get ID",
                               "badges create --from FILE.json",
                               "badges update ID --from FILE.json",
                               "badges delete ID",
                               "assign BADGE_ID --ids FILE",
                               "--type IN_APP|IN_ROOM",
                               "--reason NAME|CODE",
                               "1h|24h|7d|30d",
                               "--description TEXT",
                               "unban --ids FILE",
                               "grant-moderator --room ID --ids FILE",
                               "jobs list",
                               "jobs resume JOB_ID",
                               "--dry-run",
                               "--output FORMAT",
                               "--profile NAME",
                               "WATCHERS_BASE_URL",
                               "WATCHERS_REGION",
                               "WATCHERS_API_KEY",
                               "WATCHERS_TOKEN",
                               "cannot revoke",
                               "\"-\" reads standard input"}) {
        QVERIFY2(run.out.contains(needle), needle);
    }
    for (int code = 0; code <= 5; ++code)
        QVERIFY(run.out.contains("\n  " + QByteArray::number(code) + "  "));
}

void TestCli::usageErrorsExitWith2()
{
    const QString ids = writeFile(u"ids.txt"_s, "1,2,3");
    const QList<QStringList> cases {
        {},
        {u"frobnicate"_s},
        {u"--output"_s, u"xml"_s, u"badges"_s, u"list"_s},
        {u"--no-such-option"_s, u"badges"_s, u"list"_s},
        {u"assign"_s, u"abc"_s, u"--ids"_s, ids},
        {u"assign"_s, u"5"_s},
        {u"ban"_s, u"--ids"_s, ids},
        {u"ban"_s, u"--ids"_s, ids, u"--type"_s, u"IN_ROOM"_s},
        {u"ban"_s, u"--ids"_s, ids, u"--type"_s, u"IN_APP"_s, u"--expires"_s, u"tomorrow"_s},
        {u"ban"_s, u"--ids"_s, ids, u"--type"_s, u"IN_APP"_s, u"--reason"_s, u"RUDE"_s},
        {u"unban"_s, u"--ids"_s, ids, u"--type"_s, u"IN_APP"_s, u"--reason"_s, u"2"_s},
        {u"grant-moderator"_s, u"--ids"_s, ids},
        {u"assign"_s, u"5"_s, u"--ids"_s, m_dir->filePath(u"missing.txt"_s)},
        {u"badges"_s, u"get"_s, u"x"_s},
        {u"jobs"_s, u"resume"_s},
        {u"--token"_s, u"abc"_s, u"badges"_s, u"list"_s},
    };
    for (const QStringList &args : cases) {
        const CliRun run = cli(args);
        QVERIFY2(run.code == 2, qPrintable(args.join(u' ') + u" → "_s + QString::number(run.code)));
        QVERIFY(!run.err.isEmpty());
    }
}

void TestCli::credentialErrorsExitWith3()
{
    CliRun run = cli({u"badges"_s, u"list"_s}, {}, false);
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains("WATCHERS_"));

    run = cli({u"--profile"_s, u"Nope"_s, u"badges"_s, u"list"_s}, {}, false);
    QCOMPARE(run.code, 3);

    QProcess process;
    QProcessEnvironment env = environment(true);
    env.insert(u"WATCHERS_TOKEN"_s, u"wrong-token"_s);
    process.setProcessEnvironment(env);
    process.start(m_cliPath, {u"badges"_s, u"list"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardError().contains("token"));
}

void TestCli::unreachableServerExitsWith5()
{
    QProcess process;
    QProcessEnvironment env = environment(true);
    env.insert(u"WATCHERS_BASE_URL"_s, u"http://127.0.0.1:1"_s);
    process.setProcessEnvironment(env);
    process.start(m_cliPath, {u"badges"_s, u"list"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 5);
}

void TestCli::badgesCrudInJson()
{
    const QString file = writeFile(u"badge.json"_s, R"({"text":"🔥 Fan","backgroundColor":"#112233",
        "textColor":"#ffffff","tooltip":"Top","communicationPic":null,
        "communicationTitle":"Hello","communicationText":"Welcome in"})");
    CliRun run = cli({u"--output"_s, u"json"_s, u"badges"_s, u"create"_s, u"--from"_s, file});
    QCOMPARE(run.code, 0);
    const qint64 id = QJsonDocument::fromJson(run.out).object().value(u"id"_s).toInteger();
    QVERIFY(id > 0);

    run = cli({u"badges"_s, u"get"_s, QString::number(id)});
    QCOMPARE(run.code, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"text"_s).toString(), u"🔥 Fan"_s);

    const QString changed =
        writeFile(u"changed.json"_s, R"({"text":"Fan+","backgroundColor":"#112233",
        "textColor":"#ffffff","tooltip":"Top","communicationPic":null,
        "communicationTitle":"Hello","communicationText":"Welcome in"})");
    QCOMPARE(cli({u"badges"_s, u"update"_s, QString::number(id), u"--from"_s, changed}).code, 0);

    run = cli({u"--output"_s, u"json"_s, u"badges"_s, u"list"_s});
    QCOMPARE(run.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[u"text"_s].toString(), u"Fan+"_s);

    QCOMPARE(cli({u"badges"_s, u"delete"_s, QString::number(id)}).code, 0);
    QCOMPARE(cli({u"badges"_s, u"get"_s, QString::number(id)}).code, 1); // 404 badge
    QCOMPARE(m_http->get(u"/__sandbox/badges"_s).json().toArray().size(), 0);
}

void TestCli::invalidBadgeIsRefusedLocally()
{
    const QString file = writeFile(u"bad.json"_s, R"({"text":"x","backgroundColor":"red",
        "textColor":"#ffffff","tooltip":"t","communicationPic":null,
        "communicationTitle":"t","communicationText":"t"})");
    const CliRun run = cli({u"badges"_s, u"create"_s, u"--from"_s, file});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains("backgroundColor"));
    QCOMPARE(m_http->get(u"/__sandbox/stats"_s).json()[u"total"_s].toInt(), 0);
}

void TestCli::assignFromStdinWithCsvResults()
{
    const qint64 badge = createBadge();
    const CliRun run = cli({u"--output"_s, u"csv"_s, u"assign"_s, QString::number(badge),
                            u"--ids"_s, u"-"_s, u"--batch-size"_s, u"2"_s},
                           "\xEF\xBB\xBF\"id\";\"a\"\r\nb;a;;c\r\n");
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith("userId,status,reason,line\r\n"), run.out.constData());
    QVERIFY(run.out.contains("a,done,,1\r\n"));
    QVERIFY(run.out.contains("c,done,,2\r\n"));
    QVERIFY(run.out.contains("a,skipped-duplicate,"));
    QVERIFY(run.err.contains("Job "));
    QCOMPARE(
        m_http->get(u"/__sandbox/badges/%1/holders"_s.arg(badge)).json().toVariant().toStringList(),
        QStringList({u"a"_s, u"b"_s, u"c"_s, u"id"_s}));
}

void TestCli::dryRunSendsNothing()
{
    const QString ids = writeFile(u"ids.txt"_s, idsText(1200));
    const CliRun run = cli({u"--dry-run"_s, u"assign"_s, u"7"_s, u"--ids"_s, ids}, {}, false);
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("1200 user(s) to send") || run.out.contains("1200 users to send"));
    QVERIFY(run.out.contains("3 call"));
    QCOMPARE(m_http->get(u"/__sandbox/stats"_s).json()[u"total"_s].toInt(), 0);
    QVERIFY(!QDir(m_dir->filePath(u"data"_s)).exists()
            || QDir(m_dir->filePath(u"data"_s)).entryList({u"*.jsonl"_s}, QDir::Files).isEmpty());
    const CliRun list = cli({u"--output"_s, u"json"_s, u"jobs"_s, u"list"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestCli::partialFailureExitsWith4AndResumeRetriesNothingConfirmed()
{
    const qint64 badge = createBadge();
    setFaults({{u"next"_s, QJsonArray {QJsonObject {{u"kind"_s, u"503"_s}, {u"count"_s, 1}}}}});
    const QString ids = writeFile(u"ids.txt"_s, idsText(20));
    const CliRun run =
        cli({u"--output"_s, u"json"_s, u"assign"_s, QString::number(badge), u"--ids"_s, ids,
             u"--batch-size"_s, u"5"_s, u"--in-flight"_s, u"1"_s, u"--max-attempts"_s, u"1"_s});
    QCOMPARE(run.code, 4);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result[u"counts"_s][u"failed"_s].toInt(), 5);
    QCOMPARE(result[u"counts"_s][u"done"_s].toInt(), 15);
    QCOMPARE(assignStats()[u"userIdsApplied"_s].toInt(), 15);
}

void TestCli::banUnbanAndGrantModerator()
{
    const QString ids = writeFile(u"ids.txt"_s, "alice\nbob\n");
    CliRun run =
        cli({u"ban"_s, u"--ids"_s, ids, u"--type"_s, u"IN_ROOM"_s, u"--room"_s, u"lobby"_s,
             u"--reason"_s, u"flood"_s, u"--expires"_s, u"24h"_s, u"--description"_s, u"spam"_s});
    QCOMPARE(run.code, 0);
    QJsonArray bans = m_http->get(u"/__sandbox/bans"_s).json().toArray();
    QCOMPARE(bans.size(), 2);
    QCOMPARE(bans.first()[u"reason"_s].toInt(), 2);
    QCOMPARE(bans.first()[u"roomId"_s].toString(), u"lobby"_s);
    const QDateTime expires =
        QDateTime::fromString(bans.first()[u"expires"_s].toString(), u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(qAbs(QDateTime(expires.date(), expires.time(), Qt::UTC)
                     .secsTo(QDateTime::currentDateTimeUtc().addDays(1)))
            < 120);

    run = cli({u"unban"_s, u"--ids"_s, ids, u"--type"_s, u"IN_ROOM"_s, u"--room"_s, u"lobby"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(m_http->get(u"/__sandbox/bans"_s).json().toArray().size(), 0);

    run = cli({u"grant-moderator"_s, u"--room"_s, u"lobby"_s, u"--ids"_s, ids});
    QCOMPARE(run.code, 0);
    QCOMPARE(m_http->get(u"/__sandbox/moderators"_s).json()[u"lobby"_s].toVariant().toStringList(),
             QStringList({u"alice"_s, u"bob"_s}));

    run = cli({u"grant-moderator"_s, u"--room"_s, u"nowhere"_s, u"--ids"_s, ids});
    QCOMPARE(run.code, 1); // room not found: the job pauses, nothing to retry blindly
    QVERIFY(run.err.contains("jobs resume"));

    // The moderation log has every action, and no secret.
    QDirIterator it(m_dir->filePath(u"data"_s), {u"moderation.jsonl"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    QFile log(it.next());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray content = log.readAll();
    QCOMPARE(content.count('\n'), 6);
    QVERIFY(!content.contains(Token.toUtf8()));
    QVERIFY(!content.contains(ApiKey.toUtf8()));
}

void TestCli::failingServerPausesWith5ThenResumes()
{
    const qint64 badge = createBadge();
    setFaults(
        {{u"random"_s, QJsonArray {QJsonObject {{u"kind"_s, u"503"_s}, {u"fraction"_s, 1.0}}}}});
    const QString ids = writeFile(u"ids.txt"_s, idsText(40));
    CliRun run =
        cli({u"assign"_s, QString::number(badge), u"--ids"_s, ids, u"--batch-size"_s, u"10"_s}, {},
            true);
    QCOMPARE(run.code, 5);
    QVERIFY(run.err.contains("jobs resume"));

    run = cli({u"--output"_s, u"json"_s, u"jobs"_s, u"list"_s});
    QCOMPARE(run.code, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first()[u"state"_s].toString(), u"paused"_s);
    QVERIFY(jobs.first()[u"resumable"_s].toBool());

    setFaults({});
    run = cli({u"jobs"_s, u"resume"_s, jobs.first()[u"id"_s].toString().left(17)});
    QCOMPARE(run.code, 0);
    QCOMPARE(m_http->get(u"/__sandbox/badges/%1/holders"_s.arg(badge)).json().toArray().size(), 40);
}

void TestCli::killDashNineThenResumeLosesAndRepeatsNothing()
{
    const qint64 badge = createBadge();
    QVERIFY(m_http->post(u"/__sandbox/faults"_s, QJsonObject {{u"latencyMs"_s, 60}}).status == 200);
    const int total = 400;
    const QString ids = writeFile(u"ids.txt"_s, idsText(total));
    QProcess *process = startCli({u"assign"_s, QString::number(badge), u"--ids"_s, ids,
                                  u"--batch-size"_s, u"10"_s, u"--in-flight"_s, u"2"_s});
    // Let it confirm some batches, then kill it without a chance to clean up.
    QVERIFY(
        QTest::qWaitFor([&] { return assignStats()[u"userIdsApplied"_s].toInt() >= 100; }, 20000));
    process->kill(); // SIGKILL
    QVERIFY(process->waitForFinished(5000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    QTest::qWait(200); // answers of the calls in flight land on the server, unheard
    const int appliedBefore = assignStats()[u"userIdsApplied"_s].toInt();
    QVERIFY(appliedBefore < total);

    CliRun run = cli({u"--output"_s, u"json"_s, u"jobs"_s, u"list"_s});
    const QJsonArray jobs = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(jobs.size(), 1);
    QVERIFY(jobs.first()[u"resumable"_s].toBool());
    const int confirmed = jobs.first()[u"counts"_s][u"done"_s].toInt();
    QVERIFY(confirmed >= 80 && confirmed <= appliedBefore);

    QVERIFY(m_http->post(u"/__sandbox/faults"_s, QJsonObject {{u"latencyMs"_s, 0}}).status == 200);
    run = cli({u"--output"_s, u"json"_s, u"jobs"_s, u"resume"_s, jobs.first()[u"id"_s].toString()});
    QCOMPARE(run.code, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result[u"counts"_s][u"done"_s].toInt(), total);

    // None lost: every ID holds the badge.
    QStringList expected;
    for (int i = 0; i < total; ++i)
        expected.append(u"u"_s + QString::number(i));
    expected.sort();
    QCOMPARE(
        m_http->get(u"/__sandbox/badges/%1/holders"_s.arg(badge)).json().toVariant().toStringList(),
        expected);
    // None repeated but the unconfirmed: the resume sent exactly the IDs the journal had not
    // confirmed, so the server saw each confirmed ID once.
    const int applied = assignStats()[u"userIdsApplied"_s].toInt();
    QCOMPARE(applied, confirmed + (total - confirmed) + (appliedBefore - confirmed));
    QVERIFY2(appliedBefore - confirmed <= 2 * 10, "more than the calls in flight were unconfirmed");
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
