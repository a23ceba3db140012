#include "BanReason.h"
#include "BanRequest.h"
#include "JsonParse.h"
#include "SeedExamples.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestBanRequest : public QObject
{
    Q_OBJECT

private slots:
    void reasonTable_data();
    void reasonTable();
    void reasonCodesOutsideTheTable();
    void reasonFromName_data();
    void reasonFromName();
    void onlyNicknameTakesNoExpiry();
    void typeNames_data();
    void typeNames();
    void formatExpiry_data();
    void formatExpiry();
    void parseExpiry_data();
    void parseExpiry();
    void documentedBanExample();
    void documentedUnbanExample();
    void liftingRequestKeepsOnlyTheScope();
    void toJsonOmitsWhatDoesNotApply_data();
    void toJsonOmitsWhatDoesNotApply();
};

namespace {

QJsonObject parseObject(const char *json)
{
    const Decoded<QJsonValue> parsed = JsonParse::parse(json);
    return parsed.value.toObject();
}

const QDateTime DocumentedExpiry(QDate(2024, 12, 31), QTime(5, 33, 32), Qt::UTC);

BanRequest documentedBan()
{
    BanRequest ban;
    ban.userId = u"123"_s;
    ban.ban = true;
    ban.type = BanType::InApp;
    ban.expires = DocumentedExpiry;
    ban.reason = BanReason::Flood;
    ban.description = u"Some text"_s;
    return ban;
}

} // namespace

void TestBanRequest::reasonTable_data()
{
    QTest::addColumn<BanReason>("reason");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("apiName");
    QTest::addColumn<QString>("label");

    // Contract §5, including its "Typical UI label" column.
    QTest::newRow("0") << BanReason::Insults << 0 << u"INSULTS"_s << u"Insults"_s;
    QTest::newRow("1") << BanReason::Personal << 1 << u"PERSONAL"_s
                       << u"Personal attacks / personal data"_s;
    QTest::newRow("2") << BanReason::Flood << 2 << u"FLOOD"_s << u"Flooding / spam"_s;
    QTest::newRow("3") << BanReason::Links << 3 << u"LINKS"_s << u"Links"_s;
    QTest::newRow("4") << BanReason::Violence << 4 << u"VIOLENCE"_s << u"Violence"_s;
    QTest::newRow("5") << BanReason::Fraud << 5 << u"FRAUD"_s << u"Fraud / scam"_s;
    QTest::newRow("6") << BanReason::Nickname << 6 << u"NICKNAME"_s << u"Forbidden nickname"_s;
    QTest::newRow("7") << BanReason::Political << 7 << u"POLITICAL"_s << u"Politics"_s;
    QTest::newRow("8") << BanReason::Repeated << 8 << u"REPEATED"_s << u"Repeated violation"_s;
}

void TestBanRequest::reasonTable()
{
    QFETCH(BanReason, reason);
    QFETCH(int, code);
    QFETCH(QString, apiName);
    QFETCH(QString, label);

    QCOMPARE(BanReasonInfo::code(reason), code);
    QCOMPARE(BanReasonInfo::fromCode(code), std::optional(reason));
    QCOMPARE(BanReasonInfo::apiName(reason), apiName);
    QCOMPARE(BanReasonInfo::displayName(reason), label);
    QCOMPARE(BanReasonInfo::fromName(apiName), std::optional(reason));
    QCOMPARE(BanReasonInfo::fromName(QString::number(code)), std::optional(reason));
    QCOMPARE(BanReasonInfo::all().at(code), reason);
}

void TestBanRequest::reasonCodesOutsideTheTable()
{
    QCOMPARE(BanReasonInfo::all().size(), 9);
    QCOMPARE(BanReasonInfo::fromCode(-1), std::optional<BanReason>());
    QCOMPARE(BanReasonInfo::fromCode(9), std::optional<BanReason>());
    // A value cast from a bad integer must not crash the lookups.
    const auto bogus = static_cast<BanReason>(42);
    QCOMPARE(BanReasonInfo::apiName(bogus), QString());
    QCOMPARE(BanReasonInfo::displayName(bogus), QString());
}

void TestBanRequest::reasonFromName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<BanReason>>("expected");

    const std::optional<BanReason> none;
    QTest::newRow("upper") << u"FLOOD"_s << std::optional(BanReason::Flood);
    QTest::newRow("lower") << u"flood"_s << std::optional(BanReason::Flood);
    QTest::newRow("mixed") << u"NickName"_s << std::optional(BanReason::Nickname);
    QTest::newRow("padded") << u" repeated "_s << std::optional(BanReason::Repeated);
    QTest::newRow("code") << u"2"_s << std::optional(BanReason::Flood);
    QTest::newRow("code zero") << u"0"_s << std::optional(BanReason::Insults);
    QTest::newRow("padded code") << u" 8 "_s << std::optional(BanReason::Repeated);
    QTest::newRow("code too big") << u"9"_s << none;
    QTest::newRow("negative") << u"-1"_s << none;
    QTest::newRow("plus") << u"+2"_s << none;
    QTest::newRow("fraction") << u"2.0"_s << none;
    QTest::newRow("huge") << u"99999999999999999999"_s << none;
    QTest::newRow("label is not a name") << u"Flooding / spam"_s << none;
    QTest::newRow("prefix") << u"FLOO"_s << none;
    QTest::newRow("empty") << QString() << none;
}

void TestBanRequest::reasonFromName()
{
    QFETCH(QString, text);
    QFETCH(std::optional<BanReason>, expected);
    QCOMPARE(BanReasonInfo::fromName(text), expected);
}

void TestBanRequest::onlyNicknameTakesNoExpiry()
{
    for (const BanReason reason : BanReasonInfo::all())
        QCOMPARE(BanReasonInfo::takesExpiry(reason), reason != BanReason::Nickname);
}

void TestBanRequest::typeNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<BanType>>("expected");

    QTest::newRow("IN_APP") << u"IN_APP"_s << std::optional(BanType::InApp);
    QTest::newRow("IN_ROOM") << u"IN_ROOM"_s << std::optional(BanType::InRoom);
    QTest::newRow("lower") << u"in_room"_s << std::optional(BanType::InRoom);
    QTest::newRow("padded") << u" IN_APP "_s << std::optional(BanType::InApp);
    QTest::newRow("no underscore") << u"INAPP"_s << std::optional<BanType>();
    QTest::newRow("empty") << QString() << std::optional<BanType>();
}

void TestBanRequest::typeNames()
{
    QFETCH(QString, text);
    QFETCH(std::optional<BanType>, expected);

    QCOMPARE(BanRequest::typeFromName(text), expected);
    QCOMPARE(BanRequest::typeName(BanType::InApp), u"IN_APP"_s);
    QCOMPARE(BanRequest::typeName(BanType::InRoom), u"IN_ROOM"_s);
}

void TestBanRequest::formatExpiry_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");

    QTest::newRow("UTC") << DocumentedExpiry << u"2024-12-31 05:33:32"_s;
    QTest::newRow("offset +02:00")
        << QDateTime(QDate(2024, 12, 31), QTime(7, 33, 32), Qt::OffsetFromUTC, 2 * 3600)
        << u"2024-12-31 05:33:32"_s;
    QTest::newRow("Berlin winter")
        << QDateTime(QDate(2024, 12, 31), QTime(6, 33, 32), QTimeZone("Europe/Berlin"))
        << u"2024-12-31 05:33:32"_s;
    QTest::newRow("Berlin summer")
        << QDateTime(QDate(2024, 7, 1), QTime(12, 0, 0), QTimeZone("Europe/Berlin"))
        << u"2024-07-01 10:00:00"_s;
    QTest::newRow("crosses the year")
        << QDateTime(QDate(2025, 1, 1), QTime(1, 0, 0), Qt::OffsetFromUTC, 3 * 3600)
        << u"2024-12-31 22:00:00"_s;
    QTest::newRow("New York") << QDateTime(QDate(2024, 12, 31), QTime(19, 0, 0),
                                           QTimeZone("America/New_York"))
                              << u"2025-01-01 00:00:00"_s;
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2024, 12, 31), QTime(5, 33, 32, 999), Qt::UTC)
        << u"2024-12-31 05:33:32"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestBanRequest::formatExpiry()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(BanRequest::formatExpiry(when), expected);
}

void TestBanRequest::parseExpiry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected

    QTest::newRow("documented") << u"2024-12-31 05:33:32"_s << DocumentedExpiry;
    QTest::newRow("leap day") << u"2024-02-29 00:00:00"_s
                              << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("no leap day") << u"2023-02-29 00:00:00"_s << QDateTime();
    QTest::newRow("hour 24") << u"2024-12-31 24:00:00"_s << QDateTime();
    QTest::newRow("ISO T") << u"2024-12-31T05:33:32"_s << QDateTime();
    QTest::newRow("with zone") << u"2024-12-31 05:33:32Z"_s << QDateTime();
    QTest::newRow("no seconds") << u"2024-12-31 05:33"_s << QDateTime();
    QTest::newRow("single digits") << u"2024-1-1 5:33:32"_s << QDateTime();
    QTest::newRow("leading space") << u" 2024-12-31 05:33:32"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestBanRequest::parseExpiry()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> parsed = BanRequest::parseExpiry(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(BanRequest::formatExpiry(*parsed), text); // round trip
    }
}

void TestBanRequest::documentedBanExample()
{
    QCOMPARE(documentedBan().toJson(), parseObject(SeedExamples::BanExample));
}

void TestBanRequest::documentedUnbanExample()
{
    BanRequest unban;
    unban.userId = u"123"_s;
    unban.ban = false;
    unban.type = BanType::InApp;
    QCOMPARE(unban.toJson(), parseObject(SeedExamples::UnbanExample));
    // Lifting the documented ban yields the documented unban.
    QCOMPARE(documentedBan().liftingRequest().toJson(), parseObject(SeedExamples::UnbanExample));
}

void TestBanRequest::liftingRequestKeepsOnlyTheScope()
{
    BanRequest ban = documentedBan();
    ban.type = BanType::InRoom;
    ban.roomId = u"room-7"_s;

    const BanRequest unban = ban.liftingRequest();
    QCOMPARE(unban.userId, ban.userId);
    QCOMPARE(unban.ban, false);
    QCOMPARE(unban.type, BanType::InRoom);
    QCOMPARE(unban.roomId, u"room-7"_s);
    QVERIFY(!unban.expires);
    QVERIFY(!unban.reason);
    QVERIFY(unban.description.isEmpty());
    const QJsonObject expected {{u"userId"_s, u"123"_s},
                                {u"value"_s, false},
                                {u"type"_s, u"IN_ROOM"_s},
                                {u"roomId"_s, u"room-7"_s}};
    QCOMPARE(unban.toJson(), expected);
}

void TestBanRequest::toJsonOmitsWhatDoesNotApply_data()
{
    QTest::addColumn<BanRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    BanRequest permanent;
    permanent.userId = u"u1"_s;
    QTest::newRow("permanent, no reason")
        << permanent
        << QJsonObject {{u"userId"_s, u"u1"_s}, {u"value"_s, true}, {u"type"_s, u"IN_APP"_s}};

    BanRequest inAppWithRoom = permanent;
    inAppWithRoom.roomId = u"r1"_s;
    QTest::newRow("room ignored for IN_APP")
        << inAppWithRoom
        << QJsonObject {{u"userId"_s, u"u1"_s}, {u"value"_s, true}, {u"type"_s, u"IN_APP"_s}};

    BanRequest inRoom = permanent;
    inRoom.type = BanType::InRoom;
    inRoom.roomId = u" r1 "_s;
    inRoom.userId = u" u1\t"_s;
    QTest::newRow("IN_ROOM, ids trimmed") << inRoom
                                          << QJsonObject {{u"userId"_s, u"u1"_s},
                                                          {u"value"_s, true},
                                                          {u"type"_s, u"IN_ROOM"_s},
                                                          {u"roomId"_s, u"r1"_s}};

    BanRequest reasonZero = permanent;
    reasonZero.reason = BanReason::Insults;
    QTest::newRow("reason 0 is sent") << reasonZero
                                      << QJsonObject {{u"userId"_s, u"u1"_s},
                                                      {u"value"_s, true},
                                                      {u"type"_s, u"IN_APP"_s},
                                                      {u"reason"_s, 0}};

    BanRequest nickname = permanent;
    nickname.reason = BanReason::Nickname;
    nickname.expires = DocumentedExpiry;
    QTest::newRow("nickname sends no expiry") << nickname
                                              << QJsonObject {{u"userId"_s, u"u1"_s},
                                                              {u"value"_s, true},
                                                              {u"type"_s, u"IN_APP"_s},
                                                              {u"reason"_s, 6}};

    BanRequest localExpiry = permanent;
    localExpiry.expires =
        QDateTime(QDate(2024, 12, 31), QTime(7, 33, 32), Qt::OffsetFromUTC, 2 * 3600);
    QTest::newRow("expiry converted to UTC")
        << localExpiry
        << QJsonObject {{u"userId"_s, u"u1"_s},
                        {u"value"_s, true},
                        {u"type"_s, u"IN_APP"_s},
                        {u"expires"_s, u"2024-12-31 05:33:32"_s}};

    BanRequest unbanWithExtras = documentedBan();
    unbanWithExtras.ban = false;
    unbanWithExtras.reason.reset();
    unbanWithExtras.description.clear();
    QTest::newRow("unban never sends an expiry")
        << unbanWithExtras
        << QJsonObject {{u"userId"_s, u"123"_s}, {u"value"_s, false}, {u"type"_s, u"IN_APP"_s}};
}

void TestBanRequest::toJsonOmitsWhatDoesNotApply()
{
    QFETCH(BanRequest, request);
    QFETCH(QJsonObject, expected);
    QCOMPARE(request.toJson(), expected);
}

QTEST_GUILESS_MAIN(TestBanRequest)
#include "tst_banrequest.moc"
