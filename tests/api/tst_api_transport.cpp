// What the client does with the network itself: security rules, timeouts, retries, lenient
// bodies. A scripted loopback server plays the parts the sandbox cannot play on purpose.

#include "ClientTestHelpers.h"
#include "RequestLog.h"
#include "ScriptedHttpServer.h"
#include "WatchersClient.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

#define CALL(T, expr) awaitCall<T>([&](ApiCallback<T> cb) { expr; })
#define VERIFY_CALL_OK(call)                                                                       \
    do {                                                                                           \
        const auto &result_ = call;                                                                \
        QVERIFY2(result_ && result_->ok(), result_ ? describe(result_->error()) : "no answer");    \
    } while (false)

namespace {
const QString Token = u"tok-SECRET-transport-1234567890"_s;

ConnectionSettings connectionTo(const QString &baseUrl)
{
    ConnectionSettings c;
    c.region = Region::Custom;
    c.customBaseUrl = QUrl(baseUrl);
    c.apiKey = u"key"_s;
    c.bearerToken = Token;
    return c;
}

ScriptedHttpServer::Response respond(int status, const QByteArray &body = {},
                                     QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return {status, std::move(headers), body};
}
} // namespace

class TestApiTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void plainHttpToRemoteHostIsRefusedBeforeSending();
    void userInfoInUrlIsRefused();
    void refusalIsReportedAsynchronously();
    void redirectToAnotherOriginIsNotFollowed();
    void redirectToSameOriginIsFollowed();
    void tlsFailureFailsClosed();
    void anySuccessStatusWithAnyBodyIsSuccess_data();
    void anySuccessStatusWithAnyBodyIsSuccess();
    void listAcceptsWrappedArrays_data();
    void listAcceptsWrappedArrays();
    void garbageListIsBadResponse();
    void oversizedResponseIsNotRead();
    void errorBodiesAreReadLeniently_data();
    void errorBodiesAreReadLeniently();
    void unauthorizedMeansToken();
    void readsAreRetriedOnServerErrors();
    void writesAreNeverRetried();
    void writesAreNotResentAfterAReset();
    void rateLimitCarriesRetryAfter_data();
    void rateLimitCarriesRetryAfter();
    void stalledTransferTimesOut();
    void overallDeadlineStopsRetries();
    void connectionRefusedSaysSo();
    void connectionResetIsNetworkError();
    void cancelReportsCancelled();
    void destroyedContextGetsNoCallback();

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<WatchersClient> m_client;
    std::unique_ptr<RequestLog> m_log;
};

void TestApiTransport::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(connectionTo(QString::fromLatin1(m_server->origin())));
    m_log = std::make_unique<RequestLog>();
    m_client->setRequestLog(m_log.get());
    ClientOptions options;
    options.getRetry.base = std::chrono::milliseconds(10);
    options.getRetry.cap = std::chrono::milliseconds(40);
    m_client->setOptions(options);
}

void TestApiTransport::cleanup()
{
    m_client.reset();
    m_log.reset();
    m_server.reset();
}

void TestApiTransport::plainHttpToRemoteHostIsRefusedBeforeSending()
{
    m_client->setConnection(connectionTo(u"http://chatbackend.watchers.io"_s));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::RefusedUrl);
    QVERIFY(result->error().summary().contains(u"https://"_s));
    QVERIFY(m_log->entries().isEmpty());
}

void TestApiTransport::userInfoInUrlIsRefused()
{
    m_client->setConnection(connectionTo(u"https://admin:hunter2@chatbackend.watchers.io"_s));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::RefusedUrl);
    QVERIFY(!result->error().userMessage().contains(u"hunter2"_s));
}

void TestApiTransport::refusalIsReportedAsynchronously()
{
    m_client->setConnection(connectionTo(u"ftp://example.com"_s));
    bool called = false;
    m_client->listBadges(this, [&called](const ApiResult<QList<Badge>> &) { called = true; });
    QVERIFY(!called); // never inside the call itself
    QTRY_VERIFY(called);
}

void TestApiTransport::redirectToAnotherOriginIsNotFollowed()
{
    ScriptedHttpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress(u"127.0.0.2"_s)));
    elsewhere.setDefaultResponse(respond(200, "[]"));
    m_server->enqueue(respond(302, {}, {{"Location", elsewhere.origin() + "/external/badge"}}));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QVERIFY2(!result->ok(), "a cross-origin redirect must not succeed");
    QCOMPARE(elsewhere.requests().size(), 0); // the token never went there
}

void TestApiTransport::redirectToSameOriginIsFollowed()
{
    m_server->enqueue(respond(307, {}, {{"Location", m_server->origin() + "/v2/external/badge"}}));
    m_server->enqueue(respond(200, "[]"));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QVERIFY2(result->ok(), describe(result->error()));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).path, QByteArray("/v2/external/badge"));
}

void TestApiTransport::tlsFailureFailsClosed()
{
    // Something that is not a TLS server sits on the port: the handshake must fail, and the
    // request must not be sent in the clear.
    QTcpServer notTls;
    QVERIFY(notTls.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&notTls, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = notTls.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
            received += socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
            socket->disconnectFromHost();
        });
    });
    m_client->setConnection(connectionTo(u"https://127.0.0.1:%1"_s.arg(notTls.serverPort())));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Tls);
    QVERIFY(!received.contains(Token.toUtf8()));
    QVERIFY(!received.contains("x-api-key"));
}

void TestApiTransport::anySuccessStatusWithAnyBodyIsSuccess_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("200 true") << 200 << QByteArray("true");
    QTest::newRow("201 true") << 201 << QByteArray("true");
    QTest::newRow("204 empty") << 204 << QByteArray();
    QTest::newRow("200 old success body") << 200 << QByteArray(R"({"success": true})");
    QTest::newRow("202 not json") << 202 << QByteArray("accepted");
}

void TestApiTransport::anySuccessStatusWithAnyBodyIsSuccess()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->enqueue(respond(status, body));
    BanRequest unban;
    unban.userId = u"123"_s;
    unban.ban = false;
    auto result = CALL(NoValue, m_client->ban(unban, this, cb));
    QVERIFY(result);
    QVERIFY2(result->ok(), describe(result->error()));
    QCOMPARE(m_server->requests().first().body,
             QByteArray(R"({"type":"IN_APP","userId":"123","value":false})"));
}

void TestApiTransport::listAcceptsWrappedArrays_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray item =
        R"({"id":1,"text":"cool","backgroundColor":"#ea00fc","textColor":"","tooltip":"5555","communicationPic":null,"communicationText":"11111","communicationTitle":"11111","userCount":1})";
    QTest::newRow("bare array (seed)") << "[" + item + "]";
    QTest::newRow("data") << R"({"data":[)" + item + "]}";
    QTest::newRow("items") << R"({"items":[)" + item + R"(],"nextCursor":null})";
}

void TestApiTransport::listAcceptsWrappedArrays()
{
    QFETCH(QByteArray, body);
    m_server->enqueue(respond(200, body));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QVERIFY2(result->ok(), describe(result->error()));
    QCOMPARE(result->value().size(), 1);
    QCOMPARE(result->value().first().textColor, QString()); // the seed's empty colour survives
    QCOMPARE(result->value().first().userCount, 1);
}

void TestApiTransport::garbageListIsBadResponse()
{
    m_server->enqueue(respond(200, "<html>Welcome to nginx!</html>"));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::BadResponse);
    QVERIFY(!result->error().hint().isEmpty());
}

void TestApiTransport::oversizedResponseIsNotRead()
{
    ClientOptions options = m_client->options();
    options.maxResponseBytes = 1024;
    m_client->setOptions(options);
    m_server->enqueue(respond(200, "[" + QByteArray(64 * 1024, ' ') + "]"));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::BadResponse);
}

void TestApiTransport::errorBodiesAreReadLeniently_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("message array")
        << 400
        << QByteArray(
               R"({"statusCode":400,"message":["text should not be empty"],"error":"Bad Request"})")
        << int(ApiError::Kind::Validation) << u"text should not be empty"_s;
    QTest::newRow("message string") << 400 << QByteArray(R"({"message":"tooltip is too long"})")
                                    << int(ApiError::Kind::Validation) << u"tooltip is too long"_s;
    QTest::newRow("old error style")
        << 400 << QByteArray(R"({"error":"Invalid request payload"})")
        << int(ApiError::Kind::Validation) << u"Invalid request payload"_s;
    QTest::newRow("raw text") << 418 << QByteArray("I'm a teapot") << int(ApiError::Kind::Http)
                              << u"I'm a teapot"_s;
    QTest::newRow("project not found")
        << 404 << QByteArray(R"({"statusCode":404,"message":"Project not found"})")
        << int(ApiError::Kind::ProjectNotFound) << u"Check the key"_s;
    QTest::newRow("5xx") << 502 << QByteArray("Bad Gateway") << int(ApiError::Kind::Server)
                         << u"502"_s;
}

void TestApiTransport::errorBodiesAreReadLeniently()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, expectedText);
    m_server->enqueue(respond(status, body));
    auto result = CALL(Badge, m_client->createBadge(Badge {}, this, cb));
    QVERIFY(result);
    QCOMPARE(int(result->error().kind()), kind);
    QCOMPARE(result->error().httpStatus(), status);
    QVERIFY2(result->error().userMessage().contains(expectedText), describe(result->error()));
}

void TestApiTransport::unauthorizedMeansToken()
{
    m_server->enqueue(respond(401, R"({"error":"Unauthorized"})"));
    auto result = CALL(NoValue, m_client->deleteBadge(1, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::TokenRejected);
}

void TestApiTransport::readsAreRetriedOnServerErrors()
{
    m_server->enqueue(respond(503, "busy"));
    m_server->enqueue(respond(ScriptedHttpServer::Reset));
    m_server->enqueue(respond(200, "[]"));
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QVERIFY2(result->ok(), describe(result->error()));
    QCOMPARE(m_server->requests().size(), 3);
    // Qt re-sends once by itself when a kept-alive connection drops, so the reset may not be
    // an attempt of ours; what matters is that the client retried past the 503.
    QVERIFY(m_log->entries().size() >= 2);
    QCOMPARE(m_log->entries().last().httpStatus, 200);
}

void TestApiTransport::writesAreNeverRetried()
{
    m_server->enqueue(respond(503, "busy"));
    m_server->setDefaultResponse(respond(201, R"({"id":9})"));
    auto result = CALL(Badge, m_client->createBadge(Badge {}, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Server);
    QTest::qWait(150); // longer than any retry delay configured here
    QCOMPARE(m_server->requests().size(), 1); // a second POST could create a second badge
}

void TestApiTransport::writesAreNotResentAfterAReset()
{
    // A create whose connection drops may or may not have been applied: sending it again could
    // make a second badge, so the client reports the failure and leaves the choice to the user.
    m_server->setDefaultResponse(respond(201, R"({"id":9})"));
    VERIFY_CALL_OK(
        CALL(Badge, m_client->createBadge(Badge {}, this, cb))); // warm a kept-alive connection
    m_server->enqueue(respond(ScriptedHttpServer::Reset));
    auto result = CALL(Badge, m_client->createBadge(Badge {}, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Network);
    QTest::qWait(150);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestApiTransport::rateLimitCarriesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("minimumMs");
    QTest::addColumn<qint64>("maximumMs");
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000) << qint64(7000);
    const QDateTime inOneMinute = QDateTime::currentDateTimeUtc().addSecs(60);
    const QByteArray httpDate =
        QLocale::c().toString(inOneMinute, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    QTest::newRow("http-date") << httpDate << qint64(55'000) << qint64(61'000);
}

void TestApiTransport::rateLimitCarriesRetryAfter()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, minimumMs);
    QFETCH(qint64, maximumMs);
    m_server->setDefaultResponse(respond(429, {}, {{"Retry-After", retryAfter}}));
    auto result = CALL(NoValue, m_client->deleteBadge(3, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::RateLimited);
    QVERIFY(result->error().isTransient());
    QVERIFY(result->error().retryAfter().has_value());
    const qint64 ms = result->error().retryAfter()->count();
    QVERIFY2(ms >= minimumMs && ms <= maximumMs, QByteArray::number(ms).constData());
}

void TestApiTransport::stalledTransferTimesOut()
{
    ClientOptions options = m_client->options();
    options.transferTimeoutMs = 300;
    options.getRetry.maxRetries = 0;
    m_client->setOptions(options);
    m_server->setDefaultResponse(respond(ScriptedHttpServer::Stall));
    QElapsedTimer clock;
    clock.start();
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Timeout);
    QVERIFY(clock.elapsed() >= 250);
}

void TestApiTransport::overallDeadlineStopsRetries()
{
    ClientOptions options = m_client->options();
    options.transferTimeoutMs = 10'000;
    options.deadlineMs = 400;
    m_client->setOptions(options);
    m_server->setDefaultResponse(respond(ScriptedHttpServer::Stall));
    QElapsedTimer clock;
    clock.start();
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Timeout);
    QVERIFY2(clock.elapsed() < 5000, "the deadline must end the call, not the transfer timeout");
}

void TestApiTransport::connectionRefusedSaysSo()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    m_client->setConnection(connectionTo(u"http://127.0.0.1:%1"_s.arg(closedPort)));
    auto result = CALL(Badge, m_client->createBadge(Badge {}, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Network);
    QVERIFY2(result->error().summary().contains(u"refused"_s), describe(result->error()));
}

void TestApiTransport::connectionResetIsNetworkError()
{
    m_server->setDefaultResponse(respond(ScriptedHttpServer::Reset));
    auto result = CALL(NoValue, m_client->deleteBadge(1, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Network);
    QVERIFY(result->error().isTransient());
}

void TestApiTransport::cancelReportsCancelled()
{
    m_server->setDefaultResponse(respond(ScriptedHttpServer::Stall));
    std::optional<ApiResult<QList<Badge>>> out;
    const auto id =
        m_client->listBadges(this, [&out](const ApiResult<QList<Badge>> &r) { out = r; });
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_client->cancel(id);
    QTRY_VERIFY(out.has_value());
    QCOMPARE(out->error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestApiTransport::destroyedContextGetsNoCallback()
{
    m_server->enqueue(respond(200, "[]"));
    bool called = false;
    auto *context = new QObject;
    m_client->listBadges(context, [&called](const ApiResult<QList<Badge>> &) { called = true; });
    delete context;
    QTRY_COMPARE(m_client->pendingCount(), 0);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_api_transport.moc"
