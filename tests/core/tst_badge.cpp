#include "Badge.h"
#include "BadgeValidator.h"
#include "JsonParse.h"
#include "SeedExamples.h"
#include "SentMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestBadge : public QObject
{
    Q_OBJECT

private slots:
    void decodesSeedList();
    void decodesSeedGetAndCreateResponses();
    void createRequestMatchesTheSeed();
    void updateRequestCarriesTheSeedsFields();
    void requestJsonNeverCarriesIdOrUserCount();
    void toJsonAddsIdAndUserCountWhenKnown();
    void unknownFieldsRoundTrip();
    void nullsAndMissingFieldsAreTolerated();
    void wrongTypesAreErrors_data();
    void wrongTypesAreErrors();
    void integerFields_data();
    void integerFields();
    void trigger_data();
    void trigger();
    void topLevelMustBeAnObject_data();
    void topLevelMustBeAnObject();
    void listShapes_data();
    void listShapes();
    void listErrorsNameTheItem();
    void fuzzRandomBytes();
    void fuzzMutatedDocuments();
    void fuzzRandomValues();
};

namespace {

QJsonValue parse(const char *json)
{
    const Decoded<QJsonValue> parsed = JsonParse::parse(json);
    if (!parsed.ok())
        qFatal("test data does not parse: %s", qPrintable(parsed.error));
    return parsed.value;
}

const QStringList StringFields {u"text"_s,    u"backgroundColor"_s,    u"textColor"_s,
                                u"tooltip"_s, u"communicationTitle"_s, u"communicationText"_s};
const QStringList OptionalStringFields {u"communicationPic"_s, u"pic"_s, u"data"_s};
const QStringList CountFields {u"id"_s, u"userCount"_s};

// Whatever came in must survive toJson() -> fromJson() unchanged: that is what lets the app
// send a badge back without losing what it did not understand.
void verifyRoundTrip(const Badge &badge)
{
    const Decoded<Badge> again = Badge::fromJson(badge.toJson());
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.value, badge);
    const QJsonObject request = badge.toRequestJson();
    QVERIFY(!request.contains(u"id"_s));
    QVERIFY(!request.contains(u"userCount"_s));
}

// Runs every decoder on one parsed value and checks the Decoded contract.
void exerciseDecoders(const QJsonValue &value)
{
    const Decoded<Badge> badge = Badge::fromJson(value);
    if (badge.ok()) {
        verifyRoundTrip(badge.value);
        (void)BadgeValidator::validate(badge.value);
    } else {
        QCOMPARE(badge.value, Badge());
    }

    const Decoded<QList<Badge>> list = Badge::listFromJson(value);
    if (list.ok()) {
        for (const Badge &item : list.value)
            verifyRoundTrip(item);
    } else {
        QVERIFY(list.value.isEmpty());
    }

    const Decoded<SentMessage> message = SentMessage::fromJson(value);
    if (!message.ok())
        QCOMPARE(message.value.id, 0);
    else
        QVERIFY(value.isObject());
}

// Parses and decodes arbitrary bytes; counts the ones that were valid JSON.
void exerciseBytes(const QByteArray &bytes, int &validCount)
{
    const Decoded<QJsonValue> parsed = JsonParse::parse(bytes);
    if (!parsed.ok()) {
        QCOMPARE(parsed.value, QJsonValue());
        return;
    }
    ++validCount;
    exerciseDecoders(parsed.value);
}

} // namespace

void TestBadge::decodesSeedList()
{
    const Decoded<QList<Badge>> list = Badge::listFromJson(parse(SeedExamples::ListResponse));
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.value.size(), 1);

    const Badge &badge = list.value.first();
    QCOMPARE(badge.id, std::optional<qint64>(1));
    QCOMPARE(badge.text, u"cool"_s);
    QCOMPARE(badge.backgroundColor, u"#ea00fc"_s);
    QCOMPARE(badge.textColor, u""_s); // real data: kept, flagged by the validator
    QCOMPARE(badge.tooltip, u"5555"_s);
    QCOMPARE(badge.communicationPic, std::optional<QString>());
    QCOMPARE(badge.communicationText, u"11111"_s);
    QCOMPARE(badge.communicationTitle, u"11111"_s);
    QCOMPARE(badge.userCount, std::optional<qint64>(1));
    QVERIFY(!badge.pic);
    QVERIFY(!badge.data);
    QVERIFY(badge.trigger.isNull());
    QVERIFY(badge.extra.isEmpty());
    verifyRoundTrip(badge);
}

void TestBadge::decodesSeedGetAndCreateResponses()
{
    const Decoded<Badge> got = Badge::fromJson(parse(SeedExamples::GetResponse));
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.value.id, std::optional<qint64>(1));
    QCOMPARE(got.value.userCount, std::optional<qint64>()); // absent from get (§4.5)
    QCOMPARE(got.value.textColor, QString());

    const Decoded<Badge> created = Badge::fromJson(parse(SeedExamples::CreateResponse));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.value.id, std::optional<qint64>(3));
    QCOMPARE(created.value.text, u"best"_s);
    QCOMPARE(created.value.textColor, u"#000000"_s);
    QVERIFY(created.value.extra.isEmpty());
}

void TestBadge::createRequestMatchesTheSeed()
{
    const QJsonObject seed = parse(SeedExamples::CreateRequest).toObject();
    const Decoded<Badge> badge = Badge::fromJson(seed);
    QVERIFY2(badge.ok(), qPrintable(badge.error));
    QVERIFY(!badge.value.id);

    // The seed's body, plus pic, data and trigger sent as null (see Badge::toRequestJson).
    QJsonObject expected = seed;
    expected.insert(u"pic"_s, QJsonValue::Null);
    expected.insert(u"data"_s, QJsonValue::Null);
    expected.insert(u"trigger"_s, QJsonValue::Null);
    QCOMPARE(badge.value.toRequestJson(), expected);
}

void TestBadge::updateRequestCarriesTheSeedsFields()
{
    Decoded<Badge> badge = Badge::fromJson(parse(SeedExamples::CreateResponse));
    QVERIFY(badge.ok());
    badge.value.text = u"best100"_s;

    const QJsonObject seed = parse(SeedExamples::UpdateRequest).toObject();
    const QJsonObject request = badge.value.toRequestJson();
    for (auto it = seed.constBegin(); it != seed.constEnd(); ++it)
        QCOMPARE(request.value(it.key()), it.value());
    QCOMPARE(request.size(), seed.size() + 3);
}

void TestBadge::requestJsonNeverCarriesIdOrUserCount()
{
    Badge badge;
    badge.id = 5;
    badge.userCount = 9;
    badge.extra.insert(u"id"_s, 77); // a stale copy must not leak either
    badge.extra.insert(u"userCount"_s, 78);
    badge.extra.insert(u"text"_s, u"stale"_s);
    badge.text = u"fresh"_s;

    const QJsonObject request = badge.toRequestJson();
    QVERIFY(!request.contains(u"id"_s));
    QVERIFY(!request.contains(u"userCount"_s));
    QCOMPARE(request.value(u"text"_s), QJsonValue(u"fresh"_s));

    const QJsonObject full = badge.toJson();
    QCOMPARE(full.value(u"id"_s), QJsonValue(5));
    QCOMPARE(full.value(u"userCount"_s), QJsonValue(9));
    QCOMPARE(full.value(u"text"_s), QJsonValue(u"fresh"_s));
}

void TestBadge::toJsonAddsIdAndUserCountWhenKnown()
{
    Badge badge;
    QVERIFY(!badge.toJson().contains(u"id"_s));
    QVERIFY(!badge.toJson().contains(u"userCount"_s));

    badge.id = 0;
    badge.userCount = 0;
    QCOMPARE(badge.toJson().value(u"id"_s), QJsonValue(0));
    QCOMPARE(badge.toJson().value(u"userCount"_s), QJsonValue(0));

    badge.id = std::numeric_limits<qint64>::max();
    const Decoded<Badge> again = Badge::fromJson(badge.toJson());
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.value.id, badge.id);
}

void TestBadge::unknownFieldsRoundTrip()
{
    const QJsonValue json = parse(R"({
        "id": 8, "text": "vip", "backgroundColor": "#ea00fc", "textColor": "#000000",
        "tooltip": "t", "communicationPic": "https://cdn.example/p.png",
        "communicationTitle": "T", "communicationText": "X",
        "pic": "https://cdn.example/i.png", "data": "{\"tier\":2}",
        "trigger": {"rules": [{"kind": "custom"}], "v": 2},
        "createdAt": "2025-01-01T00:00:00.000Z", "sortOrder": 3,
        "meta": {"nested": [1, null, true]}, "nothing": null
    })");
    const Decoded<Badge> badge = Badge::fromJson(json);
    QVERIFY2(badge.ok(), qPrintable(badge.error));
    QCOMPARE(badge.value.extra.size(), 4);
    QCOMPARE(badge.value.extra.value(u"sortOrder"_s), QJsonValue(3));
    QCOMPARE(badge.value.extra.value(u"nothing"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(badge.value.communicationPic, std::optional(u"https://cdn.example/p.png"_s));
    QCOMPARE(badge.value.data, std::optional(u"{\"tier\":2}"_s));
    QCOMPARE(badge.value.trigger, json.toObject().value(u"trigger"_s));

    // Every field, known or not, goes out exactly as it came in.
    QCOMPARE(badge.value.toJson(), json.toObject());
    QJsonObject withoutIds = json.toObject();
    withoutIds.remove(u"id"_s);
    QCOMPARE(badge.value.toRequestJson(), withoutIds);
    verifyRoundTrip(badge.value);
}

void TestBadge::nullsAndMissingFieldsAreTolerated()
{
    QJsonObject allNull;
    for (const QString &key : StringFields + OptionalStringFields + CountFields)
        allNull.insert(key, QJsonValue::Null);
    allNull.insert(u"trigger"_s, QJsonValue::Null);

    for (const QJsonObject &json : {allNull, QJsonObject()}) {
        const Decoded<Badge> badge = Badge::fromJson(json);
        QVERIFY2(badge.ok(), qPrintable(badge.error));
        QCOMPARE(badge.value, Badge());
        QVERIFY(badge.value.extra.isEmpty());
    }
}

void TestBadge::wrongTypesAreErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    const QList<QPair<const char *, QJsonValue>> wrong {
        {"number", QJsonValue(42)},           {"zero", QJsonValue(0)},
        {"true", QJsonValue(true)},           {"false", QJsonValue(false)},
        {"array", QJsonValue(QJsonArray {})}, {"object", QJsonValue(QJsonObject {})},
    };
    for (const QString &field : StringFields + OptionalStringFields) {
        for (const auto &[name, value] : wrong)
            QTest::addRow("%s %s", qPrintable(field), name) << field << value;
    }
    for (const auto &[name, value] : wrong) {
        if (!value.isObject())
            QTest::addRow("trigger %s", name) << u"trigger"_s << value;
    }
    QTest::newRow("trigger string") << u"trigger"_s << QJsonValue(u"{}"_s);
}

void TestBadge::wrongTypesAreErrors()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    QJsonObject json = parse(SeedExamples::CreateResponse).toObject();
    json.insert(field, value);
    const Decoded<Badge> badge = Badge::fromJson(json);
    QVERIFY(!badge.ok());
    QVERIFY2(badge.error.contains(u"“%1”"_s.arg(field)), qPrintable(badge.error));
    QVERIFY2(badge.error.contains(JsonParse::describe(value)), qPrintable(badge.error));
    QCOMPARE(badge.value, Badge());
}

void TestBadge::integerFields_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<std::optional<qint64>>("expected"); // nullopt: an error

    const std::optional<qint64> error;
    QTest::newRow("integer") << QJsonValue(7) << std::optional<qint64>(7);
    QTest::newRow("zero") << QJsonValue(0) << std::optional<qint64>(0);
    QTest::newRow("integral double") << QJsonValue(7.0) << std::optional<qint64>(7);
    QTest::newRow("numeric string") << QJsonValue(u"7"_s) << std::optional<qint64>(7);
    QTest::newRow("large") << QJsonValue(qint64(9007199254740993))
                           << std::optional<qint64>(9007199254740993);
    QTest::newRow("fraction") << QJsonValue(1.5) << error;
    QTest::newRow("negative") << QJsonValue(-1) << error;
    QTest::newRow("negative string") << QJsonValue(u"-3"_s) << error;
    QTest::newRow("out of range") << QJsonValue(1e30) << error;
    QTest::newRow("string out of range") << QJsonValue(u"99999999999999999999"_s) << error;
    QTest::newRow("word") << QJsonValue(u"abc"_s) << error;
    QTest::newRow("padded string") << QJsonValue(u"7 "_s) << error;
    QTest::newRow("empty string") << QJsonValue(u""_s) << error;
    QTest::newRow("bool") << QJsonValue(true) << error;
    QTest::newRow("array") << QJsonValue(QJsonArray {7}) << error;
    QTest::newRow("object") << QJsonValue(QJsonObject {{u"id"_s, 7}}) << error;
}

void TestBadge::integerFields()
{
    QFETCH(QJsonValue, value);
    QFETCH(std::optional<qint64>, expected);

    for (const QString &field : CountFields) {
        const Decoded<Badge> badge = Badge::fromJson(QJsonObject {{field, value}});
        QCOMPARE(badge.ok(), expected.has_value());
        if (expected) {
            QCOMPARE(field == u"id"_s ? badge.value.id : badge.value.userCount, expected);
        } else {
            QVERIFY2(badge.error.contains(u"“%1”"_s.arg(field)), qPrintable(badge.error));
            QVERIFY2(badge.error.contains(u"whole number"_s), qPrintable(badge.error));
        }
    }
}

void TestBadge::trigger_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QJsonValue>("expected");

    const QJsonValue example = parse(SeedExamples::TriggerExample);
    QTest::newRow("schema example") << QJsonObject {{u"trigger"_s, example}} << example;
    const QJsonValue foreign = parse(R"({"anything": ["goes", 1]})");
    QTest::newRow("foreign object") << QJsonObject {{u"trigger"_s, foreign}} << foreign;
    QTest::newRow("empty object") << QJsonObject {{u"trigger"_s, QJsonObject()}}
                                  << QJsonValue(QJsonObject());
    QTest::newRow("null") << QJsonObject {{u"trigger"_s, QJsonValue::Null}}
                          << QJsonValue(QJsonValue::Null);
    QTest::newRow("missing") << QJsonObject() << QJsonValue(QJsonValue::Null);
}

void TestBadge::trigger()
{
    QFETCH(QJsonObject, json);
    QFETCH(QJsonValue, expected);

    const Decoded<Badge> badge = Badge::fromJson(json);
    QVERIFY2(badge.ok(), qPrintable(badge.error));
    QCOMPARE(badge.value.trigger, expected);
    QCOMPARE(badge.value.toRequestJson().value(u"trigger"_s), expected);
}

void TestBadge::topLevelMustBeAnObject_data()
{
    QTest::addColumn<QJsonValue>("json");

    QTest::newRow("array") << QJsonValue(QJsonArray {QJsonObject {}});
    QTest::newRow("string") << QJsonValue(u"badge"_s);
    QTest::newRow("number") << QJsonValue(3);
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
}

void TestBadge::topLevelMustBeAnObject()
{
    QFETCH(QJsonValue, json);

    const Decoded<Badge> badge = Badge::fromJson(json);
    QVERIFY(!badge.ok());
    QVERIFY2(badge.error.contains(u"object"_s), qPrintable(badge.error));
    QVERIFY2(badge.error.contains(JsonParse::describe(json)), qPrintable(badge.error));
}

void TestBadge::listShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count"); // -1: an error

    QTest::newRow("bare array") << QByteArray(SeedExamples::ListResponse) << 1;
    QTest::newRow("empty array") << QByteArray("[]") << 0;
    QTest::newRow("data") << QByteArray(R"({"data": [{"id": 1}, {"id": 2}], "hasNext": false})")
                          << 2;
    QTest::newRow("items") << QByteArray(R"({"items": [{"id": 1}], "total": 1})") << 1;
    QTest::newRow("data wins over items")
        << QByteArray(R"({"data": [{"id": 1}], "items": [{"id": 1}, {"id": 2}]})") << 1;
    QTest::newRow("items when data is not a list")
        << QByteArray(R"({"data": null, "items": [{"id": 1}]})") << 1;
    QTest::newRow("empty object") << QByteArray("{}") << -1;
    QTest::newRow("single badge") << QByteArray(SeedExamples::GetResponse) << -1;
    QTest::newRow("data not a list") << QByteArray(R"({"data": {"id": 1}})") << -1;
    QTest::newRow("true") << QByteArray("true") << -1;
    QTest::newRow("null") << QByteArray("null") << -1;
    QTest::newRow("string") << QByteArray(R"("[]")") << -1;
    QTest::newRow("item not an object") << QByteArray("[1]") << -1;
    QTest::newRow("bad item in data") << QByteArray(R"({"data": [{"text": 1}]})") << -1;
}

void TestBadge::listShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);

    const Decoded<QList<Badge>> list = Badge::listFromJson(parse(json.constData()));
    QCOMPARE(list.ok(), count >= 0);
    if (count >= 0)
        QCOMPARE(list.value.size(), count);
    else
        QVERIFY(!list.error.isEmpty());
}

void TestBadge::listErrorsNameTheItem()
{
    const QJsonValue withId = parse(R"([{"id": 1, "text": "ok"}, {"id": 5, "tooltip": true}])");
    const Decoded<QList<Badge>> first = Badge::listFromJson(withId);
    QVERIFY(!first.ok());
    QVERIFY2(first.error.contains(u"Badge 2 of 2"_s), qPrintable(first.error));
    QVERIFY2(first.error.contains(u"id 5"_s), qPrintable(first.error));
    QVERIFY2(first.error.contains(u"“tooltip”"_s), qPrintable(first.error));

    const Decoded<QList<Badge>> second = Badge::listFromJson(parse(R"([{}, {}, "x"])"));
    QVERIFY(!second.ok());
    QVERIFY2(second.error.contains(u"Badge 3 of 3"_s), qPrintable(second.error));
    QVERIFY2(!second.error.contains(u"(id"_s), qPrintable(second.error));

    // An id that is itself the problem is not quoted back as the id.
    const Decoded<QList<Badge>> third = Badge::listFromJson(parse(R"([{"id": 1.5}])"));
    QVERIFY(!third.ok());
    QVERIFY2(third.error.contains(u"Badge 1 of 1 in the list: "_s), qPrintable(third.error));
    QVERIFY2(third.error.contains(u"“id”"_s), qPrintable(third.error));
}

void TestBadge::fuzzRandomBytes()
{
    // Fixed seed: a failure must be reproducible.
    QRandomGenerator rng(20240601);
    static const QByteArray jsonish = R"({}[],:"\ -+.0123456789eEtruefalsn)"
                                      R"("id""text""trigger""data""userCount")";
    int valid = 0;
    for (int i = 0; i < 2000; ++i) {
        const int length = rng.bounded(0, 64);
        QByteArray bytes;
        bytes.reserve(length);
        for (int j = 0; j < length; ++j) {
            // Half of the inputs are raw bytes, half are drawn from JSON's own characters so
            // that some get past the parser and into the decoders.
            bytes.append(i % 2 ? char(rng.bounded(256))
                               : jsonish.at(rng.bounded(int(jsonish.size()))));
        }
        exerciseBytes(bytes, valid);
        if (QTest::currentTestFailed()) {
            qWarning("failing input #%d (hex): %s", i, bytes.toHex().constData());
            return;
        }
    }
    QVERIFY2(valid > 0, "no random input reached the decoders");
}

void TestBadge::fuzzMutatedDocuments()
{
    QRandomGenerator rng(42);
    const QList<QByteArray> seeds {
        SeedExamples::ListResponse,
        SeedExamples::GetResponse,
        SeedExamples::CreateResponse,
        SeedExamples::TriggerExample,
        SeedExamples::SentMessageExample,
        R"({"data": [{"id": "2", "text": "👍🏽", "trigger": {"conditions": []}}]})"};
    int valid = 0;
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes = seeds.at(i % seeds.size());
        const int mutations = rng.bounded(1, 4);
        for (int m = 0; m < mutations && !bytes.isEmpty(); ++m) {
            const int at = rng.bounded(int(bytes.size()));
            switch (rng.bounded(5)) {
            case 0: // flip a byte
                bytes[at] = char(rng.bounded(256));
                break;
            case 1: // drop a byte
                bytes.remove(at, 1);
                break;
            case 2: // insert a structural character
                bytes.insert(at, "{}[],:\"0n"[rng.bounded(9)]);
                break;
            case 3: // duplicate a chunk
                bytes.insert(at, bytes.mid(rng.bounded(int(bytes.size())), rng.bounded(1, 16)));
                break;
            default: // cut the document short
                bytes.truncate(at);
                break;
            }
        }
        exerciseBytes(bytes, valid);
        if (QTest::currentTestFailed()) {
            qWarning("failing mutation #%d (hex): %s", i, bytes.toHex().constData());
            return;
        }
    }
    QVERIFY2(valid > 0, "no mutated document was valid JSON");
}

void TestBadge::fuzzRandomValues()
{
    // Random badges built from values of every JSON type; whether each value is acceptable is
    // known, so the decoder's verdict can be predicted exactly, not just survived.
    QRandomGenerator rng(7);
    const QList<QJsonValue> pool {
        QJsonValue(QJsonValue::Null),
        QJsonValue(true),
        QJsonValue(0),
        QJsonValue(12),
        QJsonValue(-3),
        QJsonValue(2.5),
        QJsonValue(1e300),
        QJsonValue(u""_s),
        QJsonValue(u"42"_s),
        QJsonValue(u"#ea00fc"_s),
        QJsonValue(u"👍🏽"_s),
        QJsonValue(QJsonArray {1, u"a"_s}),
        QJsonValue(QJsonObject {}),
        QJsonValue(QJsonObject {{u"conditions"_s, QJsonArray {}}}),
    };
    auto acceptable = [](const QString &key, const QJsonValue &value) {
        if (key == u"trigger"_s)
            return value.isNull() || value.isObject();
        if (CountFields.contains(key)) {
            const auto number = JsonParse::integer(value);
            return value.isNull() || (number && *number >= 0);
        }
        return value.isNull() || value.isString();
    };
    const QStringList keys =
        StringFields + OptionalStringFields + CountFields + QStringList {u"trigger"_s};

    int accepted = 0;
    for (int i = 0; i < 2000; ++i) {
        QJsonObject json;
        bool expectOk = true;
        QStringList wrongFields;
        // Every other badge uses acceptable values only, or almost none would decode.
        const bool clean = i % 2 == 0;
        for (const QString &key : keys) {
            if (rng.bounded(4) == 0)
                continue; // missing
            QJsonValue value = pool.at(rng.bounded(int(pool.size())));
            while (clean && !acceptable(key, value))
                value = pool.at(rng.bounded(int(pool.size())));
            json.insert(key, value);
            if (!acceptable(key, value)) {
                expectOk = false;
                wrongFields.append(key);
            }
        }
        if (rng.bounded(2))
            json.insert(u"extra%1"_s.arg(i), pool.at(rng.bounded(int(pool.size()))));

        const Decoded<Badge> badge = Badge::fromJson(json);
        QVERIFY2(badge.ok() == expectOk,
                 qPrintable(u"%1 -> %2"_s.arg(QString::fromUtf8(QJsonDocument(json).toJson()),
                                              badge.error)));
        if (badge.ok()) {
            ++accepted;
            verifyRoundTrip(badge.value);
            (void)BadgeValidator::validate(badge.value);
        } else {
            const bool namesAWrongField =
                std::any_of(wrongFields.cbegin(), wrongFields.cend(), [&](const QString &key) {
                    return badge.error.contains(u"“%1”"_s.arg(key));
                });
            QVERIFY2(namesAWrongField, qPrintable(badge.error));
        }
    }
    QVERIFY(accepted >= 1000); // the clean half, and the lucky few of the other half
    QVERIFY(accepted < 2000);
}

QTEST_GUILESS_MAIN(TestBadge)
#include "tst_badge.moc"
