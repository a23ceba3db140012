// WCAG 2.x contrast maths against known values, the nearest-accessible fix, the fast badge
// filter/sort index and the trigger form model.

#include "BadgeIndex.h"
#include "TriggerSpec.h"
#include "WcagContrast.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void knownRatios_data();
    void knownRatios();
    void levels();
    void nearestAccessibleReachesTheTarget();
    void indexFiltersAndSorts();
    void triggerRoundTripsAndRefusesWhatItCannotRead();
};

void TestContrast::knownRatios_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("expected");
    // Values from the WCAG definition and WebAIM's contrast checker.
    QTest::newRow("black/white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("red on white") << QColor(0xff, 0, 0) << QColor(Qt::white) << 4.0;
    QTest::newRow("blue on white") << QColor(0, 0, 0xff) << QColor(Qt::white) << 8.59;
    QTest::newRow("docs' badge") << QColor(Qt::black) << QColor(0xea, 0x00, 0xfc)
                                 << 5.90; // L = 0.2452, computed by hand
}

void TestContrast::knownRatios()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, expected);
    QVERIFY2(qAbs(WcagContrast::ratio(a, b) - expected) < 0.01,
             qPrintable(QString::number(WcagContrast::ratio(a, b))));
    QCOMPARE(WcagContrast::ratio(a, b), WcagContrast::ratio(b, a));
}

void TestContrast::levels()
{
    QCOMPARE(WcagContrast::levelFor(4.49), WcagContrast::Level::AALarge);
    QCOMPARE(WcagContrast::levelFor(4.5), WcagContrast::Level::AA);
    QCOMPARE(WcagContrast::levelFor(7.0), WcagContrast::Level::AAA);
    QCOMPARE(WcagContrast::levelFor(2.99), WcagContrast::Level::Fail);
    // Truncated for display: 4.499 is never shown as 4.50 beside a failing verdict.
    QCOMPARE(WcagContrast::formatRatio(4.499), u"4.49 : 1"_s);
}

void TestContrast::nearestAccessibleReachesTheTarget()
{
    const QColor background(0xea, 0x00, 0xfc);
    const QColor start(0xf0, 0x00, 0xff);
    const QColor fixed = WcagContrast::nearestAccessible(start, background);
    QVERIFY(WcagContrast::ratio(fixed, background) >= 4.5);
    // Same hue family: still a purple, not jumped to black or white.
    QVERIFY(qAbs(fixed.hslHue() - start.hslHue()) <= 3);
    // Already fine: unchanged.
    QCOMPARE(WcagContrast::nearestAccessible(QColor(Qt::black), Qt::white).rgb(),
             QColor(Qt::black).rgb());
}

void TestContrast::indexFiltersAndSorts()
{
    QList<Badge> badges;
    for (int i = 0; i < 5; ++i) {
        Badge b;
        b.id = 10 - i;
        b.text = QStringList {u"Zeta"_s, u"alpha"_s, u"Beta"_s, u"gamma"_s, u"Ärger"_s}.at(i);
        b.tooltip = i == 2 ? u"special tooltip"_s : u"plain"_s;
        b.userCount = i * 3;
        badges.append(b);
    }
    BadgeIndex index;
    index.reset(&badges);
    QCOMPARE(index.rows(), (std::vector<int> {4, 3, 2, 1, 0})); // by id ascending
    index.setSort(BadgeIndex::SortKey::Text, Qt::AscendingOrder);
    QCOMPARE(badges.at(index.rows().front()).text, u"alpha"_s); // case-insensitive
    index.setFilter(u"SPECIAL"_s);
    QCOMPARE(index.rows(), (std::vector<int> {2}));
    index.setFilter(u"a"_s);
    QCOMPARE(index.rows().size(), size_t(5)); // "plain" has an a
    index.setFilter(u"ta"_s); // narrowing: Zeta, Beta
    QCOMPARE(index.rows().size(), size_t(2));
    index.setFilter(u"8"_s); // by id
    QCOMPARE(index.rows(), (std::vector<int> {2}));
    index.setFilter(QString());
    index.setSort(BadgeIndex::SortKey::Holders, Qt::DescendingOrder);
    QCOMPARE(index.rows().front(), 4);
}

void TestContrast::triggerRoundTripsAndRefusesWhatItCannotRead()
{
    const QJsonObject json {
        {u"conditions"_s,
         QJsonArray {
             QJsonObject {{u"type"_s, u"MESSAGES"_s},
                          {u"threshold"_s, 10},
                          {u"period"_s, QJsonObject {{u"kind"_s, u"ROLLING"_s}, {u"days"_s, 7}}},
                          {u"note"_s, u"kept"_s}}}},
        {u"duration"_s, QJsonObject {{u"days"_s, 30}}},
        {u"future"_s, true}};
    const auto spec = TriggerSpec::fromJson(json);
    QVERIFY(spec);
    QCOMPARE(spec->toJson(), json);
    QVERIFY(!TriggerSpec::fromJson(QJsonObject {{u"rules"_s, 1}}));
    QJsonObject twice = json;
    twice[u"conditions"_s] =
        QJsonArray {QJsonObject {{u"type"_s, u"VISITS"_s}, {u"threshold"_s, 1}},
                    QJsonObject {{u"type"_s, u"VISITS"_s}, {u"threshold"_s, 2}}};
    QVERIFY(!TriggerSpec::fromJson(twice)); // a duplicate cannot be one checkbox
}

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"
