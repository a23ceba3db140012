// A badge list of thousands of badges (megabytes of JSON) is decoded away from the caller's
// thread, and reaches the caller exactly as a small list would: same badges, same errors, on the
// caller's thread, and never once the caller is gone.

#include "ClientTestHelpers.h"
#include "ScriptedHttpServer.h"
#include "WatchersClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

#define CALL(T, expr) awaitCall<T>([&](ApiCallback<T> cb) { expr; })

namespace {

ConnectionSettings connectionTo(const QByteArray &origin)
{
    ConnectionSettings c;
    c.region = Region::Custom;
    c.customBaseUrl = QUrl(QString::fromLatin1(origin));
    c.apiKey = u"key"_s;
    c.bearerToken = u"tok-largelist-1234567890"_s;
    return c;
}

Badge badgeNumber(int i)
{
    Badge badge;
    badge.id = i + 1;
    badge.text = u"🏆 Badge %1"_s.arg(i);
    badge.backgroundColor = u"#ea00fc"_s;
    badge.textColor = i % 2 ? u"#ffffff"_s : QString();
    badge.tooltip = u"Tooltip — %1"_s.arg(i);
    badge.communicationTitle = u"Welcome %1"_s.arg(i);
    badge.communicationText = u"You earned badge %1."_s.arg(i);
    badge.userCount = i % 97;
    return badge;
}

QByteArray listJson(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(badgeNumber(i).toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

class TestApiLargeList : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void largeListArrivesWholeOnTheCallersThread();
    void largeMalformedListFailsLikeASmallOne();
    void noAnswerOnceTheCallerIsGone();

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<WatchersClient> m_client;
};

void TestApiLargeList::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(connectionTo(m_server->origin()));
}

void TestApiLargeList::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestApiLargeList::largeListArrivesWholeOnTheCallersThread()
{
    constexpr int Count = 6000;
    const QByteArray body = listJson(Count);
    QVERIFY2(body.size() > 1024 * 1024, "the list must be large enough to leave the GUI thread");
    m_server->enqueue({200, {{"Content-Type", "application/json"}}, body});

    QThread *deliveredOn = nullptr;
    // `cb` by value: it is CALL's parameter, gone when the answer arrives (ASan found it).
    const auto result =
        CALL(QList<Badge>, m_client->listBadges(this, [&deliveredOn, cb](const auto &r) {
            deliveredOn = QThread::currentThread();
            cb(r);
        }));
    QVERIFY(result);
    QVERIFY2(result->ok(), describe(result->error()));
    QCOMPARE(deliveredOn, QThread::currentThread());
    QCOMPARE(result->value().size(), Count);
    for (const int i : {0, 1, 2999, Count - 1})
        QCOMPARE(result->value().at(i), badgeNumber(i));
}

void TestApiLargeList::largeMalformedListFailsLikeASmallOne()
{
    const QByteArray large = listJson(6000);
    const QByteArray small = listJson(3);
    // Cut off inside the last badge: the same mistake in both.
    m_server->enqueue({200, {}, large.left(large.size() - 5)});
    m_server->enqueue({200, {}, small.left(small.size() - 5)});
    const auto largeResult = CALL(QList<Badge>, m_client->listBadges(this, cb));
    const auto smallResult = CALL(QList<Badge>, m_client->listBadges(this, cb));
    QVERIFY(largeResult && smallResult);
    QVERIFY(!largeResult->ok());
    QVERIFY(!smallResult->ok());
    QCOMPARE(largeResult->error().kind(), ApiError::Kind::BadResponse);
    QCOMPARE(largeResult->error().kind(), smallResult->error().kind());
    QCOMPARE(largeResult->error().summary(), smallResult->error().summary());
    QVERIFY(largeResult->error().detail().contains(u"not valid JSON"_s));
}

void TestApiLargeList::noAnswerOnceTheCallerIsGone()
{
    m_server->enqueue({200, {}, listJson(20000)});
    auto *caller = new QObject;
    bool answered = false;
    // The reply has arrived and its decoding started when the client reports success; the
    // caller goes away while the list is still being decoded.
    connect(m_client.get(), &WatchersClient::callSucceeded, caller,
            [caller] { QTimer::singleShot(0, caller, [caller] { delete caller; }); });
    QPointer<QObject> watch(caller);
    m_client->listBadges(caller, [&answered](const ApiResult<QList<Badge>> &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(watch.isNull(), 15000);
    QTest::qWait(1500); // longer than the decoding takes
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestApiLargeList)
#include "tst_api_largelist.moc"
