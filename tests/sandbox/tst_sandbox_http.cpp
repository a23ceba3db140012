// The sandbox's public routes and inspection routes, driven in-process with raw HTTP requests
// (QNetworkAccessManager in the same thread as the SandboxServer).

#include "RawHttp.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray KeyEu = "key-eu";
const QByteArray TokenEu = "token-eu-1";
const QByteArray TokenEu2 = "token-eu-2";
const QByteArray KeyUs = "key-us";
const QByteArray TokenUs = "token-us";

// The seed's create example (seed-badges-api.txt).
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

QJsonObject merged(QJsonObject base, const QJsonObject &overlay, const QStringList &remove = {})
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it)
        base.insert(it.key(), it.value());
    for (const QString &key : remove)
        base.remove(key);
    return base;
}

QString repeated(const QString &unit, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += unit;
    return text;
}

QJsonObject rolling(const QString &type, int threshold = 10, int days = 7)
{
    return QJsonObject {{u"type"_s, type},
                        {u"threshold"_s, threshold},
                        {u"period"_s, QJsonObject {{u"kind"_s, u"ROLLING"_s}, {u"days"_s, days}}}};
}

QJsonObject triggerOf(const QJsonArray &conditions, const QJsonValue &duration = QJsonValue::Null)
{
    return QJsonObject {{u"conditions"_s, conditions}, {u"duration"_s, duration}};
}

QString banTime(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QStringList messagesOf(const RawHttpReply &reply)
{
    QStringList list;
    const QJsonValue message = reply.json().toObject().value(u"message"_s);
    if (message.isString())
        return {message.toString()};
    const QJsonArray array = message.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unknownRoutesAre404();
    void credentialChecksOnEveryRoute_data();
    void credentialChecksOnEveryRoute();
    void credentialVariants_data();
    void credentialVariants();
    void malformedBodiesAre400_data();
    void malformedBodiesAre400();

    void createEchoesStoredBadge();
    void badgeValidation_data();
    void badgeValidation();
    void lengthsCountCodePoints_data();
    void lengthsCountCodePoints();
    void triggerValidation_data();
    void triggerValidation();
    void unknownFieldsRoundTrip();
    void idsAreNeverReused();
    void getBadge();
    void listIsSortedWithUserCountAndPages();
    void patchMergesValidatesAndReturnsTrue();
    void deleteDropsAssignments();
    void assignIsIdempotentAndCounts();
    void assignValidation_data();
    void assignValidation();
    void assignCapIsConfigurable();

    void banValidation_data();
    void banValidation();
    void banAndUnban();
    void expiredBansAreGone();
    void moderators();
    void rooms();
    void messages();
    void regionCheck();
    void regionCheckIsOptional();

    void inspectionRoutes();
    void statsCountRequestsAndIds();
    void resetRoute();
    void demoContent();
    void persistenceInProcess();

private:
    std::unique_ptr<SandboxServer> startServer(SandboxOptions options);
    QJsonObject createBadge(const QJsonObject &badge = seedBadge());

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RawHttp> m_http;
    QDateTime m_now;
};

std::unique_ptr<SandboxServer> TestSandboxHttp::startServer(SandboxOptions options)
{
    auto server = std::make_unique<SandboxServer>(std::move(options));
    server->setClock([this] { return m_now; });
    QString error;
    if (!server->start(&error))
        qWarning("could not start the sandbox: %s", qPrintable(error));
    return server;
}

void TestSandboxHttp::init()
{
    m_now = QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);
    SandboxOptions options;
    SandboxProject eu;
    eu.apiKey = QString::fromLatin1(KeyEu);
    eu.region = u"eu"_s;
    eu.bearerTokens = {QString::fromLatin1(TokenEu), QString::fromLatin1(TokenEu2)};
    eu.rooms = {u"room-1"_s};
    SandboxProject us;
    us.apiKey = QString::fromLatin1(KeyUs);
    us.region = u"us"_s;
    us.bearerTokens = {QString::fromLatin1(TokenUs)};
    options.projects = {eu, us};
    options.checkRegion = true;
    m_server = startServer(options);
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl(), QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
    m_http = std::make_unique<RawHttp>(m_server->baseUrl());
    m_http->setCredentials(KeyEu, TokenEu);
}

void TestSandboxHttp::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QJsonObject TestSandboxHttp::createBadge(const QJsonObject &badge)
{
    const RawHttpReply reply = m_http->post(u"/external/badge"_s, badge);
    if (reply.status != 201)
        qWarning("create failed: %d %s", reply.status, reply.body.constData());
    return reply.json().toObject();
}

void TestSandboxHttp::unknownRoutesAre404()
{
    RawHttpReply reply = m_http->get(u"/nope"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[u"message"_s].toString(), u"Cannot GET /nope"_s);

    reply = m_http->send("PUT", u"/external/badge"_s, "{}");
    QCOMPARE(reply.status, 404);
    reply = m_http->get(u"/external/badge/1/users"_s);
    QCOMPARE(reply.status, 404);
    reply = m_http->get(u"/__sandbox/nope"_s);
    QCOMPARE(reply.status, 404);
}

void TestSandboxHttp::credentialChecksOnEveryRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("hasBody");

    QTest::newRow("list") << QByteArray("GET") << u"/external/badge"_s << false;
    QTest::newRow("get") << QByteArray("GET") << u"/external/badge/1"_s << false;
    QTest::newRow("create") << QByteArray("POST") << u"/external/badge"_s << true;
    QTest::newRow("update") << QByteArray("PATCH") << u"/external/badge/1"_s << true;
    QTest::newRow("delete") << QByteArray("DELETE") << u"/external/badge/1"_s << false;
    QTest::newRow("assign") << QByteArray("POST") << u"/external/badge/1/users"_s << true;
    QTest::newRow("unassign") << QByteArray("DELETE") << u"/external/badge/1/users"_s << true;
    QTest::newRow("ban") << QByteArray("POST") << u"/external/ban"_s << true;
    QTest::newRow("moderator") << QByteArray("POST") << u"/user/external/moder"_s << true;
    QTest::newRow("room") << QByteArray("POST") << u"/external/room"_s << true;
    QTest::newRow("room get") << QByteArray("GET") << u"/external/room/room-1"_s << false;
    QTest::newRow("message") << QByteArray("POST") << u"/external/message/send"_s << true;
}

void TestSandboxHttp::credentialChecksOnEveryRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, hasBody);
    const QByteArray badBody = "{not json";
    const QByteArray body = hasBody ? badBody : QByteArray();
    const QJsonObject projectNotFound {{u"statusCode"_s, 404},
                                       {u"message"_s, u"Project not found"_s}};
    const QJsonObject tokenRequired {{u"statusCode"_s, 403},
                                     {u"message"_s, u"Bearer token is required"_s}};

    // 1. Unknown or missing key: 404, even with a bad token and a bad body.
    RawHttpReply reply = m_http->send(method, path, body, {{"x-api-key", QByteArray()}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().toObject(), projectNotFound);
    reply = m_http->send(method, path, body,
                         {{"x-api-key", "wrong"}, {"Authorization", "Bearer wrong"}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().toObject(), projectNotFound);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));

    // 2. Good key, missing or bad token: 403, even with a bad body.
    reply = m_http->send(method, path, body, {{"Authorization", QByteArray()}});
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().toObject(), tokenRequired);
    reply = m_http->send(method, path, body, {{"Authorization", "Bearer wrong"}});
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().toObject(), tokenRequired);

    // 3. Good credentials, bad body: 400.
    if (hasBody) {
        reply = m_http->send(method, path, badBody);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()[u"statusCode"_s].toInt(), 400);
        QCOMPARE(reply.json()[u"error"_s].toString(), u"Bad Request"_s);
        QVERIFY(reply.json()[u"message"_s].isArray());
    }
}

void TestSandboxHttp::credentialVariants_data()
{
    QTest::addColumn<QByteArray>("keyHeader");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("authHeader");
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<int>("status");

    QTest::newRow("canonical") << QByteArray("x-api-key") << KeyEu << QByteArray("Authorization")
                               << "Bearer " + TokenEu << 200;
    QTest::newRow("header names upper case")
        << QByteArray("X-API-KEY") << KeyEu << QByteArray("AUTHORIZATION") << "Bearer " + TokenEu
        << 200;
    QTest::newRow("docs spelling X-Api-Key")
        << QByteArray("X-Api-Key") << KeyEu << QByteArray("authorization") << "Bearer " + TokenEu
        << 200;
    QTest::newRow("second token of the project")
        << QByteArray("x-api-key") << KeyEu << QByteArray("Authorization") << "Bearer " + TokenEu2
        << 200;
    QTest::newRow("other project's token")
        << QByteArray("x-api-key") << KeyEu << QByteArray("Authorization") << "Bearer " + TokenUs
        << 403;
    QTest::newRow("double Bearer (docs typo)")
        << QByteArray("x-api-key") << KeyEu << QByteArray("Authorization")
        << "Bearer Bearer " + TokenEu << 403;
    QTest::newRow("no scheme") << QByteArray("x-api-key") << KeyEu << QByteArray("Authorization")
                               << TokenEu << 403;
    QTest::newRow("Basic scheme") << QByteArray("x-api-key") << KeyEu << QByteArray("Authorization")
                                  << "Basic " + TokenEu << 403;
    QTest::newRow("Bearer without token")
        << QByteArray("x-api-key") << KeyEu << QByteArray("Authorization") << QByteArray("Bearer")
        << 403;
    QTest::newRow("key is case-sensitive")
        << QByteArray("x-api-key") << KeyEu.toUpper() << QByteArray("Authorization")
        << "Bearer " + TokenEu << 404;
    QTest::newRow("token is case-sensitive")
        << QByteArray("x-api-key") << KeyEu << QByteArray("Authorization")
        << "Bearer " + TokenEu.toUpper() << 403;
    QTest::newRow("empty key") << QByteArray("x-api-key") << QByteArray("")
                               << QByteArray("Authorization") << "Bearer " + TokenEu << 404;
}

void TestSandboxHttp::credentialVariants()
{
    QFETCH(QByteArray, keyHeader);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, authHeader);
    QFETCH(QByteArray, auth);
    QFETCH(int, status);
    m_http->setCredentials(QByteArray(), QByteArray());
    const RawHttpReply reply =
        m_http->get(u"/external/badge"_s, {{keyHeader, key}, {authHeader, auth}});
    QCOMPARE(reply.status, status);
}

void TestSandboxHttp::malformedBodiesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray("{\"text\": \"best\"");
    QTest::newRow("not json") << QByteArray("text=best");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("bare true") << QByteArray("true");
}

void TestSandboxHttp::malformedBodiesAre400()
{
    QFETCH(QByteArray, body);
    const RawHttpReply reply = m_http->send("POST", u"/external/badge"_s, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[u"statusCode"_s].toInt(), 400);
    QVERIFY(!messagesOf(reply).isEmpty());
    QVERIFY(messagesOf(reply).constFirst().startsWith(u"body "_s));
}

void TestSandboxHttp::createEchoesStoredBadge()
{
    const RawHttpReply reply = m_http->post(u"/external/badge"_s, seedBadge());
    QCOMPARE(reply.status, 201);
    QJsonObject expected = seedBadge();
    expected.insert(u"id"_s, 1);
    expected.insert(u"pic"_s, QJsonValue::Null);
    expected.insert(u"data"_s, QJsonValue::Null);
    expected.insert(u"trigger"_s, QJsonValue::Null);
    QCOMPARE(reply.json().toObject(), expected);

    // The stored copy is what GET returns.
    const RawHttpReply get = m_http->get(u"/external/badge/1"_s);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json().toObject(), expected);

    // id and userCount in a body are the server's business: ignored.
    const QJsonObject second = createBadge(merged(
        seedBadge(), {{u"id"_s, 77}, {u"userCount"_s, 5}, {u"pic"_s, u"https://x/p.png"_s}}));
    QCOMPARE(second.value(u"id"_s).toInt(), 2);
    QVERIFY(!second.contains(u"userCount"_s));
    QCOMPARE(second.value(u"pic"_s).toString(), u"https://x/p.png"_s);
}

void TestSandboxHttp::badgeValidation_data()
{
    QTest::addColumn<QJsonObject>("overlay");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // the field the first error message must name

    const QStringList none;
    QTest::newRow("seed example") << QJsonObject() << none << 201 << QString();
    for (const QString &field : {u"text"_s, u"backgroundColor"_s, u"textColor"_s, u"tooltip"_s,
                                 u"communicationTitle"_s, u"communicationText"_s}) {
        QTest::addRow("%s missing", qPrintable(field))
            << QJsonObject() << QStringList {field} << 400 << field;
        QTest::addRow("%s number", qPrintable(field))
            << QJsonObject {{field, 5}} << none << 400 << field;
        QTest::addRow("%s null", qPrintable(field))
            << QJsonObject {{field, QJsonValue::Null}} << none << 400 << field;
    }
    QTest::newRow("empty text is a string")
        << QJsonObject {{u"text"_s, u""_s}} << none << 201 << QString();
    QTest::newRow("communicationPic missing")
        << QJsonObject() << QStringList {u"communicationPic"_s} << 400 << u"communicationPic"_s;
    QTest::newRow("communicationPic number")
        << QJsonObject {{u"communicationPic"_s, 1}} << none << 400 << u"communicationPic"_s;
    QTest::newRow("communicationPic url")
        << QJsonObject {{u"communicationPic"_s, u"https://cdn/x.png"_s}} << none << 201
        << QString();
    QTest::newRow("colour #abc") << QJsonObject {{u"backgroundColor"_s, u"#abc"_s}} << none << 201
                                 << QString();
    QTest::newRow("colour #AABBCCDD")
        << QJsonObject {{u"textColor"_s, u"#AABBCCDD"_s}} << none << 201 << QString();
    QTest::newRow("colour without #")
        << QJsonObject {{u"backgroundColor"_s, u"ea00fc"_s}} << none << 400 << u"backgroundColor"_s;
    QTest::newRow("colour 5 digits")
        << QJsonObject {{u"backgroundColor"_s, u"#ea00f"_s}} << none << 400 << u"backgroundColor"_s;
    QTest::newRow("colour 4 digits")
        << QJsonObject {{u"textColor"_s, u"#ea00"_s}} << none << 400 << u"textColor"_s;
    QTest::newRow("colour name") << QJsonObject {{u"textColor"_s, u"red"_s}} << none << 400
                                 << u"textColor"_s;
    QTest::newRow("colour not hex")
        << QJsonObject {{u"textColor"_s, u"#gggggg"_s}} << none << 400 << u"textColor"_s;
    QTest::newRow("colour empty (seed's stored data) rejected on create")
        << QJsonObject {{u"textColor"_s, u""_s}} << none << 400 << u"textColor"_s;
    QTest::newRow("tooltip 140") << QJsonObject {{u"tooltip"_s, repeated(u"a"_s, 140)}} << none
                                 << 201 << QString();
    QTest::newRow("tooltip 141") << QJsonObject {{u"tooltip"_s, repeated(u"a"_s, 141)}} << none
                                 << 400 << u"tooltip"_s;
    QTest::newRow("communicationTitle 140")
        << QJsonObject {{u"communicationTitle"_s, repeated(u"a"_s, 140)}} << none << 201
        << QString();
    QTest::newRow("communicationTitle 141")
        << QJsonObject {{u"communicationTitle"_s, repeated(u"a"_s, 141)}} << none << 400
        << u"communicationTitle"_s;
    QTest::newRow("communicationText 180")
        << QJsonObject {{u"communicationText"_s, repeated(u"a"_s, 180)}} << none << 201
        << QString();
    QTest::newRow("communicationText 181")
        << QJsonObject {{u"communicationText"_s, repeated(u"a"_s, 181)}} << none << 400
        << u"communicationText"_s;
    QTest::newRow("text has no limit")
        << QJsonObject {{u"text"_s, repeated(u"a"_s, 1000)}} << none << 201 << QString();
    QTest::newRow("pic number") << QJsonObject {{u"pic"_s, 3}} << none << 400 << u"pic"_s;
    QTest::newRow("pic null") << QJsonObject {{u"pic"_s, QJsonValue::Null}} << none << 201
                              << QString();
    QTest::newRow("data object") << QJsonObject {{u"data"_s, QJsonObject {{u"a"_s, 1}}}} << none
                                 << 400 << u"data"_s;
    QTest::newRow("data string") << QJsonObject {{u"data"_s, u"{\"a\":1}"_s}} << none << 201
                                 << QString();
    QTest::newRow("trigger string")
        << QJsonObject {{u"trigger"_s, u"x"_s}} << none << 400 << u"trigger"_s;
    QTest::newRow("trigger array")
        << QJsonObject {{u"trigger"_s, QJsonArray()}} << none << 400 << u"trigger"_s;
}

void TestSandboxHttp::badgeValidation()
{
    QFETCH(QJsonObject, overlay);
    QFETCH(QStringList, remove);
    QFETCH(int, status);
    QFETCH(QString, field);

    const RawHttpReply reply =
        m_http->post(u"/external/badge"_s, merged(seedBadge(), overlay, remove));
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.json()[u"error"_s].toString(), u"Bad Request"_s);
        const QStringList messages = messagesOf(reply);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.constFirst().startsWith(field + u' '), qPrintable(messages.join(u"; ")));
        // Nothing was stored.
        QCOMPARE(m_http->get(u"/external/badge"_s).json().toArray().size(), 0);
    }
}

void TestSandboxHttp::lengthsCountCodePoints_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("status");

    const QString thumbsUp = u"👍"_s; // 1 code point, 2 UTF-16 units
    const QString thumbsUpTone = u"👍🏽"_s; // 2 code points, 4 UTF-16 units
    QTest::newRow("tooltip 140 emoji") << u"tooltip"_s << thumbsUp << 140 << 201;
    QTest::newRow("tooltip 141 emoji") << u"tooltip"_s << thumbsUp << 141 << 400;
    QTest::newRow("tooltip 70 toned emoji (140 cp)") << u"tooltip"_s << thumbsUpTone << 70 << 201;
    QTest::newRow("tooltip 71 toned emoji (142 cp)") << u"tooltip"_s << thumbsUpTone << 71 << 400;
    QTest::newRow("title 140 emoji") << u"communicationTitle"_s << thumbsUp << 140 << 201;
    QTest::newRow("title 141 emoji") << u"communicationTitle"_s << thumbsUp << 141 << 400;
    QTest::newRow("text 180 emoji") << u"communicationText"_s << thumbsUp << 180 << 201;
    QTest::newRow("text 181 emoji") << u"communicationText"_s << thumbsUp << 181 << 400;
    QTest::newRow("tooltip 140 accented") << u"tooltip"_s << u"é"_s << 140 << 201;
}

void TestSandboxHttp::lengthsCountCodePoints()
{
    QFETCH(QString, field);
    QFETCH(QString, unit);
    QFETCH(int, count);
    QFETCH(int, status);
    const QString text = repeated(unit, count);
    const RawHttpReply reply =
        m_http->post(u"/external/badge"_s, merged(seedBadge(), {{field, text}}));
    QCOMPARE(reply.status, status);
    if (status == 201)
        QCOMPARE(reply.json()[field].toString(), text); // stored and echoed intact
    else
        QVERIFY(messagesOf(reply).constFirst().startsWith(field + u" must be at most"_s));
}

void TestSandboxHttp::triggerValidation_data()
{
    QTest::addColumn<QJsonValue>("trigger");
    QTest::addColumn<int>("status");

    const QJsonObject custom {
        {u"type"_s, u"STREAK"_s},
        {u"threshold"_s, 3},
        {u"period"_s,
         QJsonObject {{u"kind"_s, u"CUSTOM"_s},
                      {u"from"_s, u"2025-01-01T00:00:00.000Z"_s},
                      {u"to"_s, u"2025-01-31T23:59:59.999Z"_s}}},
    };
    const QJsonObject firstMessage {{u"type"_s, u"FIRST_MESSAGE"_s}};

    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 201;
    QTest::newRow("contract example")
        << QJsonValue(triggerOf({rolling(u"MESSAGES"_s), custom}, QJsonObject {{u"days"_s, 30}}))
        << 201;
    QTest::newRow("every type") << QJsonValue(triggerOf(
        {rolling(u"MESSAGES"_s), rolling(u"VISITS"_s), rolling(u"STREAK"_s),
         rolling(u"TIME_IN_CHAT_MINUTES"_s), rolling(u"REACTIONS_RECEIVED"_s),
         rolling(u"REACTIONS_GIVEN"_s), rolling(u"REPLIES"_s), rolling(u"THREADS_STARTED"_s),
         rolling(u"INVITES_SENT"_s), rolling(u"POLL_VOTES"_s), rolling(u"QUIZ_ANSWERS"_s)}))
                                << 201;
    QTest::newRow("FIRST_MESSAGE alone") << QJsonValue(triggerOf({firstMessage})) << 201;
    QTest::newRow("duration omitted")
        << QJsonValue(QJsonObject {{u"conditions"_s, QJsonArray {rolling(u"VISITS"_s)}}}) << 201;
    QTest::newRow("conditions missing")
        << QJsonValue(QJsonObject {{u"duration"_s, QJsonValue::Null}}) << 400;
    QTest::newRow("conditions empty") << QJsonValue(triggerOf({})) << 400;
    QTest::newRow("conditions not array")
        << QJsonValue(QJsonObject {{u"conditions"_s, rolling(u"MESSAGES"_s)}}) << 400;
    QTest::newRow("condition not object") << QJsonValue(triggerOf({u"MESSAGES"_s})) << 400;
    QTest::newRow("duplicate type")
        << QJsonValue(triggerOf({rolling(u"MESSAGES"_s), rolling(u"MESSAGES"_s, 5)})) << 400;
    QTest::newRow("FIRST_MESSAGE combined")
        << QJsonValue(triggerOf({firstMessage, rolling(u"VISITS"_s)})) << 400;
    QTest::newRow("unknown type") << QJsonValue(triggerOf({rolling(u"LIKES"_s)})) << 400;
    QTest::newRow("threshold 0") << QJsonValue(triggerOf({rolling(u"MESSAGES"_s, 0)})) << 400;
    QTest::newRow("threshold 1") << QJsonValue(triggerOf({rolling(u"MESSAGES"_s, 1)})) << 201;
    QTest::newRow("threshold fractional")
        << QJsonValue(triggerOf({merged(rolling(u"MESSAGES"_s), {{u"threshold"_s, 1.5}})})) << 400;
    QTest::newRow("threshold string")
        << QJsonValue(triggerOf({merged(rolling(u"MESSAGES"_s), {{u"threshold"_s, u"10"_s}})}))
        << 400;
    QTest::newRow("threshold missing")
        << QJsonValue(triggerOf({merged(rolling(u"MESSAGES"_s), {}, {u"threshold"_s})})) << 400;
    QTest::newRow("period missing")
        << QJsonValue(triggerOf({merged(rolling(u"MESSAGES"_s), {}, {u"period"_s})})) << 400;
    QTest::newRow("rolling 0 days")
        << QJsonValue(triggerOf({rolling(u"MESSAGES"_s, 10, 0)})) << 400;
    QTest::newRow("unknown period kind") << QJsonValue(triggerOf(
        {merged(rolling(u"MESSAGES"_s), {{u"period"_s, QJsonObject {{u"kind"_s, u"WEEKLY"_s}}}})}))
                                         << 400;
    QJsonObject reversed = custom;
    reversed.insert(u"period"_s,
                    QJsonObject {{u"kind"_s, u"CUSTOM"_s},
                                 {u"from"_s, u"2025-02-01T00:00:00.000Z"_s},
                                 {u"to"_s, u"2025-01-01T00:00:00.000Z"_s}});
    QTest::newRow("custom from after to") << QJsonValue(triggerOf({reversed})) << 400;
    QJsonObject equal = custom;
    equal.insert(u"period"_s,
                 QJsonObject {{u"kind"_s, u"CUSTOM"_s},
                              {u"from"_s, u"2025-01-01T00:00:00.000Z"_s},
                              {u"to"_s, u"2025-01-01T00:00:00.000Z"_s}});
    QTest::newRow("custom from equals to") << QJsonValue(triggerOf({equal})) << 400;
    QJsonObject badDate = custom;
    badDate.insert(u"period"_s,
                   QJsonObject {{u"kind"_s, u"CUSTOM"_s},
                                {u"from"_s, u"1 January 2025"_s},
                                {u"to"_s, u"2025-01-31T23:59:59.999Z"_s}});
    QTest::newRow("custom bad date") << QJsonValue(triggerOf({badDate})) << 400;
    QTest::newRow("duration 0 days")
        << QJsonValue(triggerOf({rolling(u"MESSAGES"_s)}, QJsonObject {{u"days"_s, 0}})) << 400;
    QTest::newRow("duration number") << QJsonValue(triggerOf({rolling(u"MESSAGES"_s)}, 30)) << 400;
}

void TestSandboxHttp::triggerValidation()
{
    QFETCH(QJsonValue, trigger);
    QFETCH(int, status);
    const RawHttpReply reply =
        m_http->post(u"/external/badge"_s, merged(seedBadge(), {{u"trigger"_s, trigger}}));
    QCOMPARE(reply.status, status);
    if (status == 201) {
        QCOMPARE(reply.json()[u"trigger"_s], trigger);
    } else {
        for (const QString &message : messagesOf(reply))
            QVERIFY2(message.startsWith(u"trigger"_s), qPrintable(message));
    }
}

void TestSandboxHttp::unknownFieldsRoundTrip()
{
    QJsonObject trigger = triggerOf({merged(rolling(u"MESSAGES"_s), {{u"weight"_s, 2}})});
    trigger.insert(u"futureFlag"_s, true);
    const QJsonObject extra {{u"sortOrder"_s, 3},
                             {u"meta"_s, QJsonObject {{u"tags"_s, QJsonArray {u"a"_s, 1}}}}};
    const QJsonObject created =
        createBadge(merged(seedBadge(), merged(extra, {{u"trigger"_s, trigger}})));
    const int id = created.value(u"id"_s).toInt();
    QCOMPARE(created.value(u"sortOrder"_s).toInt(), 3);
    QCOMPARE(created.value(u"meta"_s).toObject(), extra.value(u"meta"_s).toObject());
    QCOMPARE(created.value(u"trigger"_s).toObject(), trigger);

    // PATCH of another field keeps them; PATCH can also change them.
    QCOMPARE(
        m_http->patch(u"/external/badge/%1"_s.arg(id), QJsonObject {{u"text"_s, u"new"_s}}).status,
        200);
    QJsonObject stored = m_http->get(u"/external/badge/%1"_s.arg(id)).json().toObject();
    QCOMPARE(stored.value(u"meta"_s).toObject(), extra.value(u"meta"_s).toObject());
    QCOMPARE(stored.value(u"trigger"_s).toObject(), trigger);
    QCOMPARE(
        m_http->patch(u"/external/badge/%1"_s.arg(id), QJsonObject {{u"sortOrder"_s, 9}}).status,
        200);
    stored = m_http->get(u"/external/badge/%1"_s.arg(id)).json().toObject();
    QCOMPARE(stored.value(u"sortOrder"_s).toInt(), 9);
    QCOMPARE(stored.value(u"text"_s).toString(), u"new"_s);
}

void TestSandboxHttp::idsAreNeverReused()
{
    QCOMPARE(createBadge().value(u"id"_s).toInt(), 1);
    QCOMPARE(createBadge().value(u"id"_s).toInt(), 2);
    QCOMPARE(createBadge().value(u"id"_s).toInt(), 3);
    QCOMPARE(m_http->del(u"/external/badge/3"_s).status, 200);
    QCOMPARE(createBadge().value(u"id"_s).toInt(), 4);
    QCOMPARE(m_http->del(u"/external/badge/4"_s).status, 200);
    QCOMPARE(m_http->del(u"/external/badge/1"_s).status, 200);
    QCOMPARE(createBadge().value(u"id"_s).toInt(), 5);

    // A failed create uses no id.
    QCOMPARE(m_http->post(u"/external/badge"_s, QJsonObject()).status, 400);
    QCOMPARE(createBadge().value(u"id"_s).toInt(), 6);

    // Ids are per project.
    m_http->setCredentials(KeyUs, TokenUs);
    QCOMPARE(createBadge().value(u"id"_s).toInt(), 1);
}

void TestSandboxHttp::getBadge()
{
    createBadge();
    RawHttpReply reply = m_http->get(u"/external/badge/1"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[u"id"_s].toInt(), 1);
    QVERIFY(!reply.json().toObject().contains(u"userCount"_s)); // like the seed's example

    reply = m_http->get(u"/external/badge/2"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().toObject(),
             (QJsonObject {{u"statusCode"_s, 404}, {u"message"_s, u"Badge not found"_s}}));
    QCOMPARE(m_http->get(u"/external/badge/abc"_s).status, 400);
    QCOMPARE(m_http->get(u"/external/badge/0"_s).status, 400);
    QCOMPARE(m_http->get(u"/external/badge/-1"_s).status, 400);

    // Another project's badge is unknown here.
    m_http->setCredentials(KeyUs, TokenUs);
    QCOMPARE(m_http->get(u"/external/badge/1"_s).status, 404);
}

void TestSandboxHttp::listIsSortedWithUserCountAndPages()
{
    RawHttpReply reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), QJsonValue(QJsonArray())); // a bare empty array

    for (int i = 0; i < 5; ++i)
        createBadge(merged(seedBadge(), {{u"text"_s, u"b%1"_s.arg(i + 1)}}));
    QCOMPARE(m_http
                 ->post(u"/external/badge/2/users"_s,
                        QJsonObject {{u"userIds"_s, QJsonArray {u"u1"_s, u"u2"_s}}})
                 .status,
             201);
    QCOMPARE(
        m_http
            ->post(u"/external/badge/4/users"_s, QJsonObject {{u"userIds"_s, QJsonArray {u"u1"_s}}})
            .status,
        201);

    reply = m_http->get(u"/external/badge"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray list = reply.json().toArray();
    QCOMPARE(list.size(), 5);
    const QList<int> expectedCounts {0, 2, 0, 1, 0};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject item = list.at(i).toObject();
        QCOMPARE(item.value(u"id"_s).toInt(), i + 1);
        QCOMPARE(item.value(u"text"_s).toString(), u"b%1"_s.arg(i + 1));
        QVERIFY(item.value(u"userCount"_s).isDouble());
        QCOMPARE(item.value(u"userCount"_s).toInt(), expectedCounts.at(i));
    }

    auto idsOf = [](const RawHttpReply &page) {
        QList<int> ids;
        const QJsonArray array = page.json().toArray();
        for (const QJsonValue &item : array)
            ids.append(item[u"id"_s].toInt());
        return ids;
    };
    QCOMPARE(idsOf(m_http->get(u"/external/badge?limit=2"_s)), (QList<int> {1, 2}));
    QCOMPARE(idsOf(m_http->get(u"/external/badge?limit=2&offset=2"_s)), (QList<int> {3, 4}));
    QCOMPARE(idsOf(m_http->get(u"/external/badge?offset=4"_s)), (QList<int> {5}));
    QCOMPARE(idsOf(m_http->get(u"/external/badge?offset=9"_s)), QList<int>());
    QCOMPARE(idsOf(m_http->get(u"/external/badge?limit=0"_s)), QList<int>());
    QVERIFY(m_http->get(u"/external/badge?limit=2"_s).json().isArray());
    QCOMPARE(m_http->get(u"/external/badge?limit=-1"_s).status, 400);
    QCOMPARE(m_http->get(u"/external/badge?offset=x"_s).status, 400);
}

void TestSandboxHttp::patchMergesValidatesAndReturnsTrue()
{
    createBadge();
    RawHttpReply reply =
        m_http->patch(u"/external/badge/1"_s, QJsonObject {{u"text"_s, u"best100"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed(), QByteArray("true"));
    QJsonObject stored = m_http->get(u"/external/badge/1"_s).json().toObject();
    QCOMPARE(stored.value(u"text"_s).toString(), u"best100"_s);
    QCOMPARE(stored.value(u"tooltip"_s).toString(), u"5555"_s); // untouched

    // The seed's full-object PATCH works too.
    QCOMPARE(
        m_http->patch(u"/external/badge/1"_s, merged(seedBadge(), {{u"text"_s, u"full"_s}})).status,
        200);

    // Invalid partial bodies are rejected and change nothing.
    reply = m_http->patch(u"/external/badge/1"_s,
                          QJsonObject {{u"text"_s, u"nope"_s}, {u"backgroundColor"_s, u"blue"_s}});
    QCOMPARE(reply.status, 400);
    QVERIFY(messagesOf(reply).constFirst().startsWith(u"backgroundColor "_s));
    reply =
        m_http->patch(u"/external/badge/1"_s, QJsonObject {{u"tooltip"_s, repeated(u"👍"_s, 141)}});
    QCOMPARE(reply.status, 400);
    reply = m_http->patch(u"/external/badge/1"_s, QJsonObject {{u"text"_s, QJsonValue::Null}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(m_http->get(u"/external/badge/1"_s).json()[u"text"_s].toString(), u"full"_s);

    // Optional fields: set, then clear with null.
    QCOMPARE(m_http->patch(u"/external/badge/1"_s, QJsonObject {{u"pic"_s, u"https://x/y.png"_s}})
                 .status,
             200);
    QCOMPARE(m_http->get(u"/external/badge/1"_s).json()[u"pic"_s].toString(), u"https://x/y.png"_s);
    QCOMPARE(
        m_http->patch(u"/external/badge/1"_s, QJsonObject {{u"pic"_s, QJsonValue::Null}}).status,
        200);
    QVERIFY(m_http->get(u"/external/badge/1"_s).json()[u"pic"_s].isNull());

    // id in the body cannot move the badge.
    QCOMPARE(m_http->patch(u"/external/badge/1"_s, QJsonObject {{u"id"_s, 42}}).status, 200);
    QCOMPARE(m_http->get(u"/external/badge/1"_s).json()[u"id"_s].toInt(), 1);
    QCOMPARE(m_http->get(u"/external/badge/42"_s).status, 404);

    // Unknown id: 404 after a valid body, 400 before an invalid one.
    reply = m_http->patch(u"/external/badge/9"_s, QJsonObject {{u"text"_s, u"x"_s}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[u"message"_s].toString(), u"Badge not found"_s);
    QCOMPARE(m_http->patch(u"/external/badge/9"_s, QJsonObject {{u"textColor"_s, 1}}).status, 400);
}

void TestSandboxHttp::deleteDropsAssignments()
{
    createBadge();
    createBadge();
    QCOMPARE(m_http
                 ->post(u"/external/badge/1/users"_s,
                        QJsonObject {{u"userIds"_s, QJsonArray {u"a"_s, u"b"_s, u"c"_s}}})
                 .status,
             201);
    QCOMPARE(m_http->get(u"/__sandbox/badges/1/holders?apiKey=key-eu"_s).json().toArray().size(),
             3);

    const RawHttpReply reply = m_http->del(u"/external/badge/1"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), QJsonValue(true));
    QCOMPARE(m_http->get(u"/external/badge/1"_s).status, 404);
    QCOMPARE(m_http->get(u"/__sandbox/badges/1/holders"_s).status, 404);
    QCOMPARE(m_http->del(u"/external/badge/1"_s).status, 404);
    QCOMPARE(
        m_http
            ->post(u"/external/badge/1/users"_s, QJsonObject {{u"userIds"_s, QJsonArray {u"a"_s}}})
            .status,
        404);
    const QJsonArray list = m_http->get(u"/external/badge"_s).json().toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[u"id"_s].toInt(), 2);

    // A new badge starts with nobody.
    const int id = createBadge().value(u"id"_s).toInt();
    QCOMPARE(id, 3);
    QCOMPARE(m_http->get(u"/__sandbox/badges/3/holders"_s).json(), QJsonValue(QJsonArray()));
}

void TestSandboxHttp::assignIsIdempotentAndCounts()
{
    createBadge();
    RawHttpReply reply =
        m_http->post(u"/external/badge/1/users"_s,
                     QJsonObject {{u"userIds"_s, QJsonArray {u"123"_s, u"321"_s}}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().toObject(), (QJsonObject {{u"assigned"_s, 2}, {u"total"_s, 2}}));

    // Re-sending is a no-op; duplicates inside a call count once.
    reply = m_http->post(u"/external/badge/1/users"_s,
                         QJsonObject {{u"userIds"_s, QJsonArray {u"321"_s, u"999"_s, u"999"_s}}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().toObject(), (QJsonObject {{u"assigned"_s, 1}, {u"total"_s, 3}}));
    reply = m_http->post(u"/external/badge/1/users"_s,
                         QJsonObject {{u"userIds"_s, QJsonArray {u"123"_s, u"321"_s}}});
    QCOMPARE(reply.json().toObject(), (QJsonObject {{u"assigned"_s, 0}, {u"total"_s, 3}}));

    QCOMPARE(m_http->get(u"/external/badge"_s).json()[0][u"userCount"_s].toInt(), 3);
    QCOMPARE(m_http->get(u"/__sandbox/badges/1/holders"_s).json(),
             QJsonValue(QJsonArray {u"123"_s, u"321"_s, u"999"_s}));

    // Unassign.
    reply = m_http->del(u"/external/badge/1/users"_s,
                        QJsonObject {{u"userIds"_s, QJsonArray {u"123"_s, u"nobody"_s}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().toObject(), (QJsonObject {{u"removed"_s, 1}, {u"total"_s, 2}}));
    reply = m_http->del(u"/external/badge/1/users"_s,
                        QJsonObject {{u"userIds"_s, QJsonArray {u"123"_s}}});
    QCOMPARE(reply.json().toObject(), (QJsonObject {{u"removed"_s, 0}, {u"total"_s, 2}}));
    QCOMPARE(m_http->get(u"/external/badge"_s).json()[0][u"userCount"_s].toInt(), 2);
}

void TestSandboxHttp::assignValidation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<int>("status");

    QJsonArray thousand;
    QJsonArray thousandOne;
    for (int i = 0; i < 1001; ++i) {
        if (i < 1000)
            thousand.append(u"user-%1"_s.arg(i));
        thousandOne.append(u"user-%1"_s.arg(i));
    }
    const QString path = u"/external/badge/1/users"_s;
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("DELETE")}) {
        const int ok = method == "POST" ? 201 : 200;
        auto row = [&](const char *name) {
            return &(QTest::addRow("%s %s", method.constData(), name) << method);
        };
        *row("valid") << path << QJsonValue(QJsonObject {{u"userIds"_s, QJsonArray {u"1"_s}}})
                      << ok;
        *row("1000 ids") << path << QJsonValue(QJsonObject {{u"userIds"_s, thousand}}) << ok;
        *row("1001 ids") << path << QJsonValue(QJsonObject {{u"userIds"_s, thousandOne}}) << 400;
        *row("no body") << path << QJsonValue(QJsonValue::Undefined) << 400;
        *row("userIds missing") << path << QJsonValue(QJsonObject()) << 400;
        *row("userIds string") << path << QJsonValue(QJsonObject {{u"userIds"_s, u"1"_s}}) << 400;
        *row("userIds empty") << path << QJsonValue(QJsonObject {{u"userIds"_s, QJsonArray()}})
                              << 400;
        *row("number id") << path
                          << QJsonValue(QJsonObject {{u"userIds"_s, QJsonArray {u"1"_s, 2}}})
                          << 400;
        *row("empty id") << path << QJsonValue(QJsonObject {{u"userIds"_s, QJsonArray {u""_s}}})
                         << 400;
        *row("null id") << path
                        << QJsonValue(QJsonObject {{u"userIds"_s, QJsonArray {QJsonValue::Null}}})
                        << 400;
        *row("unknown badge") << u"/external/badge/99/users"_s
                              << QJsonValue(QJsonObject {{u"userIds"_s, QJsonArray {u"1"_s}}})
                              << 404;
        *row("unknown badge, bad body (400 first)")
            << u"/external/badge/99/users"_s << QJsonValue(QJsonObject {{u"userIds"_s, 5}}) << 400;
    }
}

void TestSandboxHttp::assignValidation()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonValue, body);
    QFETCH(int, status);
    createBadge();
    const RawHttpReply reply = m_http->send(method, path, RawHttp::toBytes(body));
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QVERIFY(messagesOf(reply).constFirst().contains(u"userIds"_s));
        QCOMPARE(m_http->get(u"/__sandbox/badges/1/holders"_s).json(), QJsonValue(QJsonArray()));
    }
}

void TestSandboxHttp::assignCapIsConfigurable()
{
    SandboxOptions options;
    options.assignCap = 3;
    auto server = startServer(options);
    RawHttp http(server->baseUrl());
    http.setCredentials("sandbox-key", "sandbox-token");
    QCOMPARE(http.post(u"/external/badge"_s, seedBadge()).status, 201);
    QCOMPARE(http.post(u"/external/badge/1/users"_s,
                       QJsonObject {{u"userIds"_s, QJsonArray {u"a"_s, u"b"_s, u"c"_s}}})
                 .status,
             201);
    const RawHttpReply reply =
        http.post(u"/external/badge/1/users"_s,
                  QJsonObject {{u"userIds"_s, QJsonArray {u"a"_s, u"b"_s, u"c"_s, u"d"_s}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(messagesOf(reply), QStringList {u"userIds must contain no more than 3 elements"_s});
}

void TestSandboxHttp::banValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    // m_now is 2030-06-01 12:00:00 UTC.
    const QJsonObject docsBan {{u"userId"_s, u"123"_s},
                               {u"value"_s, true},
                               {u"expires"_s, u"2030-12-31 05:33:32"_s},
                               {u"reason"_s, 2},
                               {u"description"_s, u"Some text"_s},
                               {u"type"_s, u"IN_APP"_s}};
    const QJsonObject docsUnban {
        {u"userId"_s, u"123"_s}, {u"value"_s, false}, {u"type"_s, u"IN_APP"_s}};

    QTest::newRow("docs ban") << docsBan << 201 << QString();
    QTest::newRow("docs unban") << docsUnban << 201 << QString();
    QTest::newRow("permanent") << merged(docsBan, {}, {u"expires"_s}) << 201 << QString();
    QTest::newRow("expires null") << merged(docsBan, {{u"expires"_s, QJsonValue::Null}}) << 201
                                  << QString();
    QTest::newRow("in room") << merged(docsBan, {{u"type"_s, u"IN_ROOM"_s}, {u"roomId"_s, u"r"_s}})
                             << 201 << QString();
    QTest::newRow("in room without roomId")
        << merged(docsBan, {{u"type"_s, u"IN_ROOM"_s}}) << 400 << u"roomId"_s;
    QTest::newRow("in room empty roomId")
        << merged(docsBan, {{u"type"_s, u"IN_ROOM"_s}, {u"roomId"_s, u""_s}}) << 400 << u"roomId"_s;
    QTest::newRow("unban in room without roomId")
        << merged(docsUnban, {{u"type"_s, u"IN_ROOM"_s}}) << 400 << u"roomId"_s;
    QTest::newRow("userId missing") << merged(docsBan, {}, {u"userId"_s}) << 400 << u"userId"_s;
    QTest::newRow("userId empty") << merged(docsBan, {{u"userId"_s, u""_s}}) << 400 << u"userId"_s;
    QTest::newRow("userId number") << merged(docsBan, {{u"userId"_s, 123}}) << 400 << u"userId"_s;
    QTest::newRow("value missing") << merged(docsBan, {}, {u"value"_s}) << 400 << u"value"_s;
    QTest::newRow("value string") << merged(docsBan, {{u"value"_s, u"true"_s}}) << 400
                                  << u"value"_s;
    QTest::newRow("type missing") << merged(docsBan, {}, {u"type"_s}) << 400 << u"type"_s;
    QTest::newRow("type unknown") << merged(docsBan, {{u"type"_s, u"GLOBAL"_s}}) << 400
                                  << u"type"_s;
    QTest::newRow("reason 0") << merged(docsBan, {{u"reason"_s, 0}}) << 201 << QString();
    QTest::newRow("reason 8") << merged(docsBan, {{u"reason"_s, 8}}) << 201 << QString();
    QTest::newRow("reason null") << merged(docsBan, {{u"reason"_s, QJsonValue::Null}}) << 201
                                 << QString();
    QTest::newRow("reason 9") << merged(docsBan, {{u"reason"_s, 9}}) << 400 << u"reason"_s;
    QTest::newRow("reason -1") << merged(docsBan, {{u"reason"_s, -1}}) << 400 << u"reason"_s;
    QTest::newRow("reason 2.5") << merged(docsBan, {{u"reason"_s, 2.5}}) << 400 << u"reason"_s;
    QTest::newRow("reason string")
        << merged(docsBan, {{u"reason"_s, u"FLOOD"_s}}) << 400 << u"reason"_s;
    QTest::newRow("expires in the past")
        << merged(docsBan, {{u"expires"_s, u"2024-12-31 05:33:32"_s}}) << 400 << u"expires"_s;
    QTest::newRow("expires now") << merged(docsBan, {{u"expires"_s, u"2030-06-01 12:00:00"_s}})
                                 << 400 << u"expires"_s;
    QTest::newRow("expires in one second")
        << merged(docsBan, {{u"expires"_s, u"2030-06-01 12:00:01"_s}}) << 201 << QString();
    QTest::newRow("expires ISO format")
        << merged(docsBan, {{u"expires"_s, u"2030-12-31T05:33:32Z"_s}}) << 400 << u"expires"_s;
    QTest::newRow("expires no seconds")
        << merged(docsBan, {{u"expires"_s, u"2030-12-31 05:33"_s}}) << 400 << u"expires"_s;
    QTest::newRow("expires impossible date")
        << merged(docsBan, {{u"expires"_s, u"2030-02-30 05:33:32"_s}}) << 400 << u"expires"_s;
    QTest::newRow("expires number")
        << merged(docsBan, {{u"expires"_s, 1893456000}}) << 400 << u"expires"_s;
    QTest::newRow("description number")
        << merged(docsBan, {{u"description"_s, 1}}) << 400 << u"description"_s;
}

void TestSandboxHttp::banValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const RawHttpReply reply = m_http->post(u"/external/ban"_s, body);
    QCOMPARE(reply.status, status);
    if (status == 201) {
        QCOMPARE(reply.json(), QJsonValue(true));
    } else {
        QCOMPARE(messagesOf(reply).size(), 1);
        QVERIFY2(messagesOf(reply).constFirst().startsWith(field + u' '), reply.body.constData());
        QCOMPARE(m_http->get(u"/__sandbox/bans"_s).json(), QJsonValue(QJsonArray()));
    }
}

void TestSandboxHttp::banAndUnban()
{
    const QJsonObject ban {{u"userId"_s, u"123"_s},
                           {u"value"_s, true},
                           {u"expires"_s, u"2030-12-31 05:33:32"_s},
                           {u"reason"_s, 2},
                           {u"description"_s, u"Some text"_s},
                           {u"type"_s, u"IN_APP"_s},
                           {u"roomId"_s, u"ignored-for-in-app"_s}};
    QCOMPARE(m_http->post(u"/external/ban"_s, ban).status, 201);
    QCOMPARE(m_http
                 ->post(u"/external/ban"_s,
                        QJsonObject {{u"userId"_s, u"123"_s},
                                     {u"value"_s, true},
                                     {u"type"_s, u"IN_ROOM"_s},
                                     {u"roomId"_s, u"room-1"_s}})
                 .status,
             201);
    QJsonArray bans = m_http->get(u"/__sandbox/bans"_s).json().toArray();
    QCOMPARE(bans.size(), 2);
    QCOMPARE(bans.at(0).toObject(),
             (QJsonObject {{u"userId"_s, u"123"_s},
                           {u"type"_s, u"IN_APP"_s},
                           {u"roomId"_s, QJsonValue::Null},
                           {u"reason"_s, 2},
                           {u"description"_s, u"Some text"_s},
                           {u"expires"_s, u"2030-12-31 05:33:32"_s}}));
    QCOMPARE(bans.at(1).toObject(),
             (QJsonObject {{u"userId"_s, u"123"_s},
                           {u"type"_s, u"IN_ROOM"_s},
                           {u"roomId"_s, u"room-1"_s},
                           {u"reason"_s, QJsonValue::Null},
                           {u"description"_s, QJsonValue::Null},
                           {u"expires"_s, QJsonValue::Null}}));

    // A new ban on the same key replaces the old one.
    QCOMPARE(
        m_http->post(u"/external/ban"_s, merged(ban, {{u"reason"_s, 5}}, {u"expires"_s})).status,
        201);
    bans = m_http->get(u"/__sandbox/bans"_s).json().toArray();
    QCOMPARE(bans.size(), 2);
    QCOMPARE(bans.at(0)[u"reason"_s].toInt(), 5);
    QVERIFY(bans.at(0)[u"expires"_s].isNull());

    // Unban lifts only the matching (userId, type, roomId); repeating it still succeeds.
    const QJsonObject unban {
        {u"userId"_s, u"123"_s}, {u"value"_s, false}, {u"type"_s, u"IN_APP"_s}};
    QCOMPARE(m_http->post(u"/external/ban"_s, unban).status, 201);
    QCOMPARE(m_http->post(u"/external/ban"_s, unban).status, 201);
    bans = m_http->get(u"/__sandbox/bans"_s).json().toArray();
    QCOMPARE(bans.size(), 1);
    QCOMPARE(bans.at(0)[u"type"_s].toString(), u"IN_ROOM"_s);
    QCOMPARE(m_http
                 ->post(u"/external/ban"_s,
                        merged(unban, {{u"type"_s, u"IN_ROOM"_s}, {u"roomId"_s, u"other"_s}}))
                 .status,
             201);
    QCOMPARE(m_http->get(u"/__sandbox/bans"_s).json().toArray().size(), 1);
    QCOMPARE(m_http
                 ->post(u"/external/ban"_s,
                        merged(unban, {{u"type"_s, u"IN_ROOM"_s}, {u"roomId"_s, u"room-1"_s}}))
                 .status,
             201);
    QCOMPARE(m_http->get(u"/__sandbox/bans"_s).json(), QJsonValue(QJsonArray()));
}

void TestSandboxHttp::expiredBansAreGone()
{
    const QJsonObject ban {{u"userId"_s, u"u1"_s},
                           {u"value"_s, true},
                           {u"type"_s, u"IN_APP"_s},
                           {u"expires"_s, banTime(m_now.addSecs(3600))}};
    QCOMPARE(m_http->post(u"/external/ban"_s, ban).status, 201);
    QCOMPARE(m_http->get(u"/__sandbox/bans"_s).json().toArray().size(), 1);
    m_now = m_now.addSecs(3599);
    QCOMPARE(m_http->get(u"/__sandbox/bans"_s).json().toArray().size(), 1);
    m_now = m_now.addSecs(1);
    QCOMPARE(m_http->get(u"/__sandbox/bans"_s).json(), QJsonValue(QJsonArray()));
    // The old expiry is now in the past for a new ban.
    QCOMPARE(m_http->post(u"/external/ban"_s, ban).status, 400);
}

void TestSandboxHttp::moderators()
{
    const QJsonObject grant {{u"decryptedUserId"_s, u"42"_s}, {u"roomId"_s, u"room-1"_s}};
    RawHttpReply reply = m_http->post(u"/user/external/moder"_s, grant);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json(), QJsonValue(true));
    QCOMPARE(m_http->post(u"/user/external/moder"_s, grant).status, 201); // idempotent

    reply = m_http->post(u"/user/external/moder"_s, merged(grant, {{u"roomId"_s, u"nowhere"_s}}));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().toObject(),
             (QJsonObject {{u"statusCode"_s, 404}, {u"message"_s, u"Room not found"_s}}));
    QCOMPARE(m_http->post(u"/user/external/moder"_s, merged(grant, {{u"decryptedUserId"_s, u""_s}}))
                 .status,
             400);
    QCOMPARE(m_http->post(u"/user/external/moder"_s, merged(grant, {{u"roomId"_s, u""_s}})).status,
             400);
    QCOMPARE(
        m_http->post(u"/user/external/moder"_s, merged(grant, {}, {u"decryptedUserId"_s})).status,
        400);
    // 400 comes before the room lookup.
    QCOMPARE(
        m_http->post(u"/user/external/moder"_s, QJsonObject {{u"roomId"_s, u"nowhere"_s}}).status,
        400);

    // A room created through the API can take moderators.
    QCOMPARE(m_http
                 ->post(u"/external/room"_s,
                        QJsonObject {
                            {u"roomId"_s, u"room-2"_s}, {u"name"_s, u"Two"_s}, {u"about"_s, u""_s}})
                 .status,
             201);
    QCOMPARE(
        m_http->post(u"/user/external/moder"_s, merged(grant, {{u"roomId"_s, u"room-2"_s}})).status,
        201);
    QCOMPARE(
        m_http->post(u"/user/external/moder"_s, merged(grant, {{u"decryptedUserId"_s, u"7"_s}}))
            .status,
        201);

    QCOMPARE(m_http->get(u"/__sandbox/moderators"_s).json().toObject(),
             (QJsonObject {{u"room-1"_s, QJsonArray {u"42"_s, u"7"_s}},
                           {u"room-2"_s, QJsonArray {u"42"_s}}}));
    // Rooms are per project.
    m_http->setCredentials(KeyUs, TokenUs);
    QCOMPARE(m_http->post(u"/user/external/moder"_s, grant).status, 404);
}

void TestSandboxHttp::rooms()
{
    const QJsonObject room {{u"roomId"_s, u"match-1"_s},
                            {u"name"_s, u"Final"_s},
                            {u"about"_s, u"The final"_s},
                            {u"isSpeak"_s, u"1"_s},
                            {u"startTime"_s, u"2030-07-01T18:00:00Z"_s}};
    RawHttpReply reply = m_http->post(u"/external/room"_s, room);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().toObject(), room);
    reply = m_http->get(u"/external/room/match-1"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().toObject(), room);
    reply = m_http->get(u"/external/room/none"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[u"message"_s].toString(), u"Room not found"_s);
    QCOMPARE(m_http->get(u"/external/room/room-1"_s).status, 200); // seeded

    for (const QString &field : {u"roomId"_s, u"name"_s, u"about"_s})
        QCOMPARE(m_http->post(u"/external/room"_s, merged(room, {}, {field})).status, 400);
    QCOMPARE(m_http->post(u"/external/room"_s, merged(room, {{u"isSpeak"_s, u"maybe"_s}})).status,
             400);
    QCOMPARE(m_http->post(u"/external/room"_s, merged(room, {{u"isSpeak"_s, true}})).status, 201);

    const QJsonArray rooms = m_http->get(u"/__sandbox/rooms"_s).json().toArray();
    QCOMPARE(rooms.size(), 2);
}

void TestSandboxHttp::messages()
{
    const QJsonObject body {{u"userId"_s, u"12345"_s},
                            {u"roomId"_s, u"67890"_s},
                            {u"text"_s, u"Hello from external API"_s}};
    RawHttpReply reply = m_http->post(u"/external/message/send"_s, body);
    QCOMPARE(reply.status, 201);
    const QJsonObject first = reply.json().toObject();
    QCOMPARE(first.value(u"id"_s).toInt(), 1);
    QCOMPARE(first.value(u"text"_s).toString(), u"Hello from external API"_s);
    QCOMPARE(first.value(u"type"_s).toString(), u"USER"_s);
    QCOMPARE(first.value(u"isVisible"_s), QJsonValue(true));
    QCOMPARE(first.value(u"isPinned"_s), QJsonValue(false));
    QCOMPARE(first.value(u"createdAt"_s).toString(), u"2030-06-01T12:00:00.000Z"_s);
    QCOMPARE(first.value(u"user"_s)[u"externalId"_s].toString(), u"12345"_s);
    QVERIFY(first.value(u"user"_s)[u"id"_s].isDouble());
    QCOMPARE(first.value(u"room"_s)[u"externalRoomId"_s].toString(), u"67890"_s);
    QVERIFY(first.value(u"room"_s)[u"id"_s].isDouble());
    QVERIFY(first.value(u"talker"_s)[u"id"_s].isDouble());

    // Ids increase; same user and room keep their ids; createdAt follows the clock.
    m_now = m_now.addMSecs(1234);
    const QJsonObject second = m_http->post(u"/external/message/send"_s, body).json().toObject();
    QCOMPARE(second.value(u"id"_s).toInt(), 2);
    QCOMPARE(second.value(u"createdAt"_s).toString(), u"2030-06-01T12:00:01.234Z"_s);
    QCOMPARE(second.value(u"user"_s), first.value(u"user"_s));
    QCOMPARE(second.value(u"room"_s), first.value(u"room"_s));
    QCOMPARE(second.value(u"talker"_s), first.value(u"talker"_s));
    const QJsonObject third =
        m_http->post(u"/external/message/send"_s, merged(body, {{u"userId"_s, u"other"_s}}))
            .json()
            .toObject();
    QCOMPARE(third.value(u"id"_s).toInt(), 3);
    QVERIFY(third.value(u"user"_s)[u"id"_s] != first.value(u"user"_s)[u"id"_s]);
    QVERIFY(third.value(u"talker"_s)[u"id"_s] != first.value(u"talker"_s)[u"id"_s]);

    // The room was created lazily; the messages are inspectable.
    QCOMPARE(m_http->get(u"/external/room/67890"_s).status, 200);
    QCOMPARE(m_http->get(u"/__sandbox/messages"_s).json().toArray().size(), 3);

    // Validation, with lengths in code points.
    for (const QString &field : {u"userId"_s, u"roomId"_s, u"text"_s}) {
        reply = m_http->post(u"/external/message/send"_s, merged(body, {{field, u""_s}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(messagesOf(reply), QStringList {field + u" should not be empty"_s});
        QCOMPARE(m_http->post(u"/external/message/send"_s, merged(body, {}, {field})).status, 400);
        QCOMPARE(m_http->post(u"/external/message/send"_s, merged(body, {{field, 1}})).status, 400);
    }
    QCOMPARE(
        m_http
            ->post(u"/external/message/send"_s, merged(body, {{u"text"_s, repeated(u"👍"_s, 4000)}}))
            .status,
        201);
    reply = m_http->post(u"/external/message/send"_s,
                         merged(body, {{u"text"_s, repeated(u"a"_s, 4001)}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(messagesOf(reply), QStringList {u"text must be at most 4000 characters"_s});
    QCOMPARE(m_http->get(u"/__sandbox/messages"_s).json().toArray().size(), 4);
}

void TestSandboxHttp::regionCheck()
{
    // The eu project answers only when the request claims eu (or claims nothing).
    RawHttpReply reply = m_http->get(u"/external/badge"_s, {{"X-Sandbox-Region", "us"}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[u"message"_s].toString(), u"Project not found"_s);
    QCOMPARE(m_http->get(u"/external/badge"_s, {{"X-Sandbox-Region", "eu"}}).status, 200);
    QCOMPARE(m_http->get(u"/external/badge"_s, {{"x-sandbox-region", "EU"}}).status, 200);
    QCOMPARE(m_http->get(u"/external/badge"_s).status, 200);
    // Region before token: a wrong region with a bad token is still 404.
    QCOMPARE(
        m_http
            ->get(u"/external/badge"_s, {{"X-Sandbox-Region", "hk"}, {"Authorization", "Bearer x"}})
            .status,
        404);

    m_http->setCredentials(KeyUs, TokenUs);
    QCOMPARE(m_http->get(u"/external/badge"_s, {{"X-Sandbox-Region", "us"}}).status, 200);
    QCOMPARE(m_http->get(u"/external/badge"_s, {{"X-Sandbox-Region", "eu"}}).status, 404);
}

void TestSandboxHttp::regionCheckIsOptional()
{
    SandboxOptions options; // checkRegion off, default project (eu)
    auto server = startServer(options);
    RawHttp http(server->baseUrl());
    http.setCredentials("sandbox-key", "sandbox-token");
    QCOMPARE(http.get(u"/external/badge"_s, {{"X-Sandbox-Region", "us"}}).status, 200);
}

void TestSandboxHttp::inspectionRoutes()
{
    createBadge();
    QCOMPARE(m_http
                 ->post(u"/external/badge/1/users"_s,
                        QJsonObject {{u"userIds"_s, QJsonArray {u"b"_s, u"a"_s}}})
                 .status,
             201);
    m_http->setCredentials(KeyUs, TokenUs);
    createBadge(merged(seedBadge(), {{u"text"_s, u"us badge"_s}}));

    RawHttp anonymous(m_server->baseUrl()); // no credentials needed
    RawHttpReply reply = anonymous.get(u"/__sandbox/badges/1/holders"_s); // first project
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), QJsonValue(QJsonArray {u"a"_s, u"b"_s}));
    reply = anonymous.get(u"/__sandbox/badges/1/holders?apiKey=key-us"_s);
    QCOMPARE(reply.json(), QJsonValue(QJsonArray()));
    QCOMPARE(anonymous.get(u"/__sandbox/badges/2/holders"_s).status, 404);
    QCOMPARE(anonymous.get(u"/__sandbox/badges?apiKey=key-us"_s).json()[0][u"text"_s].toString(),
             u"us badge"_s);
    QCOMPARE(anonymous.get(u"/__sandbox/badges"_s).json()[0][u"userCount"_s].toInt(), 2);
    reply = anonymous.get(u"/__sandbox/bans?apiKey=unknown"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[u"message"_s].toString(), u"Project not found"_s);

    reply = anonymous.get(u"/__sandbox/projects"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().toArray().size(), 2);
    QCOMPARE(reply.json()[0][u"apiKey"_s].toString(), u"key-eu"_s);
    QCOMPARE(reply.json()[0][u"region"_s].toString(), u"eu"_s);
    QCOMPARE(reply.json()[0][u"bearerTokenCount"_s].toInt(), 2);
    // No route ever shows a token.
    for (const QString &route :
         {u"/__sandbox/projects"_s, u"/__sandbox/state"_s, u"/__sandbox/stats"_s,
          u"/__sandbox/faults"_s, u"/__sandbox/rooms"_s}) {
        reply = anonymous.get(route);
        QCOMPARE(reply.status, 200);
        QVERIFY2(!reply.body.contains("token-"), qPrintable(route));
    }
    QVERIFY(anonymous.get(u"/__sandbox/state"_s).json()[u"nextBadgeId"_s].toInt() == 2);
    QCOMPARE(anonymous.get(u"/__sandbox/rooms"_s).json()[0][u"roomId"_s].toString(), u"room-1"_s);
    QCOMPARE(anonymous.get(u"/__sandbox/moderators"_s).json(), QJsonValue(QJsonObject()));
    QCOMPARE(anonymous.get(u"/__sandbox/messages"_s).json(), QJsonValue(QJsonArray()));
}

void TestSandboxHttp::statsCountRequestsAndIds()
{
    createBadge();
    QJsonArray ids;
    for (int i = 0; i < 25; ++i)
        ids.append(u"u%1"_s.arg(i));
    QCOMPARE(m_http->post(u"/external/badge/1/users"_s, QJsonObject {{u"userIds"_s, ids}}).status,
             201);
    QCOMPARE(m_http->post(u"/external/badge/1/users"_s, QJsonObject {{u"userIds"_s, ids}}).status,
             201);
    QCOMPARE(
        m_http
            ->post(u"/external/badge/9/users"_s, QJsonObject {{u"userIds"_s, QJsonArray {u"x"_s}}})
            .status,
        404);
    QCOMPARE(m_http->get(u"/external/badge/1"_s).status, 200);
    QCOMPARE(m_http->get(u"/external/badge/2"_s).status, 404);
    QCOMPARE(m_http->get(u"/external/badge"_s, {{"x-api-key", "nope"}}).status, 404);

    const QJsonObject stats =
        RawHttp(m_server->baseUrl()).get(u"/__sandbox/stats"_s).json().toObject();
    QCOMPARE(stats.value(u"total"_s).toInt(), 7); // inspection requests are not counted
    const QJsonObject routes = stats.value(u"routes"_s).toObject();
    const QJsonObject assign = routes.value(u"POST /external/badge/:id/users"_s).toObject();
    QCOMPARE(assign.value(u"count"_s).toInt(), 3);
    QCOMPARE(assign.value(u"userIds"_s).toInt(), 51);
    QCOMPARE(assign.value(u"userIdsApplied"_s).toInt(), 50);
    QCOMPARE(assign.value(u"outcomes"_s).toObject(), (QJsonObject {{u"201"_s, 2}, {u"404"_s, 1}}));
    QCOMPARE(routes.value(u"GET /external/badge/:id"_s)[u"outcomes"_s].toObject(),
             (QJsonObject {{u"200"_s, 1}, {u"404"_s, 1}}));
    QCOMPARE(routes.value(u"GET /external/badge"_s)[u"count"_s].toInt(), 1);
    QCOMPARE(routes.value(u"POST /external/badge"_s)[u"count"_s].toInt(), 1);
}

void TestSandboxHttp::resetRoute()
{
    createBadge();
    RawHttp anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.post(u"/__sandbox/reset"_s, QJsonObject {{u"state"_s, false}}).status, 200);
    QCOMPARE(m_http->get(u"/external/badge"_s).json().toArray().size(), 1);
    QCOMPARE(anonymous.get(u"/__sandbox/stats"_s).json()[u"total"_s].toInt(),
             1); // the GET just made

    QCOMPARE(anonymous.post(u"/__sandbox/reset"_s, QJsonValue(QJsonValue::Undefined)).status, 200);
    QCOMPARE(anonymous.get(u"/__sandbox/stats"_s).json()[u"total"_s].toInt(), 0);
    QCOMPARE(m_http->get(u"/external/badge"_s).json(), QJsonValue(QJsonArray()));
    QCOMPARE(m_http->get(u"/external/room/room-1"_s).status, 200); // configured rooms come back
    QCOMPARE(anonymous.get(u"/__sandbox/reset"_s).status, 404); // POST only
}

void TestSandboxHttp::demoContent()
{
    SandboxOptions options;
    options.demo = true;
    auto server = startServer(options);
    RawHttp http(server->baseUrl());
    http.setCredentials("sandbox-key", "sandbox-token");

    const QJsonArray badges = http.get(u"/external/badge"_s).json().toArray();
    QVERIFY(badges.size() >= 5);
    int withTrigger = 0;
    int emptyTextColor = 0;
    int held = 0;
    for (const QJsonValue &value : badges) {
        const QJsonObject badge = value.toObject();
        QVERIFY(!badge.value(u"text"_s).toString().isEmpty());
        QVERIFY(badge.value(u"userCount"_s).isDouble());
        withTrigger += badge.value(u"trigger"_s).isObject() ? 1 : 0;
        emptyTextColor += badge.value(u"textColor"_s) == QJsonValue(u""_s) ? 1 : 0;
        held += badge.value(u"userCount"_s).toInt() > 0 ? 1 : 0;
    }
    QCOMPARE(withTrigger, 1);
    QCOMPARE(emptyTextColor, 1);
    QCOMPARE(held, badges.size());
    QCOMPARE(badges.at(0)[u"text"_s].toString(), u"🔥 Top fan"_s);

    // The stored trigger is valid by the sandbox's own rules.
    QJsonObject copy = badges.at(0).toObject();
    copy.remove(u"id"_s);
    copy.remove(u"userCount"_s);
    QCOMPARE(http.post(u"/external/badge"_s, copy).status, 201);

    // The badge with the seed's empty textColor reads fine, but a PATCH must fix the colour:
    // the merged result is validated.
    int vipId = 0;
    for (const QJsonValue &value : badges) {
        if (value[u"textColor"_s] == QJsonValue(u""_s))
            vipId = value[u"id"_s].toInt();
    }
    QCOMPARE(http.get(u"/external/badge/%1"_s.arg(vipId)).json()[u"textColor"_s].toString(),
             QString());
    RawHttpReply reply =
        http.patch(u"/external/badge/%1"_s.arg(vipId), QJsonObject {{u"text"_s, u"VIP"_s}});
    QCOMPARE(reply.status, 400);
    QVERIFY(messagesOf(reply).constFirst().startsWith(u"textColor "_s));
    QCOMPARE(http.patch(u"/external/badge/%1"_s.arg(vipId),
                        QJsonObject {{u"text"_s, u"VIP"_s}, {u"textColor"_s, u"#ffffff"_s}})
                 .status,
             200);

    QVERIFY(http.get(u"/__sandbox/rooms"_s).json().toArray().size() >= 3);
}

void TestSandboxHttp::persistenceInProcess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.dataFile = dir.filePath(u"state.json"_s);
    options.demo = true;
    options.projects = {SandboxProject()};
    options.projects.first().bearerTokens = {u"secret-token-value"_s};
    {
        auto server = startServer(options);
        QVERIFY(QFile::exists(options.dataFile)); // written at start
        RawHttp http(server->baseUrl());
        http.setCredentials("sandbox-key", "secret-token-value");
        QCOMPARE(http.post(u"/external/badge"_s, seedBadge()).json()[u"id"_s].toInt(), 6);
        QCOMPARE(http.post(u"/external/badge"_s, seedBadge()).json()[u"id"_s].toInt(), 7);
        QCOMPARE(http.del(u"/external/badge/7"_s).status, 200);
        QCOMPARE(http.post(u"/external/badge/6/users"_s,
                           QJsonObject {{u"userIds"_s, QJsonArray {u"p"_s}}})
                     .status,
                 201);
        // Written synchronously after each change: the file already has it.
        QFile file(options.dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(QJsonDocument::fromJson(contents).isObject());
        QVERIFY(contents.contains("\"nextBadgeId\": 8"));
        QVERIFY(!contents.contains("secret-token-value"));
    }
    auto server = startServer(options); // demo does not re-seed a non-empty state
    RawHttp http(server->baseUrl());
    http.setCredentials("sandbox-key", "secret-token-value");
    const QJsonArray badges = http.get(u"/external/badge"_s).json().toArray();
    QCOMPARE(badges.size(), 6);
    QCOMPARE(badges.last()[u"id"_s].toInt(), 6);
    QCOMPARE(badges.last()[u"userCount"_s].toInt(), 1);
    QCOMPARE(http.post(u"/external/badge"_s, seedBadge()).json()[u"id"_s].toInt(), 8);

    // A corrupt file stops the start instead of being overwritten.
    QFile corrupt(dir.filePath(u"corrupt.json"_s));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{ not json");
    corrupt.close();
    options.dataFile = corrupt.fileName();
    SandboxServer broken(options);
    QString error;
    QVERIFY(!broken.start(&error));
    QVERIFY(error.contains(u"corrupt.json"_s));
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
