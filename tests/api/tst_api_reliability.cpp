// Issue 7, reliability of single calls: answers the sandbox never gives on purpose — JSON cut
// off mid-object, malformed, wrongly typed or oversized, for list, get and create — and a real
// TLS server on loopback with a self-signed certificate. The user-visible outcome: a clear
// error (the exact summary, and the field at fault), no half-read value, a create never sent
// twice, and over TLS nothing sent at all.

#include "ClientTestHelpers.h"
#include "ScriptedHttpServer.h"
#include "SelfSignedTlsServer.h"
#include "WatchersClient.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

#define CALL(T, expr) awaitCall<T>([&](ApiCallback<T> cb) { expr; })

namespace {
const QString Token = u"tok-SECRET-reliability-0987654321"_s;
const QString ApiKey = u"rel-key-5a6b7c"_s;
const QString Unreadable = u"The server's answer could not be read."_s;

ConnectionSettings connectionTo(const QString &baseUrl)
{
    ConnectionSettings c;
    c.region = Region::Custom;
    c.customBaseUrl = QUrl(baseUrl);
    c.apiKey = ApiKey;
    c.bearerToken = Token;
    return c;
}

bool inCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return !ci.isEmpty() && ci != u"0"_s && ci != u"false"_s;
}

Badge sample()
{
    Badge badge;
    badge.text = u"VIP"_s;
    badge.backgroundColor = u"#7c3aed"_s;
    badge.textColor = u"#ffffff"_s;
    badge.tooltip = u"Very important"_s;
    badge.communicationTitle = u"Welcome!"_s;
    badge.communicationText = u"Glad you are here."_s;
    return badge;
}
} // namespace

class TestApiReliability : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unreadableAnswersAreClearErrors_data();
    void unreadableAnswersAreClearErrors();
    void oversizedAnswersAreNotRead_data();
    void oversizedAnswersAreNotRead();
    void selfSignedCertificateOnLoopbackFailsClosed();

private:
    // Runs one call ("list", "get" or "create") against the scripted server; its error, or
    // an error of kind None when it succeeded.
    ApiError run(const QString &call, bool *hadValue);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<WatchersClient> m_client;
};

void TestApiReliability::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(connectionTo(QString::fromLatin1(m_server->origin())));
    ClientOptions options;
    options.getRetry.maxRetries = 0;
    m_client->setOptions(options);
}

void TestApiReliability::cleanup()
{
    m_client.reset();
    m_server.reset();
}

ApiError TestApiReliability::run(const QString &call, bool *hadValue)
{
    *hadValue = false;
    if (call == u"list"_s) {
        const auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
        if (!result)
            return ApiError(ApiError::Kind::Timeout, u"no answer"_s);
        *hadValue = result->ok();
        return result->error();
    }
    if (call == u"get"_s) {
        const auto result = CALL(Badge, m_client->getBadge(7, this, cb));
        if (!result)
            return ApiError(ApiError::Kind::Timeout, u"no answer"_s);
        *hadValue = result->ok();
        return result->error();
    }
    const auto result = CALL(Badge, m_client->createBadge(sample(), this, cb));
    if (!result)
        return ApiError(ApiError::Kind::Timeout, u"no answer"_s);
    *hadValue = result->ok();
    return result->error();
}

void TestApiReliability::unreadableAnswersAreClearErrors_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail"); // what the user reads after the summary

    // Truncated: the connection delivered only the start of the answer.
    QTest::newRow("list truncated mid-object")
        << u"list"_s << 200 << QByteArray(R"([{"id":1,"text":"VIP","backgroundColor":"#ea)")
        << u"The data is not valid JSON: "_s;
    QTest::newRow("get truncated mid-object")
        << u"get"_s << 200 << QByteArray(R"({"id":7,"text":"VIP","toolt)")
        << u"The data is not valid JSON: "_s;
    QTest::newRow("create truncated mid-object")
        << u"create"_s << 201 << QByteArray(R"({"id":12,"text":"VIP","backgroundC)")
        << u"The data is not valid JSON: "_s;
    // Malformed.
    QTest::newRow("list with a double comma")
        << u"list"_s << 200 << QByteArray(R"([{"id":1,,"text":"a"}])")
        << u"The data is not valid JSON: "_s;
    QTest::newRow("get answered with an HTML page")
        << u"get"_s << 200 << QByteArray("<html><body>502 Bad Gateway</body></html>")
        << u"The data is not valid JSON: "_s;
    QTest::newRow("list answered with nothing")
        << u"list"_s << 200 << QByteArray() << u"The data is empty: expected a JSON value."_s;
    // Wrongly typed: the message names the field, and in a list which badge.
    QTest::newRow("list: an id that is a word")
        << u"list"_s << 200 << QByteArray(R"([{"id":1,"text":"a"},{"id":"abc","text":"b"}])")
        << u"Badge 2 of 2 in the list: The field “id” must be a whole number from 0 to "
           u"9223372036854775807, but it is text (“abc”)."_s;
    QTest::newRow("list: a colour as a number")
        << u"list"_s << 200 << QByteArray(R"([{"id":5,"text":"a","backgroundColor":16711680}])")
        << u"Badge 1 of 1 in the list (id 5): The field “backgroundColor” must be text, but it "
           u"is a number (16711680)."_s;
    QTest::newRow("list: an array where a badge belongs")
        << u"list"_s << 200 << QByteArray(R"([[1,2]])")
        << u"Badge 1 of 1 in the list: A badge must be a JSON object, but this is a list of 2 "_s;
    QTest::newRow("list: an object where the list belongs")
        << u"list"_s << 200 << QByteArray(R"({"badges":[{"id":1}]})")
        << u"Expected a list of badges (a JSON array, or an object with a “data” or “items” "
           u"array), but got an object."_s;
    QTest::newRow("get: an array where the badge belongs")
        << u"get"_s << 200 << QByteArray(R"([{"id":7}])")
        << u"A badge must be a JSON object, but this is a list of 1 "_s;
    QTest::newRow("get: a trigger that is an array")
        << u"get"_s << 200 << QByteArray(R"({"id":7,"text":"a","trigger":["FIRST_MESSAGE"]})")
        << u"The field “trigger” must be an object or null, but it is a list of 1 "_s;
    QTest::newRow("get: a text colour that is true")
        << u"get"_s << 200 << QByteArray(R"({"id":7,"text":"a","textColor":true})")
        << u"The field “textColor” must be text, but it is the value true."_s;
    QTest::newRow("create: answered with true")
        << u"create"_s << 201 << QByteArray("true")
        << u"A badge must be a JSON object, but this is the value true."_s;
    QTest::newRow("create: the new badge has no id")
        << u"create"_s << 201 << QByteArray(R"({"text":"VIP"})")
        << u"The created badge has no id."_s;
    QTest::newRow("create: an id that is a word")
        << u"create"_s << 201 << QByteArray(R"({"id":"twelve","text":"VIP"})")
        << u"The field “id” must be a whole number from 0 to 9223372036854775807, but it is "
           u"text (“twelve”)."_s;
}

void TestApiReliability::unreadableAnswersAreClearErrors()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    m_server->setDefaultResponse({status, {{"Content-Type", "application/json"}}, body});
    bool hadValue = true;
    const ApiError error = run(call, &hadValue);

    QVERIFY(!hadValue); // never half a list or half a badge
    QCOMPARE(error.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(error.summary(), Unreadable);
    QVERIFY2(error.detail().startsWith(detail), qPrintable(error.detail()));
    QVERIFY2(error.userMessage().contains(detail), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(Token));
    QCOMPARE(m_server->requests().size(), 1); // a create is never sent twice
    if (call == u"create"_s) {
        // The server said 2xx: the badge probably exists now. Saving again blindly would make
        // a second one, so the user is told to look first.
        QVERIFY2(error.hint().contains(u"probably created"_s)
                     && error.hint().contains(u"refresh"_s, Qt::CaseInsensitive),
                 qPrintable(error.hint()));
    } else {
        QVERIFY2(error.hint().contains(u"right region"_s), qPrintable(error.hint()));
    }
}

void TestApiReliability::oversizedAnswersAreNotRead_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    // Valid JSON, padded past the cap: the size alone must stop it.
    const QByteArray padding(1536 * 1024, ' ');
    QTest::newRow("list") << u"list"_s << 200 << "[" + padding + "]";
    QTest::newRow("get") << u"get"_s << 200 << R"({"id":7,"text":"a")" + padding + "}";
    QTest::newRow("create") << u"create"_s << 201 << R"({"id":12,"text":"a")" + padding + "}";
}

void TestApiReliability::oversizedAnswersAreNotRead()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    ClientOptions options = m_client->options();
    options.maxResponseBytes = 1024 * 1024;
    m_client->setOptions(options);
    m_server->setDefaultResponse({status, {}, body});
    bool hadValue = true;
    const ApiError error = run(call, &hadValue);

    QVERIFY(!hadValue);
    QCOMPARE(error.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(error.summary(), u"The server's answer is larger than 1 MB; it was not read."_s);
    QCOMPARE(m_server->requests().size(), 1);
    if (call == u"create"_s) {
        QVERIFY2(error.hint().contains(u"probably created"_s), qPrintable(error.hint()));
    }
}

void TestApiReliability::selfSignedCertificateOnLoopbackFailsClosed()
{
    // The certificate names 127.0.0.1, so the only thing wrong is that nobody vouches for it:
    // exactly what a man in the middle looks like.
    SelfSignedTlsServer server;
    QString problem;
    if (!server.start(&problem)) {
        if (inCi() || !SelfSignedTlsServer::opensslPath().isEmpty())
            QFAIL(qPrintable(problem));
        QSKIP(qPrintable(problem));
    }

    // Control: a client that trusts this certificate gets through, so the server works and
    // the refusal below is the client's trust decision, nothing else.
    {
        QSslSocket trusting;
        QSslConfiguration trust = trusting.sslConfiguration();
        trust.setCaCertificates({server.certificate()});
        trusting.setSslConfiguration(trust);
        QSignalSpy encrypted(&trusting, &QSslSocket::encrypted);
        trusting.connectToHostEncrypted(u"127.0.0.1"_s, server.port());
        QVERIFY2(encrypted.wait(10000), qPrintable(trusting.errorString()));
        trusting.write("GET /control HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY(server.plaintext().startsWith("GET /control"));
        trusting.disconnectFromHost();
    }
    const int handshakes = server.handshakesStarted();
    const int sessions = server.encryptedConnections();
    server.clearPlaintext();

    m_client->setConnection(connectionTo(server.origin()));
    const auto result = CALL(Badge, m_client->createBadge(sample(), this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Tls);
    QVERIFY2(result->error().summary().startsWith(u"Secure connection failed: "_s)
                 && result->error().summary().contains(u"self-signed"_s),
             describe(result->error()));
    QVERIFY2(result->error().hint().contains(u"nothing was sent"_s), describe(result->error()));
    QVERIFY(server.handshakesStarted() > handshakes); // the client did reach the server …
    QCOMPARE(server.encryptedConnections(), sessions); // … but never finished a handshake
    QVERIFY2(server.plaintext().isEmpty(), server.plaintext().constData()); // no token, no body
    QTest::qWait(200);
    QCOMPARE(server.handshakesStarted(), handshakes + 1); // and it did not try again by itself
    QVERIFY(server.plaintext().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiReliability)
#include "tst_api_reliability.moc"
