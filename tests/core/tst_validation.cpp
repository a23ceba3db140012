#include "Badge.h"
#include "BadgeValidator.h"
#include "BanRequest.h"
#include "ChatMessage.h"
#include "JsonParse.h"
#include "ModeratorGrant.h"
#include "SeedExamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    // ValidationResult
    void resultCollectsIssues();

    // BadgeValidator
    void validBadgePasses();
    void everyFieldNameIsAJsonName();
    void requiredTexts_data();
    void requiredTexts();
    void lengthLimits_data();
    void lengthLimits();
    void limitMessagesGiveBothCounts();
    void longLabelIsOnlyAWarning_data();
    void longLabelIsOnlyAWarning();
    void colours_data();
    void colours();
    void emptyTextColourExplainsTheFallback();
    void pictures_data();
    void pictures();
    void dataIsFreeForm();
    void triggerRules_data();
    void triggerRules();
    void triggerFollowsSchema_data();
    void triggerFollowsSchema();

    // BanRequest
    void banRules_data();
    void banRules();

    // ModeratorGrant, ChatMessage
    void moderatorRules_data();
    void moderatorRules();
    void messageRules_data();
    void messageRules();
};

namespace {

Badge validBadge()
{
    Badge badge;
    badge.text = u"best"_s;
    badge.backgroundColor = u"#ea00fc"_s;
    badge.textColor = u"#000000"_s;
    badge.tooltip = u"Send 10 messages"_s;
    badge.communicationTitle = u"Congratulations"_s;
    badge.communicationText = u"You earned a badge"_s;
    return badge;
}

QJsonValue parse(const char *json)
{
    return JsonParse::parse(json).value;
}

QStringList fieldsWith(const ValidationResult &result, FieldIssue::Severity severity)
{
    QStringList fields;
    for (const FieldIssue &issue : result.issues()) {
        if (issue.severity == severity)
            fields.append(issue.field);
    }
    return fields;
}

QString dump(const ValidationResult &result)
{
    QStringList lines;
    for (const FieldIssue &issue : result.issues()) {
        lines.append(u"%1 %2: %3"_s.arg(
            issue.severity == FieldIssue::Severity::Error ? u"error"_s : u"warning"_s, issue.field,
            issue.message));
    }
    return lines.join(u'\n');
}

const QDateTime Now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

} // namespace

void TestValidation::resultCollectsIssues()
{
    ValidationResult result;
    QVERIFY(result.ok());
    QVERIFY(result.issues().isEmpty());

    result.addWarning(u"a"_s, u"careful"_s);
    QVERIFY(result.ok()); // warnings do not block
    QVERIFY(result.errors().isEmpty());

    result.addError(u"b"_s, u"broken"_s);
    result.addError(u"a"_s, u"also broken"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.issues().size(), 3);
    QCOMPARE(result.errors().size(), 2);
    QCOMPARE(result.errors().first().field, u"b"_s);
    QCOMPARE(result.messagesFor(u"a"_s), (QStringList {u"careful"_s, u"also broken"_s}));
    QCOMPARE(result.messagesFor(u"c"_s), QStringList());
}

void TestValidation::validBadgePasses()
{
    const ValidationResult result = BadgeValidator::validate(validBadge());
    QVERIFY2(result.ok() && result.issues().isEmpty(), qPrintable(dump(result)));

    // The docs' create example, as sent, is valid too.
    const Decoded<Badge> seed = Badge::fromJson(parse(SeedExamples::CreateRequest));
    QVERIFY(seed.ok());
    const ValidationResult seedResult = BadgeValidator::validate(seed.value);
    QVERIFY2(seedResult.ok() && seedResult.issues().isEmpty(), qPrintable(dump(seedResult)));
}

void TestValidation::everyFieldNameIsAJsonName()
{
    Badge broken;
    broken.communicationPic = u"ftp://x"_s;
    broken.pic = u""_s;
    broken.trigger = QJsonArray {};
    const ValidationResult result = BadgeValidator::validate(broken);
    const QStringList jsonNames = validBadge().toRequestJson().keys();
    QCOMPARE(result.errors().size(), 9);
    for (const FieldIssue &issue : result.issues())
        QVERIFY2(jsonNames.contains(issue.field), qPrintable(issue.field));
}

void TestValidation::requiredTexts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    for (const QString &field :
         {u"text"_s, u"tooltip"_s, u"communicationTitle"_s, u"communicationText"_s}) {
        QTest::addRow("%s empty", qPrintable(field)) << field << QString();
        QTest::addRow("%s blank", qPrintable(field)) << field << u" \t\n"_s;
    }
}

void TestValidation::requiredTexts()
{
    QFETCH(QString, field);
    QFETCH(QString, value);

    Badge badge = validBadge();
    QJsonObject json = badge.toJson();
    json.insert(field, value);
    badge = Badge::fromJson(json).value;

    const ValidationResult result = BadgeValidator::validate(badge);
    QVERIFY(!result.ok());
    QCOMPARE(fieldsWith(result, FieldIssue::Severity::Error), QStringList {field});
    QVERIFY(!result.messagesFor(field).first().isEmpty());
}

void TestValidation::lengthLimits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");

    const QList<QPair<QString, int>> limits {{u"tooltip"_s, BadgeValidator::TooltipMax},
                                             {u"communicationTitle"_s, BadgeValidator::TitleMax},
                                             {u"communicationText"_s, BadgeValidator::TextMax}};
    QCOMPARE(BadgeValidator::TooltipMax, 140);
    QCOMPARE(BadgeValidator::TitleMax, 140);
    QCOMPARE(BadgeValidator::TextMax, 180);

    for (const auto &[field, limit] : limits) {
        const QByteArray nameBytes = field.toUtf8();
        const char *name = nameBytes.constData();
        QTest::addRow("%s ascii at limit", name) << field << QString(limit, u'a') << true;
        QTest::addRow("%s ascii over", name) << field << QString(limit + 1, u'a') << false;
        // 👍 is two UTF-16 units but one code point: the limit must not be halved.
        QTest::addRow("%s thumbs at limit", name) << field << u"👍"_s.repeated(limit) << true;
        QTest::addRow("%s thumbs over", name) << field << u"👍"_s.repeated(limit + 1) << false;
        // 👍🏽 is two code points but one grapheme: the server counts two.
        QTest::addRow("%s toned at limit", name)
            << field << u"👍🏽"_s.repeated(limit / 2) << true;
        QTest::addRow("%s toned over", name)
            << field << u"👍🏽"_s.repeated(limit / 2) + u"a"_s << false;
        QTest::addRow("%s toned, few graphemes but too many code points", name)
            << field << u"👍🏽"_s.repeated(limit / 2 + 1) << false;
        QTest::addRow("%s combining accents", name)
            << field << u"e\u0301"_s.repeated(limit / 2 + 1) << false;
    }
}

void TestValidation::lengthLimits()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);

    QJsonObject json = validBadge().toJson();
    json.insert(field, value);
    const ValidationResult result = BadgeValidator::validate(Badge::fromJson(json).value);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(fieldsWith(result, FieldIssue::Severity::Error),
             ok ? QStringList() : QStringList {field});
}

void TestValidation::limitMessagesGiveBothCounts()
{
    Badge ascii = validBadge();
    ascii.tooltip = QString(141, u'a');
    const QString asciiMessage = BadgeValidator::validate(ascii).messagesFor(u"tooltip"_s).value(0);
    QVERIFY2(asciiMessage.contains(u"141"_s), qPrintable(asciiMessage));
    QVERIFY2(asciiMessage.contains(u"140"_s), qPrintable(asciiMessage));
    QVERIFY2(!asciiMessage.contains(u"as shown"_s), qPrintable(asciiMessage));

    // 13 toned thumbs (26 code points) + 115 letters: 141 code points, 128 graphemes.
    Badge toned = validBadge();
    toned.tooltip = u"👍🏽"_s.repeated(13) + QString(115, u'a');
    const QString tonedMessage = BadgeValidator::validate(toned).messagesFor(u"tooltip"_s).value(0);
    QVERIFY2(tonedMessage.contains(u"141 characters as the server counts them"_s),
             qPrintable(tonedMessage));
    QVERIFY2(tonedMessage.contains(u"128 as shown"_s), qPrintable(tonedMessage));
    QVERIFY2(tonedMessage.contains(u"140"_s), qPrintable(tonedMessage));

    Badge text = validBadge();
    text.communicationText = QString(181, u'x');
    const QString textMessage =
        BadgeValidator::validate(text).messagesFor(u"communicationText"_s).value(0);
    QVERIFY2(textMessage.contains(u"181"_s) && textMessage.contains(u"180"_s),
             qPrintable(textMessage));
}

void TestValidation::longLabelIsOnlyAWarning_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warned");

    QTest::newRow("12 letters") << QString(12, u'a') << false;
    QTest::newRow("13 letters") << QString(13, u'a') << true;
    // Counted as the user sees it: 12 toned thumbs are 24 code points but 12 characters.
    QTest::newRow("12 toned thumbs") << u"👍🏽"_s.repeated(12) << false;
    QTest::newRow("13 flags") << u"🇩🇪"_s.repeated(13) << true;
    QTest::newRow("one emoji") << u"👨‍👩‍👧"_s << false;
}

void TestValidation::longLabelIsOnlyAWarning()
{
    QFETCH(QString, text);
    QFETCH(bool, warned);

    Badge badge = validBadge();
    badge.text = text;
    const ValidationResult result = BadgeValidator::validate(badge);
    QVERIFY(result.ok());
    QCOMPARE(fieldsWith(result, FieldIssue::Severity::Warning),
             warned ? QStringList {u"text"_s} : QStringList());
    if (warned) {
        const QString message = result.messagesFor(u"text"_s).first();
        QVERIFY2(message.contains(u"cut in the chat"_s), qPrintable(message));
    }
}

void TestValidation::colours_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");

    for (const QString &field : {u"backgroundColor"_s, u"textColor"_s}) {
        const QByteArray nameBytes = field.toUtf8();
        const char *name = nameBytes.constData();
        QTest::addRow("%s #rrggbb", name) << field << u"#ea00fc"_s << true;
        QTest::addRow("%s #RRGGBB", name) << field << u"#EA00FC"_s << true;
        QTest::addRow("%s #rgb", name) << field << u"#abc"_s << true;
        QTest::addRow("%s #rrggbbaa", name) << field << u"#ea00fc80"_s << true;
        QTest::addRow("%s empty", name) << field << QString() << false;
        QTest::addRow("%s no hash", name) << field << u"ea00fc"_s << false;
        QTest::addRow("%s name", name) << field << u"red"_s << false;
        QTest::addRow("%s padded", name) << field << u" #ea00fc"_s << false;
        QTest::addRow("%s five digits", name) << field << u"#ea00f"_s << false;
    }
}

void TestValidation::colours()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);

    QJsonObject json = validBadge().toJson();
    json.insert(field, value);
    const ValidationResult result = BadgeValidator::validate(Badge::fromJson(json).value);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(fieldsWith(result, FieldIssue::Severity::Error),
             ok ? QStringList() : QStringList {field});
    if (!ok && !value.isEmpty())
        QVERIFY2(result.messagesFor(field).first().contains(value), qPrintable(dump(result)));
}

void TestValidation::emptyTextColourExplainsTheFallback()
{
    // The seed's list really has "textColor": "" (§4.4).
    const Decoded<QList<Badge>> list = Badge::listFromJson(parse(SeedExamples::ListResponse));
    QVERIFY(list.ok());
    const ValidationResult result = BadgeValidator::validate(list.value.first());
    QCOMPARE(fieldsWith(result, FieldIssue::Severity::Error), QStringList {u"textColor"_s});
    const QString message = result.messagesFor(u"textColor"_s).first();
    QVERIFY2(message.contains(u"empty"_s), qPrintable(message));
    QVERIFY2(message.contains(u"default"_s), qPrintable(message));

    // And the background colour gets a message of its own.
    Badge noBackground = validBadge();
    noBackground.backgroundColor.clear();
    const QString other =
        BadgeValidator::validate(noBackground).messagesFor(u"backgroundColor"_s).first();
    QVERIFY(other != message);
}

void TestValidation::pictures_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<std::optional<QString>>("value");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");

    for (const QString &field : {u"communicationPic"_s, u"pic"_s}) {
        const QByteArray nameBytes = field.toUtf8();
        const char *name = nameBytes.constData();
        QTest::addRow("%s unset", name) << field << std::optional<QString>() << 0 << 0;
        QTest::addRow("%s https", name)
            << field << std::optional(u"https://cdn.example.com/badge.png"_s) << 0 << 0;
        QTest::addRow("%s HTTPS upper", name)
            << field << std::optional(u"HTTPS://CDN.example.com/b.png"_s) << 0 << 0;
        QTest::addRow("%s http", name)
            << field << std::optional(u"http://cdn.example.com/badge.png"_s) << 0 << 1;
        QTest::addRow("%s empty", name) << field << std::optional(QString()) << 1 << 0;
        QTest::addRow("%s ftp", name)
            << field << std::optional(u"ftp://cdn.example.com/b.png"_s) << 1 << 0;
        QTest::addRow("%s data URI", name)
            << field << std::optional(u"data:image/png;base64,iVBORw0KGgo="_s) << 1 << 0;
        QTest::addRow("%s relative", name) << field << std::optional(u"/img/b.png"_s) << 1 << 0;
        QTest::addRow("%s no host", name) << field << std::optional(u"https:///b.png"_s) << 1 << 0;
        QTest::addRow("%s words", name) << field << std::optional(u"my picture"_s) << 1 << 0;
    }
}

void TestValidation::pictures()
{
    QFETCH(QString, field);
    QFETCH(std::optional<QString>, value);
    QFETCH(int, errors);
    QFETCH(int, warnings);

    Badge badge = validBadge();
    (field == u"pic"_s ? badge.pic : badge.communicationPic) = value;
    const ValidationResult result = BadgeValidator::validate(badge);
    QCOMPARE(fieldsWith(result, FieldIssue::Severity::Error).size(), errors);
    QCOMPARE(fieldsWith(result, FieldIssue::Severity::Warning).size(), warnings);
    for (const FieldIssue &issue : result.issues())
        QCOMPARE(issue.field, field);
}

void TestValidation::dataIsFreeForm()
{
    for (const QString &data :
         {QString(), u"{\"tier\": 2}"_s, u"not json at all"_s, QString(100000, u'x')}) {
        Badge badge = validBadge();
        badge.data = data;
        const ValidationResult result = BadgeValidator::validate(badge);
        QVERIFY2(result.ok() && result.issues().isEmpty(), qPrintable(dump(result)));
    }
}

void TestValidation::triggerRules_data()
{
    QTest::addColumn<QJsonValue>("trigger");
    QTest::addColumn<int>("errors");

    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 0;
    QTest::newRow("schema example") << parse(SeedExamples::TriggerExample) << 0;
    QTest::newRow("first message alone")
        << parse(R"({"conditions": [{"type": "FIRST_MESSAGE"}], "duration": null})") << 0;
    QTest::newRow("no period, no duration")
        << parse(R"({"conditions": [{"type": "VISITS", "threshold": 1}]})") << 0;
    QTest::newRow("threshold as 5.0")
        << parse(R"({"conditions": [{"type": "VISITS", "threshold": 5.0}]})") << 0;
    QTest::newRow("unknown keys kept")
        << parse(R"({"conditions": [{"type": "VISITS", "threshold": 1, "note": "x"}], "v": 2})")
        << 0;

    QTest::newRow("array") << QJsonValue(QJsonArray {}) << 1;
    QTest::newRow("string") << QJsonValue(u"MESSAGES>10"_s) << 1;
    QTest::newRow("number") << QJsonValue(10) << 1;
    QTest::newRow("no conditions") << parse(R"({"conditions": []})") << 1;
    QTest::newRow("duplicate type") << parse(R"({"conditions": [
        {"type": "MESSAGES", "threshold": 1}, {"type": "MESSAGES", "threshold": 5}]})")
                                    << 1;
    QTest::newRow("first message with another") << parse(R"({"conditions": [
        {"type": "FIRST_MESSAGE"}, {"type": "VISITS", "threshold": 2}]})")
                                                << 1;
    QTest::newRow("first message twice")
        << parse(R"({"conditions": [{"type": "FIRST_MESSAGE"}, {"type": "FIRST_MESSAGE"}]})") << 1;
    QTest::newRow("threshold 0") << parse(
        R"({"conditions": [{"type": "MESSAGES", "threshold": 0}]})")
                                 << 1;
    QTest::newRow("threshold negative")
        << parse(R"({"conditions": [{"type": "MESSAGES", "threshold": -4}]})") << 1;
    QTest::newRow("threshold fraction")
        << parse(R"({"conditions": [{"type": "MESSAGES", "threshold": 1.5}]})") << 1;
    QTest::newRow("threshold string")
        << parse(R"({"conditions": [{"type": "MESSAGES", "threshold": "10"}]})") << 1;
    QTest::newRow("threshold missing") << parse(R"({"conditions": [{"type": "MESSAGES"}]})") << 1;
    QTest::newRow("rolling 0 days") << parse(R"({"conditions": [{"type": "STREAK",
        "threshold": 3, "period": {"kind": "ROLLING", "days": 0}}]})")
                                    << 1;
    QTest::newRow("rolling without days") << parse(R"({"conditions": [{"type": "STREAK",
        "threshold": 3, "period": {"kind": "ROLLING"}}]})")
                                          << 1;
    QTest::newRow("custom from == to") << parse(R"({"conditions": [{"type": "STREAK",
        "threshold": 3, "period": {"kind": "CUSTOM", "from": "2025-01-01T00:00:00.000Z",
        "to": "2025-01-01T00:00:00.000Z"}}]})")
                                       << 1;
    QTest::newRow("custom from > to") << parse(R"({"conditions": [{"type": "STREAK",
        "threshold": 3, "period": {"kind": "CUSTOM", "from": "2025-02-01T00:00:00.000Z",
        "to": "2025-01-01T00:00:00.000Z"}}]})")
                                      << 1;
    QTest::newRow("custom unreadable date") << parse(R"({"conditions": [{"type": "STREAK",
        "threshold": 3, "period": {"kind": "CUSTOM", "from": "last week",
        "to": "2025-01-01T00:00:00.000Z"}}]})")
                                            << 1;
    QTest::newRow("unknown period kind") << parse(R"({"conditions": [{"type": "STREAK",
        "threshold": 3, "period": {"kind": "WEEKLY"}}]})")
                                         << 1;
    QTest::newRow("period not an object") << parse(R"({"conditions": [{"type": "STREAK",
        "threshold": 3, "period": 7}]})") << 1;
    QTest::newRow("duration 0 days")
        << parse(R"({"conditions": [{"type": "VISITS", "threshold": 1}], "duration": {"days": 0}})")
        << 1;
    QTest::newRow("duration without days")
        << parse(R"({"conditions": [{"type": "VISITS", "threshold": 1}], "duration": {}})") << 1;
    QTest::newRow("everything wrong") << parse(R"({"conditions": [
        {"type": "FIRST_MESSAGE"}, {"type": "MESSAGES", "threshold": 0},
        {"type": "MESSAGES", "threshold": 2, "period": {"kind": "ROLLING", "days": -1}}],
        "duration": {"days": 0.5}})") << 5;

    // Not the §4.8 shape: configured elsewhere and sent back unchanged, so no errors.
    QTest::newRow("foreign object") << parse(R"({"rules": [{"when": "always"}]})") << 0;
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << 0;
    QTest::newRow("unknown condition type")
        << parse(R"({"conditions": [{"type": "POLL_WINS", "threshold": 0}]})") << 0;
    QTest::newRow("conditions not a list") << parse(R"({"conditions": {"type": "VISITS"}})") << 0;
    QTest::newRow("duration is a number")
        << parse(R"({"conditions": [{"type": "VISITS", "threshold": 0}], "duration": 30})") << 0;
}

void TestValidation::triggerRules()
{
    QFETCH(QJsonValue, trigger);
    QFETCH(int, errors);

    Badge badge = validBadge();
    badge.trigger = trigger;
    const ValidationResult result = BadgeValidator::validate(badge);
    QVERIFY2(result.errors().size() == errors, qPrintable(dump(result)));
    for (const FieldIssue &issue : result.issues())
        QCOMPARE(issue.field, u"trigger"_s);
}

void TestValidation::triggerFollowsSchema_data()
{
    QTest::addColumn<QJsonValue>("trigger");
    QTest::addColumn<bool>("follows");

    QTest::newRow("example") << parse(SeedExamples::TriggerExample) << true;
    QTest::newRow("empty conditions") << parse(R"({"conditions": []})") << true;
    QTest::newRow("null duration")
        << parse(R"({"conditions": [{"type": "QUIZ_ANSWERS"}], "duration": null})") << true;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << false;
    QTest::newRow("condition not an object") << parse(R"({"conditions": ["MESSAGES"]})") << false;
    QTest::newRow("type not a string") << parse(R"({"conditions": [{"type": 1}]})") << false;
    QTest::newRow("lower-case type") << parse(R"({"conditions": [{"type": "messages"}]})") << false;
}

void TestValidation::triggerFollowsSchema()
{
    QFETCH(QJsonValue, trigger);
    QFETCH(bool, follows);
    QCOMPARE(BadgeValidator::triggerFollowsSchema(trigger), follows);
    QCOMPARE(BadgeValidator::triggerTypes().size(), 12);
}

void TestValidation::banRules_data()
{
    QTest::addColumn<BanRequest>("request");
    QTest::addColumn<QStringList>("errorFields");
    QTest::addColumn<QStringList>("warningFields");

    BanRequest valid;
    valid.userId = u"123"_s;
    valid.expires = Now.addDays(1);
    valid.reason = BanReason::Flood;
    valid.description = u"Some text"_s;
    QTest::newRow("valid") << valid << QStringList() << QStringList();

    BanRequest permanent = valid;
    permanent.expires.reset();
    QTest::newRow("permanent") << permanent << QStringList() << QStringList();

    BanRequest noUser = valid;
    noUser.userId = u"  "_s;
    QTest::newRow("no user") << noUser << QStringList {u"userId"_s} << QStringList();

    BanRequest controlChar = valid;
    controlChar.userId = u"12\n3"_s;
    QTest::newRow("control character") << controlChar << QStringList {u"userId"_s} << QStringList();

    BanRequest encrypted = valid;
    encrypted.userId = u"q83vEjRWeJA="_s;
    QTest::newRow("looks encrypted") << encrypted << QStringList() << QStringList {u"userId"_s};

    BanRequest urlEncoded = valid;
    urlEncoded.userId = u"abc%2Bdef"_s;
    QTest::newRow("url encoded") << urlEncoded << QStringList() << QStringList {u"userId"_s};

    BanRequest inRoom = valid;
    inRoom.type = BanType::InRoom;
    inRoom.roomId = u"room-1"_s;
    QTest::newRow("in room") << inRoom << QStringList() << QStringList();

    BanRequest noRoom = inRoom;
    noRoom.roomId.clear();
    QTest::newRow("in room without room") << noRoom << QStringList {u"roomId"_s} << QStringList();

    BanRequest inAppWithRoom = valid;
    inAppWithRoom.roomId = u"room-1"_s;
    QTest::newRow("in app with room")
        << inAppWithRoom << QStringList() << QStringList {u"roomId"_s};

    BanRequest past = valid;
    past.expires = Now.addSecs(-1);
    QTest::newRow("expiry in the past") << past << QStringList {u"expires"_s} << QStringList();

    BanRequest exactlyNow = valid;
    exactlyNow.expires = Now;
    QTest::newRow("expiry now") << exactlyNow << QStringList {u"expires"_s} << QStringList();

    BanRequest localFuture = valid;
    localFuture.expires = Now.addSecs(60).toOffsetFromUtc(-5 * 3600);
    QTest::newRow("future in another zone") << localFuture << QStringList() << QStringList();

    BanRequest invalidExpiry = valid;
    invalidExpiry.expires = QDateTime();
    QTest::newRow("invalid expiry") << invalidExpiry << QStringList {u"expires"_s} << QStringList();

    BanRequest nickname = valid;
    nickname.reason = BanReason::Nickname;
    QTest::newRow("nickname with expiry")
        << nickname << QStringList {u"expires"_s} << QStringList();

    BanRequest nicknamePermanent = nickname;
    nicknamePermanent.expires.reset();
    QTest::newRow("nickname permanent") << nicknamePermanent << QStringList() << QStringList();

    BanRequest unbanWithOldExpiry = past;
    unbanWithOldExpiry.ban = false;
    QTest::newRow("unban ignores expiry") << unbanWithOldExpiry << QStringList() << QStringList();

    BanRequest longNote = valid;
    longNote.description = u"👍"_s.repeated(BanRequest::MaxDescriptionCodePoints);
    QTest::newRow("note at limit") << longNote << QStringList() << QStringList();
    longNote.description += u"a"_s;
    QTest::newRow("note over limit") << longNote << QStringList {u"description"_s} << QStringList();

    BanRequest empty;
    empty.type = BanType::InRoom;
    QTest::newRow("nothing filled in")
        << empty << QStringList {u"userId"_s, u"roomId"_s} << QStringList();
}

void TestValidation::banRules()
{
    QFETCH(BanRequest, request);
    QFETCH(QStringList, errorFields);
    QFETCH(QStringList, warningFields);

    const ValidationResult result = request.validate(Now);
    QCOMPARE(result.ok(), errorFields.isEmpty());
    QVERIFY2(fieldsWith(result, FieldIssue::Severity::Error) == errorFields,
             qPrintable(dump(result)));
    QVERIFY2(fieldsWith(result, FieldIssue::Severity::Warning) == warningFields,
             qPrintable(dump(result)));
}

void TestValidation::moderatorRules_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("roomId");
    QTest::addColumn<QStringList>("errorFields");

    QTest::newRow("valid") << u"123"_s << u"room-1"_s << QStringList();
    QTest::newRow("no user") << QString() << u"room-1"_s << QStringList {u"decryptedUserId"_s};
    QTest::newRow("no room") << u"123"_s << u" "_s << QStringList {u"roomId"_s};
    QTest::newRow("neither") << QString() << QString()
                             << QStringList {u"decryptedUserId"_s, u"roomId"_s};
    QTest::newRow("tab in room") << u"123"_s << u"room\t1"_s << QStringList {u"roomId"_s};
}

void TestValidation::moderatorRules()
{
    QFETCH(QString, userId);
    QFETCH(QString, roomId);
    QFETCH(QStringList, errorFields);

    ModeratorGrant grant;
    grant.decryptedUserId = userId;
    grant.roomId = roomId;
    const ValidationResult result = grant.validate();
    QVERIFY2(fieldsWith(result, FieldIssue::Severity::Error) == errorFields,
             qPrintable(dump(result)));
}

void TestValidation::messageRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QStringList>("errorFields");

    const int max = ChatMessage::MaxTextCodePoints;
    QCOMPARE(max, 4000);
    QTest::newRow("valid") << u"Hello"_s << u"1"_s << QStringList();
    QTest::newRow("empty") << QString() << u"1"_s << QStringList {u"text"_s};
    QTest::newRow("blank") << u" \n "_s << u"1"_s << QStringList {u"text"_s};
    QTest::newRow("at limit") << QString(max, u'a') << u"1"_s << QStringList();
    QTest::newRow("over limit") << QString(max + 1, u'a') << u"1"_s << QStringList {u"text"_s};
    QTest::newRow("emoji at limit") << u"👍"_s.repeated(max) << u"1"_s << QStringList();
    QTest::newRow("emoji over limit")
        << u"👍"_s.repeated(max + 1) << u"1"_s << QStringList {u"text"_s};
    QTest::newRow("no user") << u"Hello"_s << QString() << QStringList {u"userId"_s};
}

void TestValidation::messageRules()
{
    QFETCH(QString, text);
    QFETCH(QString, userId);
    QFETCH(QStringList, errorFields);

    ChatMessage message;
    message.userId = userId;
    message.roomId = u"room-1"_s;
    message.text = text;
    const ValidationResult result = message.validate();
    QVERIFY2(fieldsWith(result, FieldIssue::Severity::Error) == errorFields,
             qPrintable(dump(result)));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
