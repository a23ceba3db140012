#include "JsonParse.h"
#include "SeedExamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonParse : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAnyTopLevelValue_data();
    void acceptsAnyTopLevelValue();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void errorNamesLineAndColumn_data();
    void errorNamesLineAndColumn();
    void refusesOversizedInputBeforeParsing();
    void acceptsInputAtTheCap();
    void keepsQtsNestingLimitForContainers();
    void parsesSeedExamples();
    void describe_data();
    void describe();
    void integer_data();
    void integer();
};

void TestJsonParse::acceptsAnyTopLevelValue_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("false") << QByteArray("false") << QJsonValue(false);
    QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("integer") << QByteArray("123") << QJsonValue(123);
    QTest::newRow("negative fraction") << QByteArray("-1.5") << QJsonValue(-1.5);
    QTest::newRow("string") << QByteArray("\"x\"") << QJsonValue(u"x"_s);
    QTest::newRow("string with bracket") << QByteArray(R"("a], [b")") << QJsonValue(u"a], [b"_s);
    QTest::newRow("empty object") << QByteArray("{}") << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << QByteArray("[]") << QJsonValue(QJsonArray());
    QTest::newRow("array") << QByteArray("[1, 2]") << QJsonValue(QJsonArray {1, 2});
    QTest::newRow("object") << QByteArray(R"({"a": [1, {"b": null}]})")
                            << QJsonValue(QJsonObject {
                                   {u"a"_s, QJsonArray {1, QJsonObject {{u"b"_s, QJsonValue()}}}}});
    QTest::newRow("surrounding whitespace") << QByteArray(" \r\n\ttrue \n") << QJsonValue(true);
    QTest::newRow("BOM before scalar") << QByteArray("\xEF\xBB\xBFtrue") << QJsonValue(true);
    QTest::newRow("BOM before object")
        << QByteArray("\xEF\xBB\xBF{\"a\":1}") << QJsonValue(QJsonObject {{u"a"_s, 1}});
    QTest::newRow("unicode string") << QByteArray("\"\xF0\x9F\x91\x8D\"") << QJsonValue(u"👍"_s);
}

void TestJsonParse::acceptsAnyTopLevelValue()
{
    QFETCH(QByteArray, input);
    QFETCH(QJsonValue, expected);

    const Decoded<QJsonValue> result = JsonParse::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value, expected);
}

void TestJsonParse::rejectsInvalidInput_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray(" \n\t\r ");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    // The wrapping trick must not let two values through as one.
    QTest::newRow("bracket injection") << QByteArray("1] , [2");
    QTest::newRow("bracket injection tight") << QByteArray("1],[2");
    QTest::newRow("two values with comma") << QByteArray("1,2");
    QTest::newRow("two values across lines") << QByteArray("1\n,\n2");
    QTest::newRow("two strings") << QByteArray(R"("a", "b")");
    QTest::newRow("two values with space") << QByteArray("1 2");
    QTest::newRow("two objects") << QByteArray("{} {}");
    QTest::newRow("object then comma") << QByteArray("{},{}");
    QTest::newRow("trailing comma") << QByteArray("1,");
    QTest::newRow("lone closing bracket") << QByteArray("]");
    QTest::newRow("lone opening bracket") << QByteArray("[");
    QTest::newRow("closing then opening") << QByteArray("][");
    QTest::newRow("misspelt literal") << QByteArray("tru");
    QTest::newRow("unterminated object") << QByteArray(R"({"a":1)");
    QTest::newRow("trailing comma in array") << QByteArray("[1,]");
    QTest::newRow("invalid UTF-8") << QByteArray("\"\xff\"");
    QTest::newRow("embedded NUL") << QByteArray("1\0", 2);
    QTest::newRow("leading zero") << QByteArray("01");
    QTest::newRow("single quotes") << QByteArray("'x'");
    QTest::newRow("html error page") << QByteArray("<html>502 Bad Gateway</html>");
}

void TestJsonParse::rejectsInvalidInput()
{
    QFETCH(QByteArray, input);

    const Decoded<QJsonValue> result = JsonParse::parse(input);
    QVERIFY2(!result.ok(), qPrintable(JsonParse::describe(result.value)));
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.value, QJsonValue());
}

void TestJsonParse::errorNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("position");

    // Positions are 1-based; columns count characters, the byte offset is 0-based.
    QTest::newRow("object, third line") << QByteArray("\n\n  {\"a\": x}") << u"line 3"_s;
    QTest::newRow("scalar, second line") << QByteArray("\ntru") << u"line 2"_s;
    QTest::newRow("second value") << QByteArray("1,2") << u"line 1, column 2 (byte 1)"_s;
    QTest::newRow("second value after string")
        << QByteArray("\"x\"\n , 2") << u"line 2, column 2 (byte 5)"_s;
    QTest::newRow("injection") << QByteArray("1] , [2") << u"line 1"_s;
    // A BOM is three bytes but no column.
    QTest::newRow("after BOM") << QByteArray("\xEF\xBB\xBF"
                                             "1,2")
                               << u"line 1, column 2 (byte 4)"_s;
    // Multi-byte characters are one column each.
    QTest::newRow("after emoji") << QByteArray("\"\xF0\x9F\x91\x8D\",2")
                                 << u"line 1, column 4 (byte 6)"_s;
}

void TestJsonParse::errorNamesLineAndColumn()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, position);

    const Decoded<QJsonValue> result = JsonParse::parse(input);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(position), qPrintable(result.error));
}

void TestJsonParse::refusesOversizedInputBeforeParsing()
{
    // Invalid JSON: if it were parsed, the error would be a syntax error instead.
    const QByteArray input(100, '{');
    const Decoded<QJsonValue> result = JsonParse::parse(input, 10);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"100"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"10 bytes"_s), qPrintable(result.error));
    QVERIFY2(!result.error.contains(u"line"_s), qPrintable(result.error));
}

void TestJsonParse::acceptsInputAtTheCap()
{
    QVERIFY(JsonParse::parse("[1]", 3).ok());
    QVERIFY(!JsonParse::parse("[1]", 2).ok());
    QVERIFY(JsonParse::parse("true", 4).ok());
    QVERIFY(!JsonParse::parse("true ", 4).ok());
}

void TestJsonParse::keepsQtsNestingLimitForContainers()
{
    // Objects and arrays are parsed without the extra wrapping level.
    const int depth = 1024;
    const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
    const Decoded<QJsonValue> ok = JsonParse::parse(deep);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QVERIFY(ok.value.isArray());

    const QByteArray tooDeep = QByteArray(5000, '[') + QByteArray(5000, ']');
    QVERIFY(!JsonParse::parse(tooDeep).ok());
}

void TestJsonParse::parsesSeedExamples()
{
    const Decoded<QJsonValue> list = JsonParse::parse(SeedExamples::ListResponse);
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.value.toArray().size(), 1);

    const Decoded<QJsonValue> updated = JsonParse::parse(SeedExamples::UpdateResponse);
    QVERIFY2(updated.ok(), qPrintable(updated.error));
    QCOMPARE(updated.value, QJsonValue(true));
}

void TestJsonParse::describe_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
    QTest::newRow("true") << QJsonValue(true) << u"the value true"_s;
    QTest::newRow("integer") << QJsonValue(42) << u"a number (42)"_s;
    QTest::newRow("fraction") << QJsonValue(1.5) << u"a number (1.5)"_s;
    QTest::newRow("string") << QJsonValue(u"abc"_s) << u"text (“abc”)"_s;
    QTest::newRow("long string") << QJsonValue(QString(100, u'x'))
                                 << u"text (“%1…”)"_s.arg(QString(40, u'x'));
    QTest::newRow("array") << QJsonValue(QJsonArray {1, 2, 3}) << u"a list of 3 item(s)"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject()) << u"an object"_s;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << u"nothing"_s;
}

void TestJsonParse::describe()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(JsonParse::describe(value), expected);
}

void TestJsonParse::integer_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<std::optional<qint64>>("expected");

    const std::optional<qint64> none;
    QTest::newRow("integer") << QJsonValue(42) << std::optional<qint64>(42);
    QTest::newRow("zero") << QJsonValue(0) << std::optional<qint64>(0);
    QTest::newRow("negative") << QJsonValue(-7) << std::optional<qint64>(-7);
    QTest::newRow("integral double") << QJsonValue(3.0) << std::optional<qint64>(3);
    QTest::newRow("max") << QJsonValue(std::numeric_limits<qint64>::max())
                         << std::optional<qint64>(std::numeric_limits<qint64>::max());
    QTest::newRow("fraction") << QJsonValue(1.5) << none;
    QTest::newRow("huge double") << QJsonValue(1e30) << none;
    QTest::newRow("numeric string") << QJsonValue(u"42"_s) << std::optional<qint64>(42);
    QTest::newRow("negative string") << QJsonValue(u"-42"_s) << std::optional<qint64>(-42);
    QTest::newRow("string max") << QJsonValue(u"9223372036854775807"_s)
                                << std::optional<qint64>(std::numeric_limits<qint64>::max());
    QTest::newRow("string overflow") << QJsonValue(u"9223372036854775808"_s) << none;
    QTest::newRow("string with spaces") << QJsonValue(u" 42"_s) << none;
    QTest::newRow("string fraction") << QJsonValue(u"4.2"_s) << none;
    QTest::newRow("string exponent") << QJsonValue(u"1e3"_s) << none;
    QTest::newRow("empty string") << QJsonValue(u""_s) << none;
    QTest::newRow("bool") << QJsonValue(true) << none;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << none;
    QTest::newRow("array") << QJsonValue(QJsonArray {1}) << none;
}

void TestJsonParse::integer()
{
    QFETCH(QJsonValue, value);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(JsonParse::integer(value), expected);
}

QTEST_GUILESS_MAIN(TestJsonParse)
#include "tst_jsonparse.moc"
