// The real badgedesk-sandbox binary: the seed's curl examples run with the real curl, the
// command line, persistence across restarts and clean shutdown on signals.

#include "RawHttp.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace {

// The curl examples of seed-badges-api.txt, verbatim.
const char SeedCreate[] =
    R"(curl --location -X POST 'https://chatbackend.watchers.io/external/badge' \
--header 'Content-Type: application/json' \
--header 'Authorization: Bearer ${Bearer token from admin panel}' \
--header 'x-api-key: ${API KEY}' \
--data '{
"text": "best",
"backgroundColor": "#ea00fc",
"textColor": "#000000",
"tooltip": "5555",
"communicationPic": null,
"communicationText": "11111",
"communicationTitle": "11111"
}')";

const char SeedUpdate[] =
    R"(curl --location -X PATCH 'https://chatbackend.watchers.io/external/badge/:id' \
--header 'Content-Type: application/json' \
--header 'Authorization: Bearer ${Bearer token from admin panel}' \
--header 'x-api-key: ${API KEY}' \
--data '{
"text": "best100",
"backgroundColor": "#ea00fc",
"textColor": "#000000",
"tooltip": "5555",
"communicationPic": null,
"communicationText": "11111",
"communicationTitle": "11111"
}')";

const char SeedList[] = R"(curl --location 'https://chatbackend.watchers.io/external/badge' \
--header 'Content-Type: application/json' \
--header 'Authorization: Bearer ${Bearer token from admin panel}' \
--header 'x-api-key: ${API KEY}')";

const char SeedGet[] = R"(curl --location 'https://chatbackend.watchers.io/external/badge/:id' \
--header 'Content-Type: application/json' \
--header 'Authorization: Bearer ${Bearer token from admin panel}' \
--header 'x-api-key: ${API KEY}')";

const char SeedDelete[] =
    R"(curl --location -X DELETE 'https://chatbackend.watchers.io/external/badge/:id' \
--header 'Content-Type: application/json' \
--header 'Authorization: Bearer ${Bearer token from admin panel}' \
--header 'x-api-key: ${API KEY}')";

const char SeedAssign[] =
    R"(curl --location -X POST 'https://chatbackend.watchers.io/external/badge/4/users' \
--header 'Content-Type: application/json' \
--header 'Authorization: Bearer ${Bearer token from admin panel}' \
--header 'x-api-key: ${API KEY}' \
--data ' { "userIds": ["123","321"] }')";

const QString ApiKey = u"process-key"_s;
const QString Token = u"process-token-5f2c"_s;

// Splits a POSIX shell command into words: single quotes, double quotes, backslash escapes
// and backslash-newline continuations (all the seed uses).
QStringList shellWords(const QString &command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == u'\\' && i + 1 < command.size()) {
            if (command.at(i + 1) != u'\n') {
                word += command.at(i + 1);
                inWord = true;
            }
            ++i;
        } else if (c == u'\'') {
            const qsizetype end = command.indexOf(u'\'', i + 1);
            word += command.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == u'"') {
            for (++i; i < command.size() && command.at(i) != u'"'; ++i) {
                if (command.at(i) == u'\\' && i + 1 < command.size())
                    ++i;
                word += command.at(i);
            }
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

QJsonValue jsonOf(const QByteArray &body)
{
    RawHttpReply reply;
    reply.body = body;
    return reply.json();
}

struct CurlResult
{
    int status = 0;
    QByteArray body;
    QByteArray error;
};

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void seedCurlExamples();
    void curlCredentialErrors();
    void requestLogNeverShowsSecrets();
    void quietLogsNothing();
    void persistenceAcrossRestart();
    void changesAreOnDiskBeforeExit();
    void sigintExitsCleanly();
    void demoSeedsOnlyEmptyState();
    void cliOptionsTakeEffect();
    void helpAndVersionExitZero();
    void badArgumentsFail_data();
    void badArgumentsFail();
    void portInUseFails();
    void corruptDataFileFails();

private:
    CurlResult curl(const char *seedCommand, const QUrl &baseUrl, int id = 0);
    QString m_curl;
};

void TestSandboxProcess::initTestCase()
{
    QVERIFY2(!SandboxProcess::binaryPath().isEmpty(),
             "BADGEDESK_SANDBOX_BIN is not set; run this test through ctest");
}

CurlResult TestSandboxProcess::curl(const char *seedCommand, const QUrl &baseUrl, int id)
{
    QStringList arguments = shellWords(QString::fromUtf8(seedCommand));
    arguments.removeFirst(); // "curl"
    for (QString &argument : arguments) {
        argument.replace(u"https://chatbackend.watchers.io"_s, baseUrl.toString());
        argument.replace(u"${Bearer token from admin panel}"_s, Token);
        argument.replace(u"${API KEY}"_s, ApiKey);
        if (argument.startsWith(baseUrl.toString()))
            argument.replace(u"/:id"_s, u"/%1"_s.arg(id));
    }
    arguments << u"--silent"_s << u"--show-error"_s << u"--max-time"_s << u"10"_s
              << u"--write-out"_s << u"\n%{http_code}"_s;

    CurlResult result;
    QProcess process;
    process.start(m_curl, arguments);
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
    }
    QByteArray output = process.readAllStandardOutput();
    result.error = process.readAllStandardError();
    const qsizetype newline = output.lastIndexOf('\n');
    result.status = output.mid(newline + 1).trimmed().toInt();
    result.body = output.left(qMax<qsizetype>(0, newline));
    return result;
}

void TestSandboxProcess::seedCurlExamples()
{
    m_curl = QStandardPaths::findExecutable(u"curl"_s);
    if (m_curl.isEmpty())
        QFAIL("curl was not found on PATH; install it (apt-get install curl) to run the seed "
              "examples");

    SandboxProcess sandbox({u"--demo"_s, u"--api-key"_s, ApiKey, u"--token"_s, Token});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QUrl base = sandbox.baseUrl();
    QCOMPARE(base.host(), u"127.0.0.1"_s);

    // List: a bare array, each item with userCount.
    CurlResult result = curl(SeedList, base);
    QCOMPARE(result.status, 200);
    const QJsonArray list = jsonOf(result.body).toArray();
    QCOMPARE(list.size(), 5);
    for (const QJsonValue &item : list) {
        QVERIFY(item[u"id"_s].isDouble());
        QVERIFY(item[u"userCount"_s].isDouble());
    }

    // Get.
    result = curl(SeedGet, base, 1);
    QCOMPARE(result.status, 200);
    QJsonObject badge = jsonOf(result.body).toObject();
    QCOMPARE(badge.value(u"id"_s).toInt(), 1);
    QCOMPARE(badge.value(u"text"_s).toString(), u"🔥 Top fan"_s);

    // Create: the docs' example response, with the new id.
    result = curl(SeedCreate, base);
    QCOMPARE(result.status, 201);
    badge = jsonOf(result.body).toObject();
    const int id = badge.value(u"id"_s).toInt();
    QCOMPARE(id, 6);
    const QJsonObject documented {{u"id"_s, id},
                                  {u"text"_s, u"best"_s},
                                  {u"backgroundColor"_s, u"#ea00fc"_s},
                                  {u"textColor"_s, u"#000000"_s},
                                  {u"tooltip"_s, u"5555"_s},
                                  {u"communicationPic"_s, QJsonValue::Null},
                                  {u"communicationText"_s, u"11111"_s},
                                  {u"communicationTitle"_s, u"11111"_s}};
    for (auto it = documented.begin(); it != documented.end(); ++it)
        QCOMPARE(badge.value(it.key()), it.value());

    // Update: `true`.
    result = curl(SeedUpdate, base, id);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body.trimmed(), QByteArray("true"));
    result = curl(SeedGet, base, id);
    QCOMPARE(jsonOf(result.body)[u"text"_s].toString(), u"best100"_s);

    // Delete: `true`, then gone.
    result = curl(SeedDelete, base, id);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body.trimmed(), QByteArray("true"));
    QCOMPARE(curl(SeedGet, base, id).status, 404);

    // Assign (badge 4 exists in the demo data): 2xx.
    result = curl(SeedAssign, base);
    QVERIFY2(result.status >= 200 && result.status < 300, result.body.constData());
    const QJsonArray holders = RawHttp(base).get(u"/__sandbox/badges/4/holders"_s).json().toArray();
    QVERIFY(holders.contains(u"123"_s));
    QVERIFY(holders.contains(u"321"_s));

    QVERIFY(sandbox.stop());
    QVERIFY(sandbox.standardError().contains("PATCH /external/badge/6 200"));
}

void TestSandboxProcess::curlCredentialErrors()
{
    m_curl = QStandardPaths::findExecutable(u"curl"_s);
    if (m_curl.isEmpty())
        QFAIL("curl was not found on PATH");
    SandboxProcess wrongKey({u"--api-key"_s, u"another-key"_s, u"--token"_s, Token});
    QVERIFY2(wrongKey.start(), qPrintable(wrongKey.errorString()));
    CurlResult result = curl(SeedList, wrongKey.baseUrl());
    QCOMPARE(result.status, 404);
    QCOMPARE(result.body, QByteArray(R"({"message":"Project not found","statusCode":404})"));

    SandboxProcess wrongToken({u"--api-key"_s, ApiKey, u"--token"_s, u"another-token"_s});
    QVERIFY2(wrongToken.start(), qPrintable(wrongToken.errorString()));
    result = curl(SeedList, wrongToken.baseUrl());
    QCOMPARE(result.status, 403);
    QCOMPARE(result.body, QByteArray(R"({"message":"Bearer token is required","statusCode":403})"));
}

void TestSandboxProcess::requestLogNeverShowsSecrets()
{
    SandboxProcess sandbox({u"--token"_s, u"log-secret-token"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    RawHttp http(sandbox.baseUrl());
    http.setCredentials("sandbox-key", "log-secret-token");
    QCOMPARE(http.get(u"/external/badge?limit=1&offset=query-secret"_s).status, 400);
    QCOMPARE(http.get(u"/external/badge"_s).status, 200);
    QCOMPARE(http.get(u"/external/badge"_s, {{"Authorization", "Bearer wrong-secret"}}).status,
             403);
    QVERIFY(sandbox.stop());
    const QByteArray log = sandbox.standardError();
    QVERIFY2(log.contains("GET /external/badge 400\n"), log.constData());
    QVERIFY(log.contains("GET /external/badge 200\n"));
    QVERIFY(log.contains("GET /external/badge 403\n"));
    QVERIFY(!log.contains("log-secret-token"));
    QVERIFY(!log.contains("wrong-secret"));
    QVERIFY(!log.contains("query-secret"));
    QVERIFY(!log.contains("sandbox-key"));
    QCOMPARE(sandbox.standardOutput(), QByteArray()); // only the URL line, already consumed
}

void TestSandboxProcess::quietLogsNothing()
{
    SandboxProcess sandbox({u"--quiet"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(RawHttp(sandbox.baseUrl()).get(u"/external/badge"_s).status, 404);
    QVERIFY(sandbox.stop());
    QCOMPARE(sandbox.standardError(), QByteArray());
}

void TestSandboxProcess::persistenceAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"sandbox.json"_s);
    const QStringList arguments {u"--data"_s, file, u"--quiet"_s};
    {
        SandboxProcess sandbox(arguments);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        RawHttp http(sandbox.baseUrl());
        http.setCredentials("sandbox-key", "sandbox-token");
        const QJsonObject badge {{u"text"_s, u"kept"_s},
                                 {u"backgroundColor"_s, u"#112233"_s},
                                 {u"textColor"_s, u"#ffffff"_s},
                                 {u"tooltip"_s, u"t"_s},
                                 {u"communicationPic"_s, QJsonValue::Null},
                                 {u"communicationTitle"_s, u"c"_s},
                                 {u"communicationText"_s, u"c"_s}};
        for (int expected = 1; expected <= 3; ++expected)
            QCOMPARE(http.post(u"/external/badge"_s, badge).json()[u"id"_s].toInt(), expected);
        QCOMPARE(http.del(u"/external/badge/3"_s).status, 200);
        QCOMPARE(http.post(u"/external/badge/1/users"_s,
                           QJsonObject {{u"userIds"_s, QJsonArray {u"x"_s, u"y"_s}}})
                     .status,
                 201);
        QCOMPARE(http.post(u"/external/ban"_s,
                           QJsonObject {
                               {u"userId"_s, u"x"_s}, {u"value"_s, true}, {u"type"_s, u"IN_APP"_s}})
                     .status,
                 201);
        QVERIFY(sandbox.stop()); // SIGTERM: exits 0
    }
    QVERIFY(QFile::exists(file));

    SandboxProcess again(arguments);
    QVERIFY2(again.start(), qPrintable(again.errorString()));
    RawHttp http(again.baseUrl());
    http.setCredentials("sandbox-key", "sandbox-token");
    const QJsonArray badges = http.get(u"/external/badge"_s).json().toArray();
    QCOMPARE(badges.size(), 2);
    QCOMPARE(badges.at(0)[u"text"_s].toString(), u"kept"_s);
    QCOMPARE(badges.at(0)[u"userCount"_s].toInt(), 2);
    QCOMPARE(http.get(u"/external/badge/3"_s).status, 404);
    QCOMPARE(RawHttp(again.baseUrl()).get(u"/__sandbox/bans"_s).json().toArray().size(), 1);
    // Id 3 was deleted before the restart; it is still never reused.
    QCOMPARE(http.post(u"/external/badge"_s, badges.at(0).toObject()).json()[u"id"_s].toInt(), 4);
    QVERIFY(again.stop());
}

void TestSandboxProcess::changesAreOnDiskBeforeExit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList arguments {u"--data"_s, dir.filePath(u"s.json"_s), u"--demo"_s, u"--quiet"_s};
    {
        SandboxProcess sandbox(arguments);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        RawHttp http(sandbox.baseUrl());
        http.setCredentials("sandbox-key", "sandbox-token");
        QCOMPARE(http.del(u"/external/badge/5"_s).status, 200);
        sandbox.kill(); // SIGKILL: no shutdown code runs
        QCOMPARE(sandbox.exitStatus(), QProcess::CrashExit);
    }
    SandboxProcess again(arguments);
    QVERIFY2(again.start(), qPrintable(again.errorString()));
    RawHttp http(again.baseUrl());
    http.setCredentials("sandbox-key", "sandbox-token");
    QCOMPARE(http.get(u"/external/badge"_s).json().toArray().size(), 4);
    QCOMPARE(http.get(u"/external/badge/5"_s).status, 404);
}

void TestSandboxProcess::sigintExitsCleanly()
{
#ifdef Q_OS_UNIX
    SandboxProcess sandbox({u"--quiet"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(::kill(static_cast<pid_t>(sandbox.processId()), SIGINT), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!sandbox.isRunning(), 5000);
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
#else
    QSKIP("signals are Unix-only");
#endif
}

void TestSandboxProcess::demoSeedsOnlyEmptyState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList arguments {u"--data"_s, dir.filePath(u"demo.json"_s), u"--demo"_s,
                                 u"--quiet"_s};
    for (int run = 0; run < 2; ++run) {
        SandboxProcess sandbox(arguments);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        RawHttp http(sandbox.baseUrl());
        http.setCredentials("sandbox-key", "sandbox-token");
        QCOMPARE(http.get(u"/external/badge"_s).json().toArray().size(), 5);
        QVERIFY(sandbox.stop());
    }
}

void TestSandboxProcess::cliOptionsTakeEffect()
{
    {
        SandboxProcess sandbox({u"--fault"_s, u"503:1"_s, u"--quiet"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        RawHttp http(sandbox.baseUrl());
        http.setCredentials("sandbox-key", "sandbox-token");
        QCOMPARE(http.get(u"/external/badge"_s).status, 503);
        QCOMPARE(http.get(u"/__sandbox/stats"_s).status, 200);
    }
    {
        SandboxProcess sandbox(
            {u"--fault"_s, u"429:1"_s, u"--retry-after"_s, u"http-date"_s, u"--quiet"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const RawHttpReply reply = RawHttp(sandbox.baseUrl()).get(u"/external/badge"_s);
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.header("Retry-After").endsWith(" GMT"));
    }
    {
        SandboxProcess sandbox({u"--latency-ms"_s, u"200"_s, u"--quiet"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const RawHttpReply reply = RawHttp(sandbox.baseUrl()).get(u"/external/badge"_s);
        QCOMPARE(reply.status, 404);
        QVERIFY2(reply.elapsedMs >= 200, qPrintable(QString::number(reply.elapsedMs)));
    }
    {
        SandboxProcess sandbox({u"--region"_s, u"us"_s, u"--check-region"_s, u"--room"_s, u"r1"_s,
                                u"--room"_s, u"r2"_s, u"--token"_s, u"t1"_s, u"--token"_s, u"t2"_s,
                                u"--assign-cap"_s, u"2"_s, u"--bind"_s, u"127.0.0.1"_s,
                                u"--quiet"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        RawHttp http(sandbox.baseUrl());
        http.setCredentials("sandbox-key", "t2");
        QCOMPARE(http.get(u"/external/badge"_s, {{"X-Sandbox-Region", "us"}}).status, 200);
        QCOMPARE(http.get(u"/external/badge"_s, {{"X-Sandbox-Region", "eu"}}).status, 404);
        QCOMPARE(http.get(u"/external/badge"_s, {{"Authorization", "Bearer t1"}}).status, 200);
        QCOMPARE(http.get(u"/external/badge"_s, {{"Authorization", "Bearer sandbox-token"}}).status,
                 403);
        for (const QString &room : {u"r1"_s, u"r2"_s}) {
            QCOMPARE(http.post(u"/user/external/moder"_s,
                               QJsonObject {{u"decryptedUserId"_s, u"u"_s}, {u"roomId"_s, room}})
                         .status,
                     201);
        }
        QCOMPARE(http.post(u"/external/badge"_s,
                           QJsonObject {{u"text"_s, u"t"_s},
                                        {u"backgroundColor"_s, u"#000"_s},
                                        {u"textColor"_s, u"#fff"_s},
                                        {u"tooltip"_s, u""_s},
                                        {u"communicationPic"_s, QJsonValue::Null},
                                        {u"communicationTitle"_s, u""_s},
                                        {u"communicationText"_s, u""_s}})
                     .status,
                 201);
        QCOMPARE(http.post(u"/external/badge/1/users"_s,
                           QJsonObject {{u"userIds"_s, QJsonArray {u"a"_s, u"b"_s, u"c"_s}}})
                     .status,
                 400);
        const QJsonArray projects =
            RawHttp(sandbox.baseUrl()).get(u"/__sandbox/projects"_s).json().toArray();
        QCOMPARE(projects.at(0)[u"region"_s].toString(), u"us"_s);
        QCOMPARE(projects.at(0)[u"bearerTokenCount"_s].toInt(), 2);
    }
}

void TestSandboxProcess::helpAndVersionExitZero()
{
    SandboxProcess::Finished help = SandboxProcess::run({u"--help"_s});
    QVERIFY(help.started);
    QCOMPARE(help.exitStatus, QProcess::NormalExit);
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--port", "--bind", "--api-key", "--token", "--region", "--check-region", "--room",
          "--data", "--demo", "--latency-ms", "--fault ", "--fault-seed", "--retry-after",
          "--assign-cap", "--quiet", "--help", "--version"}) {
        QVERIFY2(help.standardOutput.contains(option), option);
    }
    const SandboxProcess::Finished version = SandboxProcess::run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.standardOutput.startsWith("badgedesk-sandbox "));
}

void TestSandboxProcess::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << QByteArray("bogus");
    QTest::newRow("missing value") << QStringList {u"--port"_s} << QByteArray("port");
    QTest::newRow("port too big") << QStringList {u"--port"_s, u"70000"_s} << QByteArray("--port");
    QTest::newRow("port not a number")
        << QStringList {u"--port"_s, u"http"_s} << QByteArray("--port");
    QTest::newRow("bad bind") << QStringList {u"--bind"_s, u"localhost:80"_s}
                              << QByteArray("--bind");
    QTest::newRow("unknown region")
        << QStringList {u"--region"_s, u"mars"_s} << QByteArray("--region");
    QTest::newRow("empty api key")
        << QStringList {u"--api-key"_s, u""_s} << QByteArray("--api-key");
    QTest::newRow("empty token") << QStringList {u"--token"_s, u""_s} << QByteArray("--token");
    QTest::newRow("negative latency")
        << QStringList {u"--latency-ms"_s, u"-5"_s} << QByteArray("--latency-ms");
    QTest::newRow("unknown fault")
        << QStringList {u"--fault"_s, u"418:0.5"_s} << QByteArray("--fault");
    QTest::newRow("fault without fraction")
        << QStringList {u"--fault"_s, u"500"_s} << QByteArray("--fault");
    QTest::newRow("fractions over 1")
        << QStringList {u"--fault"_s, u"500:0.7"_s, u"--fault"_s, u"503:0.7"_s}
        << QByteArray("--fault");
    QTest::newRow("bad seed") << QStringList {u"--fault-seed"_s, u"-3"_s}
                              << QByteArray("--fault-seed");
    QTest::newRow("bad retry-after")
        << QStringList {u"--retry-after"_s, u"soon"_s} << QByteArray("--retry-after");
    QTest::newRow("assign cap 0") << QStringList {u"--assign-cap"_s, u"0"_s}
                                  << QByteArray("--assign-cap");
    QTest::newRow("positional") << QStringList {u"extra"_s} << QByteArray("extra");
}

void TestSandboxProcess::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const SandboxProcess::Finished finished = SandboxProcess::run(arguments);
    QVERIFY(finished.started);
    QVERIFY(!finished.timedOut);
    QCOMPARE(finished.exitStatus, QProcess::NormalExit);
    QVERIFY(finished.exitCode != 0);
    QVERIFY2(finished.standardError.contains(mentions), finished.standardError.constData());
    QCOMPARE(finished.standardOutput, QByteArray()); // no base URL line
}

void TestSandboxProcess::portInUseFails()
{
    SandboxProcess first({u"--quiet"_s});
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    const SandboxProcess::Finished second =
        SandboxProcess::run({u"--port"_s, QString::number(first.baseUrl().port())});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.standardError.contains("Could not listen"), second.standardError.constData());
    QCOMPARE(second.standardOutput, QByteArray());
}

void TestSandboxProcess::corruptDataFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"corrupt.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": ");
    file.close();
    const SandboxProcess::Finished finished = SandboxProcess::run({u"--data"_s, file.fileName()});
    QCOMPARE(finished.exitCode, 1);
    QVERIFY2(finished.standardError.contains("corrupt.json"), finished.standardError.constData());
    QCOMPARE(finished.standardOutput, QByteArray());
    // The broken file is left alone for the user to inspect.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ \"format\": "));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
