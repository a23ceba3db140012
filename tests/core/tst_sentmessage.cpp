#include "ChatMessage.h"
#include "JsonParse.h"
#include "ModeratorGrant.h"
#include "SeedExamples.h"
#include "SentMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSentMessage : public QObject
{
    Q_OBJECT

private slots:
    void decodesTheDocumentedExample();
    void toleratesMissingOptionalFields();
    void convertsOffsetsToUtc();
    void acceptsNumericExternalIds();
    void ignoresWrongTypesOfOptionalFields();
    void rejects_data();
    void rejects();
    void chatMessageBody();
    void moderatorGrantBody();
};

namespace {

QJsonValue parse(const char *json)
{
    return JsonParse::parse(json).value;
}

} // namespace

void TestSentMessage::decodesTheDocumentedExample()
{
    const Decoded<SentMessage> message =
        SentMessage::fromJson(parse(SeedExamples::SentMessageExample));
    QVERIFY2(message.ok(), qPrintable(message.error));
    QCOMPARE(message.value.id, 12345);
    QCOMPARE(message.value.text, u"Hello from external API"_s);
    QCOMPARE(message.value.type, u"USER"_s);
    QCOMPARE(message.value.isVisible, true);
    QCOMPARE(message.value.isPinned, false);
    QCOMPARE(message.value.createdAt, QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(message.value.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(message.value.userExternalId, u"12345"_s);
    QCOMPARE(message.value.roomExternalId, u"67890"_s);
}

void TestSentMessage::toleratesMissingOptionalFields()
{
    const Decoded<SentMessage> message = SentMessage::fromJson(QJsonObject {{u"id"_s, 1}});
    QVERIFY2(message.ok(), qPrintable(message.error));
    QCOMPARE(message.value.id, 1);
    QVERIFY(message.value.text.isEmpty());
    QCOMPARE(message.value.isVisible, true);
    QCOMPARE(message.value.isPinned, false);
    QVERIFY(!message.value.createdAt.isValid());
    QVERIFY(message.value.userExternalId.isEmpty());
    QVERIFY(message.value.roomExternalId.isEmpty());
}

void TestSentMessage::convertsOffsetsToUtc()
{
    const QJsonObject json {{u"id"_s, 2}, {u"createdAt"_s, u"2025-01-01T14:30:05.250+02:00"_s}};
    const Decoded<SentMessage> message = SentMessage::fromJson(json);
    QVERIFY(message.ok());
    QCOMPARE(message.value.createdAt, QDateTime(QDate(2025, 1, 1), QTime(12, 30, 5, 250), Qt::UTC));
    QCOMPARE(message.value.createdAt.timeSpec(), Qt::UTC);

    const QJsonObject withoutMs {{u"id"_s, 2}, {u"createdAt"_s, u"2025-01-01T12:00:00Z"_s}};
    QCOMPARE(SentMessage::fromJson(withoutMs).value.createdAt,
             QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC));
}

void TestSentMessage::acceptsNumericExternalIds()
{
    const Decoded<SentMessage> message = SentMessage::fromJson(
        parse(R"({"id": "77", "user": {"externalId": 12345}, "room": {"externalRoomId": 5}})"));
    QVERIFY2(message.ok(), qPrintable(message.error));
    QCOMPARE(message.value.id, 77);
    QCOMPARE(message.value.userExternalId, u"12345"_s);
    QCOMPARE(message.value.roomExternalId, u"5"_s);
}

void TestSentMessage::ignoresWrongTypesOfOptionalFields()
{
    const Decoded<SentMessage> message = SentMessage::fromJson(parse(
        R"({"id": 3, "text": 5, "isVisible": "no", "isPinned": null, "createdAt": "yesterday",
            "user": "u", "room": [1], "future": {"x": 1}})"));
    QVERIFY2(message.ok(), qPrintable(message.error));
    QCOMPARE(message.value.id, 3);
    QVERIFY(message.value.text.isEmpty());
    QCOMPARE(message.value.isVisible, true);
    QCOMPARE(message.value.isPinned, false);
    QVERIFY(!message.value.createdAt.isValid());
    QVERIFY(message.value.userExternalId.isEmpty());
}

void TestSentMessage::rejects_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("true") << QJsonValue(true) << u"the value true"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray {}) << u"list"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
    QTest::newRow("no id") << parse(R"({"text": "hi"})") << u"“id”"_s;
    QTest::newRow("null id") << parse(R"({"id": null})") << u"“id”"_s;
    QTest::newRow("fractional id") << parse(R"({"id": 1.5})") << u"1.5"_s;
    QTest::newRow("word id") << parse(R"({"id": "abc"})") << u"abc"_s;
    QTest::newRow("object id") << parse(R"({"id": {}})") << u"an object"_s;
}

void TestSentMessage::rejects()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, mentions);

    const Decoded<SentMessage> message = SentMessage::fromJson(json);
    QVERIFY(!message.ok());
    QVERIFY2(message.error.contains(mentions), qPrintable(message.error));
}

void TestSentMessage::chatMessageBody()
{
    // Contract §7: {"userId", "roomId", "text"}; ids trimmed, text exactly as written.
    ChatMessage message;
    message.userId = u" 12345 "_s;
    message.roomId = u"67890"_s;
    message.text = u"  Hello 👋  "_s;
    const QJsonObject expected {
        {u"userId"_s, u"12345"_s}, {u"roomId"_s, u"67890"_s}, {u"text"_s, u"  Hello 👋  "_s}};
    QCOMPARE(message.toJson(), expected);
}

void TestSentMessage::moderatorGrantBody()
{
    // Contract §6: {"decryptedUserId", "roomId"}.
    ModeratorGrant grant;
    grant.decryptedUserId = u"123\n"_s;
    grant.roomId = u"room-1"_s;
    const QJsonObject expected {{u"decryptedUserId"_s, u"123"_s}, {u"roomId"_s, u"room-1"_s}};
    QCOMPARE(grant.toJson(), expected);
}

QTEST_GUILESS_MAIN(TestSentMessage)
#include "tst_sentmessage.moc"
