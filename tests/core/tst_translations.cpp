// The English plural forms are compiled in and used: "1 badge", "2 badges", never "badge(s)".

#include "AppTranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pluralsReadNaturally_data();
    void pluralsReadNaturally();
    void everyPluralInTheSourceHasBothForms();
};

void TestTranslations::initTestCase()
{
    AppTranslations::install(QCoreApplication::instance());
}

void TestTranslations::pluralsReadNaturally_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one badge") << QByteArray("MainWindow") << QByteArray("%n badge(s)") << 1
                               << u"1 badge"_s;
    QTest::newRow("many badges") << QByteArray("MainWindow") << QByteArray("%n badge(s)") << 12
                                 << u"12 badges"_s;
    QTest::newRow("verb agrees, one")
        << QByteArray("AssignDialog") << QByteArray("%n user(s) hold this badge now.") << 1
        << u"1 user holds this badge now."_s;
    QTest::newRow("verb agrees, many")
        << QByteArray("AssignDialog") << QByteArray("%n user(s) hold this badge now.") << 3
        << u"3 users hold this badge now."_s;
}

void TestTranslations::pluralsReadNaturally()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n),
             expected);
}

void TestTranslations::everyPluralInTheSourceHasBothForms()
{
    // The committed .ts is what the build compiles: no plural entry may be left unfinished.
    QFile ts(QStringLiteral(BADGEDESK_EN_TS));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.contains(u"numerus=\"yes\""_s));
    QVERIFY2(!text.contains(u"type=\"unfinished\""_s), "run the update_translations target");
    QVERIFY(!text.contains(u"<numerusform></numerusform>"_s));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
