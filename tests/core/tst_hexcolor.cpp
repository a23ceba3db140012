#include "HexColor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHexColor : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidForms_data();
    void parsesValidForms();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void format_data();
    void format();
    void normalized_data();
    void normalized();
};

void TestHexColor::parsesValidForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QColor>("expected");

    QTest::newRow("#rgb") << u"#abc"_s << QColor(0xaa, 0xbb, 0xcc);
    QTest::newRow("#RGB") << u"#ABC"_s << QColor(0xaa, 0xbb, 0xcc);
    QTest::newRow("#rgb black") << u"#000"_s << QColor(0, 0, 0);
    QTest::newRow("#rrggbb") << u"#ea00fc"_s << QColor(0xea, 0x00, 0xfc);
    QTest::newRow("#RRGGBB") << u"#EA00FC"_s << QColor(0xea, 0x00, 0xfc);
    QTest::newRow("mixed case") << u"#eA00Fc"_s << QColor(0xea, 0x00, 0xfc);
    // Alpha last, as CSS writes it; QColor's own parser would read #aarrggbb.
    QTest::newRow("#rrggbbaa") << u"#11223344"_s << QColor(0x11, 0x22, 0x33, 0x44);
    QTest::newRow("#rrggbbaa half") << u"#ea00fc80"_s << QColor(0xea, 0x00, 0xfc, 0x80);
    QTest::newRow("#rrggbbaa opaque") << u"#ea00fcff"_s << QColor(0xea, 0x00, 0xfc, 0xff);
}

void TestHexColor::parsesValidForms()
{
    QFETCH(QString, text);
    QFETCH(QColor, expected);

    QVERIFY(HexColor::isValid(text));
    const std::optional<QColor> color = HexColor::parse(text);
    QVERIFY(color.has_value());
    QCOMPARE(color->rgba(), expected.rgba());
}

void TestHexColor::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("hash only") << u"#"_s;
    QTest::newRow("no hash") << u"ea00fc"_s;
    QTest::newRow("two digits") << u"#ab"_s;
    QTest::newRow("four digits") << u"#abcd"_s;
    QTest::newRow("five digits") << u"#ea00f"_s;
    QTest::newRow("seven digits") << u"#ea00fc8"_s;
    QTest::newRow("nine digits") << u"#ea00fc800"_s;
    QTest::newRow("not hex") << u"#gggggg"_s;
    QTest::newRow("leading space") << u" #ea00fc"_s;
    QTest::newRow("trailing space") << u"#ea00fc "_s;
    QTest::newRow("double hash") << u"##ea00f"_s;
    QTest::newRow("colour name") << u"red"_s;
    QTest::newRow("rgb()") << u"rgb(1,2,3)"_s;
    QTest::newRow("full-width digits") << u"#１２３"_s;
}

void TestHexColor::rejectsInvalid()
{
    QFETCH(QString, text);

    QVERIFY(!HexColor::isValid(text));
    QVERIFY(!HexColor::parse(text).has_value());
    QCOMPARE(HexColor::normalized(text), text);
}

void TestHexColor::format_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QString>("expected");

    QTest::newRow("lower case") << QColor(0xEA, 0x00, 0xFC) << u"#ea00fc"_s;
    QTest::newRow("black") << QColor(Qt::black) << u"#000000"_s;
    QTest::newRow("alpha dropped") << QColor(0x11, 0x22, 0x33, 0x44) << u"#112233"_s;
    QTest::newRow("invalid") << QColor() << QString();
}

void TestHexColor::format()
{
    QFETCH(QColor, color);
    QFETCH(QString, expected);
    QCOMPARE(HexColor::format(color), expected);
}

void TestHexColor::normalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("short") << u"#ABC"_s << u"#aabbcc"_s;
    QTest::newRow("upper") << u"#EA00FC"_s << u"#ea00fc"_s;
    QTest::newRow("already") << u"#ea00fc"_s << u"#ea00fc"_s;
    QTest::newRow("eight digits") << u"#EA00FC80"_s << u"#ea00fc"_s;
    QTest::newRow("invalid kept") << u"nope"_s << u"nope"_s;
    QTest::newRow("empty kept") << QString() << QString();
}

void TestHexColor::normalized()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(HexColor::normalized(text), expected);
}

QTEST_GUILESS_MAIN(TestHexColor)
#include "tst_hexcolor.moc"
