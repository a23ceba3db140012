// Preferences as the rest of the app reads them: defaults, limits, a hand-edited file that
// cannot push a bad value through, and where the file lives.

#include "AppSettings.h"
#include "Profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsOnAFreshFile();
    void valuesSurviveARestart();
    void settersClampToTheLimits_data();
    void settersClampToTheLimits();
    void aHandEditedFileIsClamped();
    void deadlineNeverShorterThanTransferTimeout();
    void unknownLanguageFollowsTheSystem();
    void dataFolderMustBeAbsolute();
    void environmentDecidesTheEffectiveDataFolder();
    void pendingMoveNeedsBothEnds();
    void windowLayoutsRoundTrip();
    void fileLivesInTheConfigFolder();
    void unwritableFileIsReported();

private:
    QString file() const { return m_dir.filePath(u"settings.ini"_s); }

    QTemporaryDir m_dir;
};

void TestAppSettings::init()
{
    QFile::remove(file());
    QFile::remove(m_dir.filePath(u"copy.ini"_s));
    qunsetenv("BADGEDESK_DATA_DIR");
    qunsetenv("BADGEDESK_CONFIG_DIR");
}

void TestAppSettings::defaultsOnAFreshFile()
{
    const AppSettings settings(file());
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.transferTimeoutSeconds(), 30);
    QCOMPARE(settings.deadlineSeconds(), 120);
    QCOMPARE(settings.batchSize(), 500);
    QCOMPARE(settings.concurrency(), 4);
    QCOMPARE(settings.tokenRotationDays(), Profile::DefaultTokenRotationDays);
    QCOMPARE(settings.dataFolder(), QString());
    QVERIFY(settings.pendingMove().isEmpty());
    QVERIFY(settings.windowLayout(u"mainWindow/geometry"_s).isEmpty());
}

void TestAppSettings::valuesSurviveARestart()
{
    {
        AppSettings settings(file());
        settings.setLanguage(u"de"_s);
        settings.setTransferTimeoutSeconds(45);
        settings.setDeadlineSeconds(300);
        settings.setBatchSize(250);
        settings.setConcurrency(2);
        settings.setTokenRotationDays(0);
        settings.setDataFolder(m_dir.filePath(u"data"_s));
        QVERIFY(settings.save());
    }
    // A copy is parsed afresh: QSettings would answer a second look at the same file from
    // its in-process cache, hiding a key that does not survive the INI format.
    QVERIFY(QFile::copy(file(), m_dir.filePath(u"copy.ini"_s)));
    const AppSettings again(m_dir.filePath(u"copy.ini"_s));
    QCOMPARE(again.language(), u"de"_s);
    QCOMPARE(again.transferTimeoutSeconds(), 45);
    QCOMPARE(again.deadlineSeconds(), 300);
    QCOMPARE(again.batchSize(), 250);
    QCOMPARE(again.concurrency(), 2);
    QCOMPARE(again.tokenRotationDays(), 0);
    QCOMPARE(again.dataFolder(), m_dir.filePath(u"data"_s));
}

void TestAppSettings::settersClampToTheLimits_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("expected");
    QTest::newRow("timeout too short") << u"timeout"_s << 0 << 5;
    QTest::newRow("timeout too long") << u"timeout"_s << 100000 << 600;
    QTest::newRow("deadline too long") << u"deadline"_s << 999999 << 3600;
    QTest::newRow("batch of none") << u"batch"_s << 0 << 1;
    QTest::newRow("batch above the contract's 500") << u"batch"_s << 1000 << 500;
    QTest::newRow("no calls at all") << u"concurrency"_s << 0 << 1;
    QTest::newRow("more calls than connections") << u"concurrency"_s << 16 << 6;
    QTest::newRow("negative rotation") << u"rotation"_s << -3 << 0;
    QTest::newRow("rotation of centuries") << u"rotation"_s << 100000 << 3650;
}

void TestAppSettings::settersClampToTheLimits()
{
    QFETCH(QString, what);
    QFETCH(int, given);
    QFETCH(int, expected);
    AppSettings settings(file());
    if (what == u"timeout") {
        settings.setTransferTimeoutSeconds(given);
        QCOMPARE(settings.transferTimeoutSeconds(), expected);
    } else if (what == u"deadline") {
        settings.setDeadlineSeconds(given);
        QCOMPARE(settings.deadlineSeconds(), expected);
    } else if (what == u"batch") {
        settings.setBatchSize(given);
        QCOMPARE(settings.batchSize(), expected);
    } else if (what == u"concurrency") {
        settings.setConcurrency(given);
        QCOMPARE(settings.concurrency(), expected);
    } else {
        settings.setTokenRotationDays(given);
        QCOMPARE(settings.tokenRotationDays(), expected);
    }
}

void TestAppSettings::aHandEditedFileIsClamped()
{
    QFile raw(file());
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write("[interface]\nlanguage=klingon\n"
              "[network]\ntransferTimeoutSeconds=-5\ndeadlineSeconds=forever\n"
              "[jobs]\nbatchSize=100000\nconcurrency=64\n"
              "[security]\ntokenRotationDays=-1\n"
              "[storage]\ndataFolder=relative/path\npendingMoveFrom=/a\n");
    raw.close();
    const AppSettings settings(file());
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.transferTimeoutSeconds(), 5);
    QCOMPARE(settings.deadlineSeconds(), 120); // not a number: the default
    QCOMPARE(settings.batchSize(), 500);
    QCOMPARE(settings.concurrency(), 6);
    QCOMPARE(settings.tokenRotationDays(), 0);
    QCOMPARE(settings.dataFolder(), QString());
    QVERIFY(settings.pendingMove().isEmpty()); // no destination: no move
}

void TestAppSettings::deadlineNeverShorterThanTransferTimeout()
{
    AppSettings settings(file());
    settings.setTransferTimeoutSeconds(90);
    settings.setDeadlineSeconds(20);
    QCOMPARE(settings.deadlineSeconds(), 90);
}

void TestAppSettings::unknownLanguageFollowsTheSystem()
{
    AppSettings settings(file());
    settings.setLanguage(u"pt_BR"_s);
    QCOMPARE(settings.language(), u"pt_BR"_s);
    settings.setLanguage(u"xx"_s);
    QCOMPARE(settings.language(), QString());
}

void TestAppSettings::dataFolderMustBeAbsolute()
{
    AppSettings settings(file());
    settings.setDataFolder(u"somewhere/relative"_s);
    QCOMPARE(settings.dataFolder(), QString());
    settings.setDataFolder(m_dir.path() + u"/a/../b/"_s);
    QCOMPARE(settings.dataFolder(), m_dir.path() + u"/b"_s);
    settings.setDataFolder(QString());
    QCOMPARE(settings.dataFolder(), QString());
}

void TestAppSettings::environmentDecidesTheEffectiveDataFolder()
{
    AppSettings settings(file());
    QCOMPARE(settings.effectiveDataFolder(), AppSettings::defaultDataFolder());
    settings.setDataFolder(m_dir.filePath(u"chosen"_s));
    QCOMPARE(settings.effectiveDataFolder(), m_dir.filePath(u"chosen"_s));
    qputenv("BADGEDESK_DATA_DIR", m_dir.filePath(u"env"_s).toUtf8());
    QCOMPARE(settings.effectiveDataFolder(), m_dir.filePath(u"env"_s));
}

void TestAppSettings::pendingMoveNeedsBothEnds()
{
    AppSettings settings(file());
    settings.setPendingMove({m_dir.filePath(u"old"_s), m_dir.filePath(u"new"_s)});
    QCOMPARE(settings.pendingMove().from, m_dir.filePath(u"old"_s));
    QCOMPARE(settings.pendingMove().to, m_dir.filePath(u"new"_s));
    settings.setPendingMove({});
    QVERIFY(settings.pendingMove().isEmpty());
}

void TestAppSettings::windowLayoutsRoundTrip()
{
    const QByteArray blob("\x01\x02\x00\xff layout", 12);
    {
        AppSettings settings(file());
        settings.setWindowLayout(u"mainWindow/state"_s, blob);
        QVERIFY(settings.save());
    }
    const AppSettings again(file());
    QCOMPARE(again.windowLayout(u"mainWindow/state"_s), blob);
    QVERIFY(again.windowLayout(u"jobsWindow/geometry"_s).isEmpty());
}

void TestAppSettings::fileLivesInTheConfigFolder()
{
    qputenv("BADGEDESK_CONFIG_DIR", m_dir.path().toUtf8());
    QCOMPARE(AppSettings::defaultFilePath(), m_dir.filePath(u"settings.ini"_s));
}

void TestAppSettings::unwritableFileIsReported()
{
    // A folder that cannot exist: its parent is a regular file.
    QFile blocker(m_dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AppSettings settings(m_dir.filePath(u"blocker/settings.ini"_s));
    settings.setBatchSize(100);
    QString error;
    QVERIFY(!settings.save(&error));
    QVERIFY2(error.contains(u"blocker"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
