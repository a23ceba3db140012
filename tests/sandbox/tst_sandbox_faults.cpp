// Fault injection and latency: each fault kind, that faulted requests change nothing (except
// reset-after-apply), Retry-After in both forms, latency without blocking, and stalls.

#include "FaultPlan.h"
#include "RawHttp.h"
#include "SandboxServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonObject seedBadge()
{
    return QJsonObject {{u"text"_s, u"best"_s},
                        {u"backgroundColor"_s, u"#ea00fc"_s},
                        {u"textColor"_s, u"#000000"_s},
                        {u"tooltip"_s, u"5555"_s},
                        {u"communicationPic"_s, QJsonValue::Null},
                        {u"communicationText"_s, u"11111"_s},
                        {u"communicationTitle"_s, u"11111"_s}};
}

QJsonObject userIds(const QStringList &ids)
{
    return QJsonObject {{u"userIds"_s, QJsonArray::fromStringList(ids)}};
}

QJsonObject nextFault(const QString &kind, int count = 1, const QString &method = {},
                      const QString &pathPrefix = {})
{
    QJsonObject rule {{u"kind"_s, kind}, {u"count"_s, count}};
    if (!method.isEmpty())
        rule.insert(u"method"_s, method);
    if (!pathPrefix.isEmpty())
        rule.insert(u"pathPrefix"_s, pathPrefix);
    return QJsonObject {{u"next"_s, QJsonArray {rule}}};
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statusFaultsChangeNothing_data();
    void statusFaultsChangeNothing();
    void faultsComeBeforeCredentials();
    void retryAfterSeconds();
    void retryAfterHttpDate();
    void retryAfterOmitted();
    void retryAfterFromOptions();
    void resetDropsConnectionWithoutApplying();
    void resetAfterApplyAppliesThenDrops();
    void stallLeavesRequestPending();
    void releaseStalledClosesConnections();
    void latencyDelaysResponses();
    void latencyDoesNotBlock();
    void latencyRouteAndSandboxRoutesUndelayed();
    void faultsNeverHitSandboxRoutes();
    void scriptedRulesFilterAndCount();
    void randomFaultsAreSeeded();
    void randomFaultsFromOptions();
    void faultsRouteValidation_data();
    void faultsRouteValidation();
    void faultPlanParsing();

private:
    void setFaults(const QJsonObject &plan);
    QJsonObject routeStats(const QString &route);
    QJsonArray holders(int badgeId);
    int badgeCount();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RawHttp> m_http; // with credentials
    std::unique_ptr<RawHttp> m_control; // /__sandbox/ routes
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxOptions());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<RawHttp>(m_server->baseUrl());
    m_http->setCredentials("sandbox-key", "sandbox-token");
    m_control = std::make_unique<RawHttp>(m_server->baseUrl());
    QCOMPARE(m_http->post(u"/external/badge"_s, seedBadge()).status, 201); // badge 1
}

void TestSandboxFaults::cleanup()
{
    m_http.reset();
    m_control.reset();
    m_server.reset();
}

void TestSandboxFaults::setFaults(const QJsonObject &plan)
{
    const RawHttpReply reply = m_control->post(u"/__sandbox/faults"_s, plan);
    QCOMPARE(reply.status, 200);
}

QJsonObject TestSandboxFaults::routeStats(const QString &route)
{
    return m_control->get(u"/__sandbox/stats"_s).json()[u"routes"_s][route].toObject();
}

QJsonArray TestSandboxFaults::holders(int badgeId)
{
    return m_control->get(u"/__sandbox/badges/%1/holders"_s.arg(badgeId)).json().toArray();
}

int TestSandboxFaults::badgeCount()
{
    return static_cast<int>(m_control->get(u"/__sandbox/badges"_s).json().toArray().size());
}

void TestSandboxFaults::statusFaultsChangeNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("429") << u"429"_s << 429 << u"Too Many Requests"_s;
    QTest::newRow("500") << u"500"_s << 500 << u"Internal server error"_s;
    QTest::newRow("502") << u"502"_s << 502 << u"Bad Gateway"_s;
    QTest::newRow("503") << u"503"_s << 503 << u"Service Unavailable"_s;
    QTest::newRow("504") << u"504"_s << 504 << u"Gateway Timeout"_s;
}

void TestSandboxFaults::statusFaultsChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, message);

    // Create: faulted, nothing stored and no id used up.
    setFaults(nextFault(kind, 1, u"POST"_s, u"/external/badge"_s));
    RawHttpReply reply = m_http->post(u"/external/badge"_s, seedBadge());
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().toObject(),
             (QJsonObject {{u"statusCode"_s, status}, {u"message"_s, message}}));
    QCOMPARE(badgeCount(), 1);
    QCOMPARE(m_http->post(u"/external/badge"_s, seedBadge()).json()[u"id"_s].toInt(), 2);

    // Assign, update, delete: faulted, state untouched.
    setFaults(
        QJsonObject {{u"next"_s, QJsonArray {QJsonObject {{u"kind"_s, kind}, {u"count"_s, 3}}}}});
    QCOMPARE(m_http->post(u"/external/badge/1/users"_s, userIds({u"a"_s})).status, status);
    QCOMPARE(m_http->patch(u"/external/badge/1"_s, QJsonObject {{u"text"_s, u"changed"_s}}).status,
             status);
    QCOMPARE(m_http->del(u"/external/badge/2"_s).status, status);
    QCOMPARE(holders(1), QJsonArray());
    QCOMPARE(m_http->get(u"/external/badge/1"_s).json()[u"text"_s].toString(), u"best"_s);
    QCOMPARE(badgeCount(), 2);

    const QJsonObject assign = routeStats(u"POST /external/badge/:id/users"_s);
    QCOMPARE(assign[u"outcomes"_s][QString::number(status)].toInt(), 1);
    QCOMPARE(assign[u"userIds"_s].toInt(), 1);
    QCOMPARE(assign[u"userIdsApplied"_s].toInt(), 0);
}

void TestSandboxFaults::faultsComeBeforeCredentials()
{
    // Like a gateway in front of the backend: a 503 does not depend on the credentials.
    setFaults(nextFault(u"503"_s));
    QCOMPARE(m_http->get(u"/external/badge"_s, {{"x-api-key", "wrong"}}).status, 503);
    QCOMPARE(m_http->get(u"/external/badge"_s, {{"x-api-key", "wrong"}}).status, 404);
}

void TestSandboxFaults::retryAfterSeconds()
{
    QJsonObject sevenSeconds = nextFault(u"429"_s);
    sevenSeconds.insert(u"retryAfter"_s,
                        QJsonObject {{u"form"_s, u"seconds"_s}, {u"seconds"_s, 7}});
    setFaults(sevenSeconds);
    RawHttpReply reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("7"));

    QJsonObject plan = nextFault(u"429"_s);
    plan.insert(u"retryAfter"_s, 3); // shorthand
    setFaults(plan);
    reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("3"));

    // Only 429 carries it.
    setFaults(nextFault(u"503"_s));
    reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 503);
    QVERIFY(reply.header("Retry-After").isNull());
}

void TestSandboxFaults::retryAfterHttpDate()
{
    QJsonObject plan = nextFault(u"429"_s);
    plan.insert(u"retryAfter"_s, u"http-date:5"_s);
    setFaults(plan);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const RawHttpReply reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 429);
    const QString header = QString::fromLatin1(reply.header("Retry-After"));
    static const QRegularExpression imfFixdate(
        u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        "\\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"_s);
    QVERIFY2(imfFixdate.match(header).hasMatch(), qPrintable(header));
    QDateTime when = QLocale::c().toDateTime(header, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    QVERIFY(when.isValid());
    when.setTimeSpec(Qt::UTC);
    const qint64 delay = before.secsTo(when);
    QVERIFY2(delay >= 5 && delay <= 7, qPrintable(QString::number(delay)));

    QCOMPARE(m_control->get(u"/__sandbox/faults"_s).json()[u"retryAfter"_s].toObject(),
             (QJsonObject {{u"form"_s, u"http-date"_s}, {u"seconds"_s, 5}}));
}

void TestSandboxFaults::retryAfterOmitted()
{
    QJsonObject plan = nextFault(u"429"_s);
    plan.insert(u"retryAfter"_s, u"none"_s);
    setFaults(plan);
    const RawHttpReply reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 429);
    QVERIFY(reply.header("Retry-After").isNull());
}

void TestSandboxFaults::retryAfterFromOptions()
{
    SandboxOptions options;
    options.faults.addRandom({FaultPlan::Kind::TooManyRequests, 1.0});
    options.faults.setRetryAfter(FaultPlan::RetryAfterForm::HttpDate, 2);
    SandboxServer server(options);
    QVERIFY(server.start());
    RawHttp http(server.baseUrl());
    http.setCredentials("sandbox-key", "sandbox-token");
    const RawHttpReply reply = http.get(u"/external/badge"_s);
    QCOMPARE(reply.status, 429);
    QVERIFY(reply.header("Retry-After").endsWith(" GMT"));
}

void TestSandboxFaults::resetDropsConnectionWithoutApplying()
{
    // QNetworkAccessManager silently re-sends a request once when a kept-alive connection drops
    // before any response byte, so the rule covers more than one request.
    setFaults(nextFault(u"reset"_s, 5, u"POST"_s, u"/external/badge/1/users"_s));
    const RawHttpReply reply =
        m_http->post(u"/external/badge/1/users"_s, userIds({u"a"_s, u"b"_s}));
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 0);
    QVERIFY2(reply.error != QNetworkReply::NoError, qPrintable(reply.errorString));
    QCOMPARE(holders(1), QJsonArray());

    const QJsonObject stats = routeStats(u"POST /external/badge/:id/users"_s);
    const int resets = stats[u"outcomes"_s][u"reset"_s].toInt();
    qInfo("QNetworkAccessManager sent the reset POST %d times", resets);
    QVERIFY(resets >= 1 && resets <= 2);
    QCOMPARE(stats[u"userIds"_s].toInt(), 2 * resets);
    QCOMPARE(stats[u"userIdsApplied"_s].toInt(), 0);

    // Other routes were not affected, and after clearing the plan the call goes through.
    QCOMPARE(m_http->get(u"/external/badge"_s).status, 200);
    setFaults(QJsonObject());
    QCOMPARE(m_http->post(u"/external/badge/1/users"_s, userIds({u"a"_s, u"b"_s})).status, 201);
    QCOMPARE(holders(1), (QJsonArray {u"a"_s, u"b"_s}));
}

void TestSandboxFaults::resetAfterApplyAppliesThenDrops()
{
    setFaults(nextFault(u"reset-after-apply"_s, 5, u"POST"_s, u"/external/badge/1/users"_s));
    RawHttpReply reply = m_http->post(u"/external/badge/1/users"_s, userIds({u"a"_s, u"b"_s}));
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(holders(1),
             (QJsonArray {u"a"_s, u"b"_s})); // applied although the client saw a failure
    const QJsonObject stats = routeStats(u"POST /external/badge/:id/users"_s);
    const int drops = stats[u"outcomes"_s][u"reset-after-apply"_s].toInt();
    qInfo("QNetworkAccessManager sent the reset-after-apply POST %d times", drops);
    QVERIFY(drops >= 1);
    QCOMPARE(stats[u"userIdsApplied"_s].toInt(), 2 * drops);

    // Assign is idempotent, so re-sending the batch is safe.
    setFaults(QJsonObject());
    reply = m_http->post(u"/external/badge/1/users"_s, userIds({u"a"_s, u"b"_s}));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().toObject(), (QJsonObject {{u"assigned"_s, 0}, {u"total"_s, 2}}));

    // Create is not: the badge exists although the client never saw its id.
    setFaults(nextFault(u"reset-after-apply"_s, 5, u"POST"_s, u"/external/badge"_s));
    reply = m_http->post(u"/external/badge"_s, seedBadge());
    QCOMPARE(reply.status, 0);
    QVERIFY(badgeCount() >= 2);
}

void TestSandboxFaults::stallLeavesRequestPending()
{
    setFaults(nextFault(u"stall"_s, 1, u"POST"_s));
    QNetworkReply *pending =
        m_http->start("POST", u"/external/badge"_s, RawHttp::toBytes(seedBadge()), {}, 400);
    QTRY_COMPARE(m_server->stalledCount(), 1);
    QVERIFY(!pending->isFinished());
    const RawHttpReply reply = RawHttp::collect(pending, 5000);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired
    // QNetworkAccessManager's transfer timer is a coarse one (up to 5 % early).
    QVERIFY2(reply.elapsedMs >= 350, qPrintable(QString::number(reply.elapsedMs)));
    QCOMPARE(badgeCount(), 1); // nothing created
    QTRY_COMPARE(m_server->stalledCount(), 0); // the client hung up
    QCOMPARE(routeStats(u"POST /external/badge"_s)[u"outcomes"_s][u"stall"_s].toInt(), 1);

    // The next request is served normally.
    QCOMPARE(m_http->post(u"/external/badge"_s, seedBadge()).json()[u"id"_s].toInt(), 2);
}

void TestSandboxFaults::releaseStalledClosesConnections()
{
    // QNetworkAccessManager re-sends a request whose connection closes before any response
    // byte, so keep stalling the re-sent ones too until it gives up.
    setFaults(nextFault(u"stall"_s, 100, u"GET"_s));
    QNetworkReply *first = m_http->start("GET", u"/external/badge"_s);
    QNetworkReply *second = m_http->start("GET", u"/external/badge/1"_s);
    QTRY_COMPARE(m_server->stalledCount(), 2);
    QTest::qWait(100);
    QVERIFY(!first->isFinished());
    QVERIFY(!second->isFinished());
    QDeadlineTimer deadline(5000);
    while (!(first->isFinished() && second->isFinished()) && !deadline.hasExpired()) {
        m_server->releaseStalled();
        QTest::qWait(20);
    }
    const RawHttpReply a = RawHttp::collect(first, 100);
    const RawHttpReply b = RawHttp::collect(second, 100);
    QVERIFY(a.finished && b.finished);
    QCOMPARE(a.status, 0);
    QCOMPARE(b.status, 0);
    QVERIFY(a.error != QNetworkReply::NoError);
    QVERIFY(b.error != QNetworkReply::NoError);
    QCOMPARE(m_server->stalledCount(), 0);
    const int stalls = routeStats(u"GET /external/badge"_s)[u"outcomes"_s][u"stall"_s].toInt();
    qInfo("QNetworkAccessManager sent the stalled GET %d times", stalls);
    QVERIFY(stalls >= 1);
}

void TestSandboxFaults::latencyDelaysResponses()
{
    m_server->setLatencyMs(300);
    RawHttpReply reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 300, qPrintable(QString::number(reply.elapsedMs)));

    // Mutations are applied and answered late; keep-alive reuse works across delayed answers.
    for (int i = 0; i < 3; ++i) {
        reply = m_http->post(u"/external/badge"_s, seedBadge());
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json()[u"id"_s].toInt(), 2 + i);
        QVERIFY(reply.elapsedMs >= 300);
    }
    // Faults are delayed too.
    setFaults(nextFault(u"503"_s));
    m_server->setLatencyMs(200);
    reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 503);
    QVERIFY(reply.elapsedMs >= 200);
}

void TestSandboxFaults::latencyDoesNotBlock()
{
    // Five requests in parallel take about one latency, not five: nothing blocks the loop.
    m_server->setLatencyMs(400);
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i)
        replies.append(m_http->start("GET", u"/external/badge/1"_s));
    for (QNetworkReply *pending : replies) {
        const RawHttpReply reply = RawHttp::collect(pending, 10000);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.elapsedMs >= 400);
    }
    const qint64 total = timer.elapsed();
    QVERIFY2(total < 5 * 400, qPrintable(QString::number(total)));
}

void TestSandboxFaults::latencyRouteAndSandboxRoutesUndelayed()
{
    setFaults(QJsonObject {{u"latencyMs"_s, 250}});
    QCOMPARE(m_server->latencyMs(), 250);
    QCOMPARE(m_control->get(u"/__sandbox/faults"_s).json()[u"latencyMs"_s].toInt(), 250);
    const RawHttpReply reply = m_http->get(u"/external/badge"_s);
    QVERIFY2(reply.elapsedMs >= 250, qPrintable(QString::number(reply.elapsedMs)));
    // Inspection answers at once.
    m_server->setLatencyMs(2000);
    const RawHttpReply inspection = m_control->get(u"/__sandbox/stats"_s);
    QCOMPARE(inspection.status, 200);
    QVERIFY2(inspection.elapsedMs < 2000, qPrintable(QString::number(inspection.elapsedMs)));
}

void TestSandboxFaults::faultsNeverHitSandboxRoutes()
{
    setFaults(nextFault(u"503"_s, 1));
    QCOMPARE(m_control->get(u"/__sandbox/stats"_s).status, 200);
    QCOMPARE(m_control->get(u"/__sandbox/badges"_s).status, 200);
    const QJsonArray remaining = m_control->get(u"/__sandbox/faults"_s).json()[u"next"_s].toArray();
    QCOMPARE(remaining.size(), 1);
    QCOMPARE(remaining.at(0)[u"count"_s].toInt(), 1);
    QCOMPARE(m_http->get(u"/external/badge"_s).status, 503);
    QCOMPARE(m_http->get(u"/external/badge"_s).status, 200);
    QCOMPARE(m_control->get(u"/__sandbox/faults"_s).json()[u"next"_s].toArray().size(), 0);
}

void TestSandboxFaults::scriptedRulesFilterAndCount()
{
    QJsonArray rules {
        QJsonObject {{u"kind"_s, u"500"_s}, {u"count"_s, 2}, {u"method"_s, u"delete"_s}},
        QJsonObject {{u"kind"_s, u"503"_s}, {u"pathPrefix"_s, u"/external/ban"_s}},
    };
    setFaults(QJsonObject {{u"next"_s, rules}});
    QCOMPARE(m_http->get(u"/external/badge"_s).status, 200);
    QCOMPARE(m_http->post(u"/external/badge"_s, seedBadge()).status, 201);
    QCOMPARE(m_http->del(u"/external/badge/1"_s).status, 500);
    QCOMPARE(m_http->del(u"/external/badge/1"_s).status, 500);
    QCOMPARE(m_http->get(u"/external/badge/1"_s).status, 200); // still there
    const QJsonObject unban {{u"userId"_s, u"1"_s}, {u"value"_s, false}, {u"type"_s, u"IN_APP"_s}};
    QCOMPARE(m_http->post(u"/external/ban"_s, unban).status, 503);
    QCOMPARE(m_http->post(u"/external/ban"_s, unban).status, 201);
    QCOMPARE(m_http->del(u"/external/badge/1"_s).status, 200);
    QCOMPARE(m_control->get(u"/__sandbox/faults"_s).json()[u"next"_s], QJsonValue(QJsonArray()));
}

void TestSandboxFaults::randomFaultsAreSeeded()
{
    const QJsonObject plan {
        {u"seed"_s, 42},
        {u"random"_s, QJsonArray {QJsonObject {{u"kind"_s, u"503"_s}, {u"fraction"_s, 0.5}}}}};
    auto run = [this](const QJsonObject &faults) {
        setFaults(faults);
        QList<int> statuses;
        for (int i = 0; i < 30; ++i)
            statuses.append(m_http->get(u"/external/badge/1"_s).status);
        return statuses;
    };
    const QList<int> first = run(plan);
    const QList<int> second = run(plan);
    QCOMPARE(first, second);
    const qsizetype faulted = first.count(503);
    QCOMPARE(faulted + first.count(200), 30);
    QVERIFY2(faulted > 3 && faulted < 27, qPrintable(QString::number(faulted)));
    QJsonObject other = plan;
    other.insert(u"seed"_s, 7);
    QVERIFY(run(other) != first);
}

void TestSandboxFaults::randomFaultsFromOptions()
{
    SandboxOptions options;
    options.faults.addRandom({FaultPlan::Kind::InternalServerError, 1.0});
    SandboxServer server(options);
    QVERIFY(server.start());
    RawHttp http(server.baseUrl());
    http.setCredentials("sandbox-key", "sandbox-token");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.post(u"/external/badge"_s, seedBadge()).status, 500);
    QCOMPARE(RawHttp(server.baseUrl()).get(u"/__sandbox/badges"_s).json(),
             QJsonValue(QJsonArray()));
}

void TestSandboxFaults::faultsRouteValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("unknown key") << QByteArray(R"({"nex":[]})");
    QTest::newRow("unknown kind") << QByteArray(R"({"next":[{"kind":"418"}]})");
    QTest::newRow("count 0") << QByteArray(R"({"next":[{"kind":"500","count":0}]})");
    QTest::newRow("fraction 2") << QByteArray(R"({"random":[{"kind":"500","fraction":2}]})");
    QTest::newRow("fractions over 1") << QByteArray(
        R"({"random":[{"kind":"500","fraction":0.6},{"kind":"503","fraction":0.6}]})");
    QTest::newRow("seed negative") << QByteArray(R"({"seed":-1})");
    QTest::newRow("retryAfter bad") << QByteArray(R"({"retryAfter":"soon"})");
    QTest::newRow("retryAfter form bad") << QByteArray(R"({"retryAfter":{"form":"minutes"}})");
    QTest::newRow("latency negative") << QByteArray(R"({"latencyMs":-5})");
}

void TestSandboxFaults::faultsRouteValidation()
{
    QFETCH(QByteArray, body);
    setFaults(nextFault(u"500"_s, 3));
    const RawHttpReply reply = m_control->send("POST", u"/__sandbox/faults"_s, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[u"statusCode"_s].toInt(), 400);
    // The plan in force is unchanged.
    QCOMPARE(m_control->get(u"/__sandbox/faults"_s).json()[u"next"_s][0][u"count"_s].toInt(), 3);
    QCOMPARE(m_server->latencyMs(), 0);
}

void TestSandboxFaults::faultPlanParsing()
{
    auto rule = FaultPlan::parseRandomSpec(u"503:0.25"_s);
    QVERIFY(rule);
    QCOMPARE(rule->kind, FaultPlan::Kind::ServiceUnavailable);
    QCOMPARE(rule->fraction, 0.25);
    rule = FaultPlan::parseRandomSpec(u"reset-after-apply:1"_s);
    QVERIFY(rule);
    QCOMPARE(rule->kind, FaultPlan::Kind::ResetAfterApply);
    QVERIFY(!FaultPlan::parseRandomSpec(u"503"_s));
    QVERIFY(!FaultPlan::parseRandomSpec(u"418:0.5"_s));
    QVERIFY(!FaultPlan::parseRandomSpec(u"500:1.5"_s));
    QVERIFY(!FaultPlan::parseRandomSpec(u"500:x"_s));

    FaultPlan::RetryAfterForm form = FaultPlan::RetryAfterForm::Omitted;
    int seconds = 0;
    QVERIFY(FaultPlan::parseRetryAfterSpec(u"12"_s, &form, &seconds));
    QCOMPARE(form, FaultPlan::RetryAfterForm::Seconds);
    QCOMPARE(seconds, 12);
    QVERIFY(FaultPlan::parseRetryAfterSpec(u"http-date"_s, &form, &seconds));
    QCOMPARE(form, FaultPlan::RetryAfterForm::HttpDate);
    QVERIFY(FaultPlan::parseRetryAfterSpec(u"http-date:30"_s, &form, &seconds));
    QCOMPARE(seconds, 30);
    QVERIFY(FaultPlan::parseRetryAfterSpec(u"none"_s, &form, &seconds));
    QCOMPARE(form, FaultPlan::RetryAfterForm::Omitted);
    QVERIFY(!FaultPlan::parseRetryAfterSpec(u"-1"_s, &form, &seconds));
    QVERIFY(!FaultPlan::parseRetryAfterSpec(u"soon"_s, &form, &seconds));

    // Scripted rules win over random ones and are consumed in order.
    FaultPlan plan;
    plan.addRandom({FaultPlan::Kind::GatewayTimeout, 1.0});
    plan.addScripted({FaultPlan::Kind::Stall, 1, u"GET"_s, {}});
    plan.addScripted({FaultPlan::Kind::Reset, 1, {}, u"/external/ban"_s});
    QCOMPARE(plan.next(u"POST"_s, u"/external/badge"_s), FaultPlan::Kind::GatewayTimeout);
    QCOMPARE(plan.next(u"get"_s, u"/external/badge"_s), FaultPlan::Kind::Stall);
    QCOMPARE(plan.next(u"GET"_s, u"/external/badge"_s), FaultPlan::Kind::GatewayTimeout);
    QCOMPARE(plan.next(u"POST"_s, u"/external/ban"_s), FaultPlan::Kind::Reset);
    QCOMPARE(plan.scriptedRules().size(), 0);

    // JSON round trip.
    QString error;
    const auto parsed = FaultPlan::fromJson(plan.toJson(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->toJson(), plan.toJson());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
