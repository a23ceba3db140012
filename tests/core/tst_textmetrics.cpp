#include "TextMetrics.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextMetrics : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void emojiAreNotUtf16Units();
};

namespace {

QString fromUnits(std::initializer_list<char16_t> units)
{
    QString text;
    for (const char16_t unit : units)
        text.append(QChar(unit));
    return text;
}

} // namespace

void TestTextMetrics::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("codePoints");
    QTest::addColumn<int>("graphemes");

    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("ascii") << u"abc"_s << 3 << 3;
    QTest::newRow("precomposed é") << u"\u00e9"_s << 1 << 1;
    QTest::newRow("e + combining acute") << u"e\u0301"_s << 2 << 1;
    QTest::newRow("thumbs up") << u"👍"_s << 1 << 1;
    // What a person sees as one emoji, made of several code points. Qt 6.4 implements the
    // Unicode 14 grapheme rules (GB9, GB11, GB12/13), so each of these is one cluster.
    QTest::newRow("skin tone modifier") << u"👍🏽"_s << 2 << 1;
    QTest::newRow("ZWJ family") << u"👨‍👩‍👧"_s << 5 << 1;
    QTest::newRow("ZWJ family of four") << u"👨‍👩‍👧‍👦"_s << 7 << 1;
    QTest::newRow("ZWJ with modifier") << u"👩🏽‍💻"_s << 4 << 1;
    QTest::newRow("flag") << u"🇩🇪"_s << 2 << 1;
    QTest::newRow("two flags") << u"🇩🇪🇫🇷"_s << 4 << 2;
    QTest::newRow("flag and a half") << u"🇩🇪🇫"_s << 3 << 2;
    QTest::newRow("rainbow flag") << u"🏳️‍🌈"_s << 4 << 1;
    QTest::newRow("tag sequence flag") << u"🏴󠁧󠁢󠁥󠁮󠁧󠁿"_s << 7 << 1;
    QTest::newRow("keycap") << u"1️⃣"_s << 3 << 1;
    QTest::newRow("mixed") << u"a👍🏽b"_s << 4 << 3;
    QTest::newRow("CRLF") << u"\r\n"_s << 2 << 1;
    QTest::newRow("hangul jamo") << u"\u1112\u1161\u11ab"_s << 3 << 1;
    // Broken UTF-16 must still be counted, once per lone surrogate.
    QTest::newRow("lone high surrogate") << fromUnits({0xD83D}) << 1 << 1;
    QTest::newRow("lone low surrogate + a") << fromUnits({0xDC4D, u'a'}) << 2 << 2;
    QTest::newRow("reversed pair") << fromUnits({0xDC4D, 0xD83D}) << 2 << 2;
    QTest::newRow("high, then a pair") << fromUnits({0xD83D, 0xD83D, 0xDC4D}) << 2 << 2;
}

void TestTextMetrics::counts()
{
    QFETCH(QString, text);
    QFETCH(int, codePoints);
    QFETCH(int, graphemes);

    QCOMPARE(TextMetrics::codePoints(text), codePoints);
    QCOMPARE(TextMetrics::graphemes(text), graphemes);
}

void TestTextMetrics::emojiAreNotUtf16Units()
{
    const QString thumbs = u"👍"_s.repeated(140);
    QCOMPARE(thumbs.size(), 280);
    QCOMPARE(TextMetrics::codePoints(thumbs), 140);
    QCOMPARE(TextMetrics::graphemes(thumbs), 140);

    const QString toned = u"👍🏽"_s.repeated(70);
    QCOMPARE(toned.size(), 280);
    QCOMPARE(TextMetrics::codePoints(toned), 140);
    QCOMPARE(TextMetrics::graphemes(toned), 70);
}

QTEST_GUILESS_MAIN(TestTextMetrics)
#include "tst_textmetrics.moc"
