#include "Region.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRegion : public QObject
{
    Q_OBJECT

private slots:
    void builtInListsTheFiveRegionsEuropeFirst();
    void table_data();
    void table();
    void customHasNoHosts();
    void fromKey_data();
    void fromKey();
};

void TestRegion::builtInListsTheFiveRegionsEuropeFirst()
{
    const QList<Region> expected {Region::Europe, Region::NorthAmerica, Region::SouthAmerica,
                                  Region::Asia, Region::Africa};
    QCOMPARE(RegionInfo::builtIn(), expected);
}

void TestRegion::table_data()
{
    QTest::addColumn<Region>("region");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QUrl>("techMessagesUrl");

    // Contract §1.
    QTest::newRow("eu") << Region::Europe << u"eu"_s << u"Europe"_s
                        << QUrl(u"https://chatbackend.watchers.io"_s)
                        << QUrl(u"https://techmessages.watchers.io"_s);
    QTest::newRow("us") << Region::NorthAmerica << u"us"_s << u"North America"_s
                        << QUrl(u"https://chatbackend.us.watchers.io"_s)
                        << QUrl(u"https://techmessages.us.watchers.io"_s);
    QTest::newRow("sa") << Region::SouthAmerica << u"sa"_s << u"South America"_s
                        << QUrl(u"https://chatbackend.sa.watchers.io"_s)
                        << QUrl(u"https://techmessages.sa.watchers.io"_s);
    QTest::newRow("hk") << Region::Asia << u"hk"_s << u"Asia"_s
                        << QUrl(u"https://chatbackend.hk.watchers.io"_s)
                        << QUrl(u"https://techmessages.hk.watchers.io"_s);
    QTest::newRow("za") << Region::Africa << u"za"_s << u"Africa"_s
                        << QUrl(u"https://chatbackend.za.watchers.io"_s)
                        << QUrl(u"https://techmessages.za.watchers.io"_s);
}

void TestRegion::table()
{
    QFETCH(Region, region);
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(QUrl, baseUrl);
    QFETCH(QUrl, techMessagesUrl);

    QCOMPARE(RegionInfo::key(region), key);
    QCOMPARE(RegionInfo::displayName(region), name);
    QCOMPARE(RegionInfo::baseUrl(region), baseUrl);
    QVERIFY(RegionInfo::baseUrl(region).isValid());
    QCOMPARE(RegionInfo::techMessagesUrl(region), techMessagesUrl);
    QCOMPARE(RegionInfo::fromKey(key), std::optional<Region>(region));
    QCOMPARE(RegionInfo::fromKey(name), std::optional<Region>(region));
}

void TestRegion::customHasNoHosts()
{
    QCOMPARE(RegionInfo::key(Region::Custom), u"custom"_s);
    QVERIFY(RegionInfo::baseUrl(Region::Custom).isEmpty());
    QVERIFY(RegionInfo::techMessagesUrl(Region::Custom).isEmpty());
    QVERIFY(!RegionInfo::builtIn().contains(Region::Custom));
}

void TestRegion::fromKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Region>>("expected");

    const std::optional<Region> none;
    QTest::newRow("EU") << u"EU"_s << std::optional(Region::Europe);
    QTest::newRow("padded") << u"  us "_s << std::optional(Region::NorthAmerica);
    QTest::newRow("europe") << u"europe"_s << std::optional(Region::Europe);
    QTest::newRow("north-america") << u"north-america"_s << std::optional(Region::NorthAmerica);
    QTest::newRow("north_america") << u"north_america"_s << std::optional(Region::NorthAmerica);
    QTest::newRow("NorthAmerica") << u"NorthAmerica"_s << std::optional(Region::NorthAmerica);
    QTest::newRow("SOUTH AMERICA") << u"SOUTH AMERICA"_s << std::optional(Region::SouthAmerica);
    QTest::newRow("Hk") << u"Hk"_s << std::optional(Region::Asia);
    QTest::newRow("asia") << u"asia"_s << std::optional(Region::Asia);
    QTest::newRow("ZA") << u"ZA"_s << std::optional(Region::Africa);
    QTest::newRow("africa") << u"africa"_s << std::optional(Region::Africa);
    QTest::newRow("Custom") << u"Custom"_s << std::optional(Region::Custom);
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("dashes only") << u"--"_s << none;
    QTest::newRow("unknown") << u"mars"_s << none;
    QTest::newRow("america alone") << u"america"_s << none;
    QTest::newRow("host name") << u"chatbackend.us.watchers.io"_s << none;
}

void TestRegion::fromKey()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Region>, expected);
    QCOMPARE(RegionInfo::fromKey(text), expected);
}

QTEST_GUILESS_MAIN(TestRegion)
#include "tst_region.moc"
