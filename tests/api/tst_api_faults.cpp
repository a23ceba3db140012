// The client against the sandbox's fault injection: each fault mode, and what a user would
// notice — the right message, nothing applied twice, reads retried, writes not.

#include "ClientTestHelpers.h"
#include "RawHttp.h"
#include "SandboxServer.h"
#include "WatchersClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

#define CALL(T, expr) awaitCall<T>([&](ApiCallback<T> cb) { expr; })

class TestApiFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rateLimitWithSecondsChangesNothing();
    void rateLimitWithHttpDate();
    void serverErrorsOnReadsAreRetried();
    void serverErrorsOnWritesAreReported_data();
    void serverErrorsOnWritesAreReported();
    void resetBeforeApplyCreatesNothing();
    void resetAfterApplyNeverCreatesTwice();
    void resetOnIdempotentAssignLeavesExactlyTheSet();
    void stallTimesOut();
    void latencyIsWaitedFor();

private:
    void inject(FaultPlan::Kind kind, const QString &method, const QString &pathPrefix,
                int count = 1);
    QJsonValue inspect(const QString &path);
    Badge sample() const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WatchersClient> m_client;
};

void TestApiFaults::init()
{
    SandboxOptions options;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = m_sandbox->baseUrl();
    connection.apiKey = SandboxProject().apiKey;
    connection.bearerToken = SandboxProject().bearerTokens.first();
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(connection);
    ClientOptions clientOptions;
    clientOptions.getRetry.base = std::chrono::milliseconds(10);
    clientOptions.getRetry.cap = std::chrono::milliseconds(40);
    m_client->setOptions(clientOptions);
}

void TestApiFaults::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestApiFaults::inject(FaultPlan::Kind kind, const QString &method, const QString &pathPrefix,
                           int count)
{
    FaultPlan plan = m_sandbox->faultPlan();
    plan.addScripted({kind, count, method, pathPrefix});
    m_sandbox->setFaultPlan(plan);
}

QJsonValue TestApiFaults::inspect(const QString &path)
{
    return RawHttp(m_sandbox->baseUrl()).get(path).json();
}

Badge TestApiFaults::sample() const
{
    Badge badge;
    badge.text = u"🎉 First week"_s;
    badge.backgroundColor = u"#7c3aed"_s;
    badge.textColor = u"#ffffff"_s;
    badge.tooltip = u"Joined this week"_s;
    badge.communicationTitle = u"Welcome!"_s;
    badge.communicationText = u"Glad you are here."_s;
    return badge;
}

void TestApiFaults::rateLimitWithSecondsChangesNothing()
{
    auto created = CALL(Badge, m_client->createBadge(sample(), this, cb));
    QVERIFY(created && created->ok());
    const qint64 id = *created->value().id;
    FaultPlan plan = m_sandbox->faultPlan();
    plan.setRetryAfter(FaultPlan::RetryAfterForm::Seconds, 3);
    m_sandbox->setFaultPlan(plan);
    inject(FaultPlan::Kind::TooManyRequests, u"POST"_s, u"/external/badge/"_s);
    auto result = CALL(AssignOutcome, m_client->assignUsers(id, {u"a"_s, u"b"_s}, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::RateLimited);
    QCOMPARE(result->error().retryAfter(), std::chrono::milliseconds(3000));
    QCOMPARE(inspect(u"/__sandbox/badges/%1/holders"_s.arg(id)).toArray().size(), 0);
}

void TestApiFaults::rateLimitWithHttpDate()
{
    FaultPlan plan = m_sandbox->faultPlan();
    plan.setRetryAfter(FaultPlan::RetryAfterForm::HttpDate, 30);
    m_sandbox->setFaultPlan(plan);
    inject(FaultPlan::Kind::TooManyRequests, u"DELETE"_s, {});
    auto result = CALL(NoValue, m_client->deleteBadge(1, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::RateLimited);
    QVERIFY(result->error().retryAfter().has_value());
    const qint64 ms = result->error().retryAfter()->count();
    QVERIFY2(ms > 25'000 && ms <= 31'000, QByteArray::number(ms).constData());
}

void TestApiFaults::serverErrorsOnReadsAreRetried()
{
    inject(FaultPlan::Kind::ServiceUnavailable, u"GET"_s, u"/external/badge"_s);
    inject(FaultPlan::Kind::BadGateway, u"GET"_s, u"/external/badge"_s);
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QVERIFY2(result->ok(), describe(result->error()));
    const QJsonObject stats = inspect(u"/__sandbox/stats"_s).toObject();
    const QJsonObject route =
        stats.value(u"routes"_s).toObject().value(u"GET /external/badge"_s).toObject();
    QCOMPARE(route.value(u"count"_s).toInt(), 3);
}

void TestApiFaults::serverErrorsOnWritesAreReported_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("500") << int(FaultPlan::Kind::InternalServerError) << 500;
    QTest::newRow("502") << int(FaultPlan::Kind::BadGateway) << 502;
    QTest::newRow("503") << int(FaultPlan::Kind::ServiceUnavailable) << 503;
    QTest::newRow("504") << int(FaultPlan::Kind::GatewayTimeout) << 504;
}

void TestApiFaults::serverErrorsOnWritesAreReported()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    auto created = CALL(Badge, m_client->createBadge(sample(), this, cb));
    QVERIFY(created && created->ok());
    Badge edited = created->value();
    edited.text = u"changed"_s;
    inject(FaultPlan::Kind(kind), u"PATCH"_s, {});
    auto result = CALL(Badge, m_client->updateBadge(edited, this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Server);
    QCOMPARE(result->error().httpStatus(), status);
    QVERIFY(result->error().isTransient());
    auto fetched = CALL(Badge, m_client->getBadge(*edited.id, this, cb));
    QVERIFY(fetched && fetched->ok());
    QCOMPARE(fetched->value().text, sample().text); // the failed update changed nothing
}

void TestApiFaults::resetBeforeApplyCreatesNothing()
{
    inject(FaultPlan::Kind::Reset, u"POST"_s, u"/external/badge"_s);
    auto result = CALL(Badge, m_client->createBadge(sample(), this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Network);
    QCOMPARE(inspect(u"/__sandbox/badges"_s).toArray().size(), 0);
}

void TestApiFaults::resetAfterApplyNeverCreatesTwice()
{
    // The server made the badge, then the connection dropped: Qt would quietly send the POST
    // again and make a second one. The client must not, and must say it is unknown.
    inject(FaultPlan::Kind::ResetAfterApply, u"POST"_s, u"/external/badge"_s);
    auto result = CALL(Badge, m_client->createBadge(sample(), this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Network);
    QVERIFY2(result->error().hint().contains(u"refresh"_s, Qt::CaseInsensitive),
             describe(result->error()));
    QTest::qWait(100);
    QCOMPARE(inspect(u"/__sandbox/badges"_s).toArray().size(), 1);
}

void TestApiFaults::resetOnIdempotentAssignLeavesExactlyTheSet()
{
    auto created = CALL(Badge, m_client->createBadge(sample(), this, cb));
    QVERIFY(created && created->ok());
    const qint64 id = *created->value().id;
    inject(FaultPlan::Kind::ResetAfterApply, u"POST"_s, u"/external/badge/"_s);
    const QStringList users {u"u1"_s, u"u2"_s, u"u3"_s};
    auto first = CALL(AssignOutcome, m_client->assignUsers(id, users, this, cb));
    QVERIFY(first);
    if (!first->ok()) // whether Qt's own re-send hid the drop or not, repeating is safe
        QVERIFY(CALL(AssignOutcome, m_client->assignUsers(id, users, this, cb))->ok());
    const QJsonArray holders = inspect(u"/__sandbox/badges/%1/holders"_s.arg(id)).toArray();
    QCOMPARE(holders.size(), 3);
}

void TestApiFaults::stallTimesOut()
{
    ClientOptions options = m_client->options();
    options.transferTimeoutMs = 300;
    options.getRetry.maxRetries = 0;
    m_client->setOptions(options);
    inject(FaultPlan::Kind::Stall, u"GET"_s, {});
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QCOMPARE(result->error().kind(), ApiError::Kind::Timeout);
    QVERIFY(!result->error().hint().isEmpty());
}

void TestApiFaults::latencyIsWaitedFor()
{
    m_sandbox->setLatencyMs(200);
    QElapsedTimer clock;
    clock.start();
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(result);
    QVERIFY2(result->ok(), describe(result->error()));
    QVERIFY(clock.elapsed() >= 190);
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_api_faults.moc"
