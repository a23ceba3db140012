// The API layer's pure parts: URL rules, redaction, cURL export, token normalisation, backoff.

#include "ConnectionSettings.h"
#include "CurlCommand.h"
#include "ErrorMapper.h"
#include "Redaction.h"
#include "RequestLog.h"
#include "RetryPolicy.h"
#include "UrlPolicy.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiUnits : public QObject
{
    Q_OBJECT

private slots:
    void urlPolicy_data();
    void urlPolicy();
    void sameOrigin();
    void maskSecret();
    void redactHeadersMasksOnlySecrets();
    void requestLogIsTheChokePoint();
    void requestLogIsCapped();
    void curlUsesPlaceholderUnlessAsked();
    void curlQuotingSurvivesAShell();
    void normalizedToken_data();
    void normalizedToken();
    void environment();
    void retryBackoffGrowsAndIsCapped();
    void retryHonoursRetryAfter();
    void fieldFromServerMessage_data();
    void fieldFromServerMessage();
};

void TestApiUnits::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https region host") << u"https://chatbackend.watchers.io"_s << true;
    QTest::newRow("https staging with path") << u"https://staging.example.com/api"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http loopback other") << u"http://127.3.4.5:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http remote") << u"http://chatbackend.watchers.io"_s << false;
    QTest::newRow("http private range") << u"http://192.168.1.10"_s << false;
    QTest::newRow("http localhost lookalike") << u"http://localhost.evil.com"_s << false;
    QTest::newRow("user info") << u"https://user:pw@chatbackend.watchers.io"_s << false;
    QTest::newRow("user only") << u"https://user@chatbackend.watchers.io"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void TestApiUnits::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = UrlPolicy::problem(QUrl(url));
    QCOMPARE(problem.isEmpty(), accepted);
    QVERIFY(!problem.contains(u"pw"_s));
}

void TestApiUnits::sameOrigin()
{
    QVERIFY(UrlPolicy::sameOrigin(QUrl(u"https://a.io/x"_s), QUrl(u"https://a.io:443/y"_s)));
    QVERIFY(!UrlPolicy::sameOrigin(QUrl(u"https://a.io"_s), QUrl(u"https://b.io"_s)));
    QVERIFY(!UrlPolicy::sameOrigin(QUrl(u"https://a.io"_s), QUrl(u"http://a.io"_s)));
    QVERIFY(!UrlPolicy::sameOrigin(QUrl(u"http://a.io:1"_s), QUrl(u"http://a.io:2"_s)));
}

void TestApiUnits::maskSecret()
{
    QCOMPARE(Redaction::maskSecret(u"eyJhbGciOiJIUzI1NiJ9.payload.sig-Q2xk"_s), u"eyJh…Q2xk"_s);
    QCOMPARE(Redaction::maskSecret(u"short-token"_s), u"••••"_s);
    QCOMPARE(Redaction::maskSecret(QString()), u"••••"_s);
}

void TestApiUnits::redactHeadersMasksOnlySecrets()
{
    const HeaderList headers {{"x-api-key", "public-key"},
                              {"Authorization", "Bearer abcdefghijklmnopqrstuvwxyz"},
                              {"AUTHORIZATION", "Bearer short"},
                              {"Content-Type", "application/json"}};
    const HeaderList redacted = Redaction::redactHeaders(headers);
    QCOMPARE(redacted.size(), 4);
    QCOMPARE(redacted[0].second, QByteArray("••••")); // short: nothing of it shown
    QCOMPARE(QString::fromUtf8(redacted[1].second), u"Bearer abcd…wxyz"_s);
    QCOMPARE(QString::fromUtf8(redacted[2].second), u"Bearer ••••"_s);
    QCOMPARE(redacted[3].second, QByteArray("application/json"));
}

void TestApiUnits::requestLogIsTheChokePoint()
{
    const QString secret = u"tok-very-secret-0123456789"_s;
    RequestLog log;
    RequestLogEntry entry;
    entry.method = "POST";
    entry.url = QUrl(u"http://127.0.0.1/external/badge?echo="_s + secret);
    entry.requestHeaders = {{"Authorization", "Bearer " + secret.toUtf8()}};
    entry.requestBody = "{\"note\":\"" + secret.toUtf8() + "\"}";
    entry.outcome = u"Server said: bad token "_s + secret;
    log.record(entry, secret);
    const RequestLogEntry &stored = log.entries().constFirst();
    QVERIFY(!stored.requestHeaders.constFirst().second.contains(secret.toUtf8()));
    QVERIFY(!stored.requestBody.contains(secret.toUtf8()));
    QVERIFY(!stored.outcome.contains(secret));
    QVERIFY(!stored.url.toString().contains(secret));
    QCOMPARE(stored.id, quint64(1));
}

void TestApiUnits::requestLogIsCapped()
{
    RequestLog log;
    for (qsizetype i = 0; i < RequestLog::MaxEntries + 10; ++i)
        log.record(RequestLogEntry {}, {});
    QCOMPARE(log.entries().size(), RequestLog::MaxEntries);
    QCOMPARE(log.entries().constFirst().id, quint64(11));
}

void TestApiUnits::curlUsesPlaceholderUnlessAsked()
{
    const HeaderList headers {{"x-api-key", "k"}, {"Authorization", "Bearer abcd…wxyz"}};
    const QString withPlaceholder = CurlCommand::build(
        "PATCH", QUrl(u"https://h.io/external/badge/3"_s), headers, R"({"text":"best100"})");
    QVERIFY(withPlaceholder.startsWith(u"curl -X PATCH 'https://h.io/external/badge/3'"_s));
    QVERIFY(withPlaceholder.contains(u"\"Authorization: Bearer $WATCHERS_TOKEN\""_s));
    QVERIFY(withPlaceholder.contains(u"\"x-api-key: $WATCHERS_API_KEY\""_s));
    QVERIFY(withPlaceholder.contains(u"--data-raw '{\"text\":\"best100\"}'"_s));
    const QString withToken = CurlCommand::build("GET", QUrl(u"https://h.io/x"_s), headers, {},
                                                 {u"real-token"_s, u"real-key"_s});
    QVERIFY(withToken.contains(u"'Authorization: Bearer real-token'"_s));
    QVERIFY(withToken.contains(u"'x-api-key: real-key'"_s));
    QVERIFY(!withToken.contains(u"-X GET"_s));
}

void TestApiUnits::curlQuotingSurvivesAShell()
{
    const QString sh = QStandardPaths::findExecutable(u"sh"_s);
    if (sh.isEmpty())
        QSKIP("no POSIX shell on this platform");
    const QString tricky = u"it's $HOME `id` \"quoted\" 👍"_s;
    QProcess shell;
    shell.start(sh, {u"-c"_s, u"printf %s "_s + CurlCommand::shellQuote(tricky)});
    QVERIFY(shell.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), tricky);
}

void TestApiUnits::normalizedToken_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"xyz"_s << u"xyz"_s;
    QTest::newRow("bearer") << u"Bearer xyz"_s << u"xyz"_s;
    QTest::newRow("docs typo") << u"Bearer Bearer xyz"_s << u"xyz"_s;
    QTest::newRow("lower case") << u"bearer xyz"_s << u"xyz"_s;
    QTest::newRow("whitespace") << u"  \tBearer   xyz \n"_s << u"xyz"_s;
    QTest::newRow("quoted") << u"\"Bearer xyz\""_s << u"xyz"_s;
    QTest::newRow("quoted inside") << u"Bearer 'xyz'"_s << u"xyz"_s;
    QTest::newRow("token starting with bearer") << u"bearerish"_s << u"bearerish"_s;
    QTest::newRow("only the word") << u"Bearer"_s << u"Bearer"_s;
}

void TestApiUnits::normalizedToken()
{
    QFETCH(QString, pasted);
    QFETCH(QString, expected);
    QCOMPARE(ConnectionSettings::normalizedToken(pasted), expected);
}

void TestApiUnits::environment()
{
    QProcessEnvironment env;
    QString error;
    QVERIFY(!ConnectionSettings::fromEnvironment(env, &error));
    QVERIFY(error.contains(u"WATCHERS_REGION"_s));

    env.insert(u"WATCHERS_REGION"_s, u"hk"_s);
    env.insert(u"WATCHERS_API_KEY"_s, u"key"_s);
    env.insert(u"WATCHERS_TOKEN"_s, u"Bearer tok"_s);
    auto settings = ConnectionSettings::fromEnvironment(env, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->baseUrl(), QUrl(u"https://chatbackend.hk.watchers.io"_s));
    QCOMPARE(settings->bearerToken, u"tok"_s);

    env.insert(u"WATCHERS_REGION"_s, u"mars"_s);
    QVERIFY(!ConnectionSettings::fromEnvironment(env, &error));
    QVERIFY(error.contains(u"mars"_s));

    env.insert(u"WATCHERS_BASE_URL"_s, u"http://127.0.0.1:9000"_s); // wins over the region
    settings = ConnectionSettings::fromEnvironment(env, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->region, Region::Custom);
    QCOMPARE(settings->baseUrl().port(), 9000);

    env.remove(u"WATCHERS_TOKEN"_s);
    QVERIFY(!ConnectionSettings::fromEnvironment(env, &error));
    QVERIFY(error.contains(u"WATCHERS_TOKEN"_s));
}

void TestApiUnits::retryBackoffGrowsAndIsCapped()
{
    RetryPolicy policy;
    for (int round = 0; round < 50; ++round) {
        const auto first = policy.delayFor(1, std::nullopt).count();
        const auto third = policy.delayFor(3, std::nullopt).count();
        const auto tenth = policy.delayFor(10, std::nullopt).count();
        QVERIFY(first >= 500 && first <= 1000);
        QVERIFY(third >= 2000 && third <= 4000);
        QVERIFY(tenth >= 15000 && tenth <= 30000);
    }
}

void TestApiUnits::retryHonoursRetryAfter()
{
    RetryPolicy policy;
    QCOMPARE(policy.delayFor(1, std::chrono::milliseconds(4200)).count(), 4200);
}

void TestApiUnits::fieldFromServerMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("tooltip") << u"tooltip must be at most 140 characters"_s << u"tooltip"_s;
    QTest::newRow("nested") << u"trigger.conditions must not be empty"_s << u"trigger"_s;
    QTest::newRow("room") << u"roomId should not be empty"_s << u"roomId"_s;
    QTest::newRow("no field") << u"Something went wrong"_s << QString();
}

void TestApiUnits::fieldFromServerMessage()
{
    QFETCH(QString, message);
    QFETCH(QString, field);
    const FieldIssue issue = ErrorMapper::issueFromMessage(message);
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.message, message);
}

QTEST_GUILESS_MAIN(TestApiUnits)
#include "tst_api_units.moc"
