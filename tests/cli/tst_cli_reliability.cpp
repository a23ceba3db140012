// Issue 7, reliability of badgedesk-cli (the real binary): a server that refuses connections
// and comes back on the same port, and a machine with no OS keychain. The sandbox runs in this
// process with a data file, so it can stop and return on the same port with its state.

#include "Profile.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"
#include "RawHttp.h"
#include "SandboxServer.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString ApiKey = u"cli-rel-api-key"_s;
const QString Token = u"tok-CLI-REL-SECRET-6e5d4c3b2a"_s;

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCliReliability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedConnectionPausesWith5AndResumeFinishesWhenTheServerIsBack();
    void noKeychainExitsWith3AndWritesNothing();

private:
    bool startSandbox(quint16 port = 0);
    CliRun cli(const QStringList &args, const QProcessEnvironment &env);
    QProcessEnvironment environment(bool withCredentials) const;
    QStringList filesUnder(const QString &dir) const;

    QString m_cliPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<RawHttp> m_http;
};

void TestCliReliability::initTestCase()
{
    m_cliPath = qEnvironmentVariable("BADGEDESK_CLI_BIN");
    QVERIFY2(QFile::exists(m_cliPath), "BADGEDESK_CLI_BIN does not name the badgedesk-cli binary");
}

void TestCliReliability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(startSandbox());
    m_http = std::make_unique<RawHttp>(m_sandbox->baseUrl());
    m_http->setCredentials(ApiKey.toUtf8(), Token.toUtf8());
}

void TestCliReliability::cleanup()
{
    m_http.reset();
    m_sandbox.reset();
    m_dir.reset();
}

bool TestCliReliability::startSandbox(quint16 port)
{
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Token};
    options.projects = {project};
    options.port = port;
    options.dataFile = m_dir->filePath(u"sandbox.json"_s);
    m_sandbox = std::make_unique<SandboxServer>(options);
    return m_sandbox->start();
}

QProcessEnvironment TestCliReliability::environment(bool withCredentials) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"WATCHERS_BASE_URL"_s, u"WATCHERS_REGION"_s, u"WATCHERS_API_KEY"_s, u"WATCHERS_TOKEN"_s})
        env.remove(name);
    env.insert(u"BADGEDESK_DATA_DIR"_s, m_dir->filePath(u"home/data"_s));
    env.insert(u"BADGEDESK_CONFIG_DIR"_s, m_dir->filePath(u"home/config"_s));
    if (withCredentials) {
        env.insert(u"WATCHERS_BASE_URL"_s, m_sandbox->baseUrl().toString());
        env.insert(u"WATCHERS_API_KEY"_s, ApiKey);
        env.insert(u"WATCHERS_TOKEN"_s, Token);
    }
    return env;
}

CliRun TestCliReliability::cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_cliPath, args);
    if (!process.waitForStarted(5000))
        return {};
    process.closeWriteChannel();
    // The event loop keeps running while we wait: the in-process sandbox answers meanwhile.
    (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000);
    CliRun run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (run.out.contains(Token.toUtf8()) || run.err.contains(Token.toUtf8()))
        run.code = -100; // the token never appears in what the CLI prints
    return run;
}

QStringList TestCliReliability::filesUnder(const QString &dir) const
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

void TestCliReliability::refusedConnectionPausesWith5AndResumeFinishesWhenTheServerIsBack()
{
    const RawHttpReply created = m_http->send(
        "POST", u"/external/badge"_s,
        R"({"text":"VIP","backgroundColor":"#ea00fc","textColor":"#000000","tooltip":"t",)"
        R"("communicationPic":null,"communicationTitle":"Hi","communicationText":"Welcome"})",
        {{"Content-Type", "application/json"}});
    const qint64 badge = created.json()[u"id"_s].toInteger();
    QVERIFY(badge > 0);
    QByteArray ids = "userId\n";
    for (int i = 0; i < 120; ++i)
        ids += "u" + QByteArray::number(1000 + i) + '\n';
    const QString idsFile = m_dir->filePath(u"ids.txt"_s);
    QFile file(idsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ids);
    file.close();

    const QProcessEnvironment env = environment(true); // the URL while the server was up
    const quint16 port = m_sandbox->port();
    m_sandbox.reset(); // down: nothing listens on the port
    // 12 calls at once all refused: the failure budget pauses the job at once, no long backoff.
    CliRun run = cli({u"assign"_s, QString::number(badge), u"--ids"_s, idsFile, u"--batch-size"_s,
                      u"10"_s, u"--in-flight"_s, u"12"_s},
                     env);
    QCOMPARE(run.code, 5);
    QVERIFY2(run.err.contains("Connection refused by the server."), run.err.constData());
    QVERIFY2(run.err.contains("Resume it with: badgedesk-cli jobs resume "), run.err.constData());

    run = cli({u"--output"_s, u"json"_s, u"jobs"_s, u"list"_s}, env);
    QCOMPARE(run.code, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first()[u"state"_s].toString(), u"paused"_s);
    QCOMPARE(jobs.first()[u"counts"_s][u"done"_s].toInt(), 0);
    QCOMPARE(jobs.first()[u"counts"_s][u"pending"_s].toInt(), 120);

    QVERIFY(startSandbox(port)); // back, same port, same data
    run = cli({u"--output"_s, u"json"_s, u"jobs"_s, u"resume"_s, jobs.first()[u"id"_s].toString()},
              env);
    QCOMPARE(run.code, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out)[u"counts"_s][u"done"_s].toInt(), 120);
    const QStringList holders =
        m_http->get(u"/__sandbox/badges/%1/holders"_s.arg(badge)).json().toVariant().toStringList();
    QCOMPARE(holders.size(), 120);
    QCOMPARE(holders.first(), u"u1000"_s);
    QCOMPARE(holders.last(), u"u1119"_s);
    const QJsonObject stats = m_http->get(u"/__sandbox/stats"_s)
                                  .json()[u"routes"_s][u"POST /external/badge/:id/users"_s]
                                  .toObject();
    QCOMPARE(stats[u"userIds"_s].toInt(), 120); // each ID sent once to the server that was up
    QCOMPARE(stats[u"userIdsApplied"_s].toInt(), 120);
}

void TestCliReliability::noKeychainExitsWith3AndWritesNothing()
{
    // A saved profile of the app, whose secrets live in the OS keychain …
    const QString home = m_dir->filePath(u"home"_s);
    QProcessEnvironment env = environment(false);
    {
        ProfileStore store(m_dir->filePath(u"home/config/profiles.json"_s));
        Profile profile = ProfileStore::createProfile(u"Staging"_s);
        profile.region = Region::Custom;
        profile.customBaseUrl = m_sandbox->baseUrl();
        profile.tokens = {ProfileSecrets::describeNewToken(u"ops"_s, Token)};
        profile.activeTokenId = profile.tokens.first().id;
        store.upsert(profile);
        QVERIFY(store.save());
    }
    const QStringList before = filesUnder(home);
    // … on a machine without one: no session bus, no display to start one.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/badgedesk-no-bus"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->path());
    const QString idsFile = m_dir->filePath(u"ids.txt"_s);
    QFile file(idsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a\nb\nc\n");
    file.close();

    for (const QStringList &args :
         {QStringList {u"--profile"_s, u"Staging"_s, u"badges"_s, u"list"_s},
          QStringList {u"--profile"_s, u"Staging"_s, u"assign"_s, u"1"_s, u"--ids"_s, idsFile}}) {
        const CliRun run = cli(args, env);
        QVERIFY2(run.code == 3,
                 qPrintable(args.join(u' ') + u" → "_s + QString::number(run.code) + u": "_s
                            + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.startsWith("No OS keychain is available"), run.err.constData());
        QVERIFY(run.err.contains("never stores tokens in plain files"));
        QVERIFY(run.out.isEmpty());
    }
    // Nothing sent, and nothing written: no journal, no fallback file, no settings file.
    QCOMPARE(m_http->get(u"/__sandbox/stats"_s).json()[u"total"_s].toInt(), 0);
    QCOMPARE(filesUnder(home), before);
    QCOMPARE(before, QStringList {u"config/profiles.json"_s});
}

QTEST_GUILESS_MAIN(TestCliReliability)
#include "tst_cli_reliability.moc"
