// Moving the data folder never loses a file: every copy is checked before an original goes,
// a file the new folder already has is not overwritten, a failed move leaves the old folder
// as it was, and the move the user asked for runs once, at start.

#include "AppPaths.h"
#include "AppSettings.h"
#include "DataFolderMove.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDataFolderMove : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void folderProblems();
    void movesEveryFileAndRemovesTheOriginals();
    void neverOverwritesAFileTheNewFolderHas();
    void resumesAnInterruptedMove();
    void failedMoveLeavesTheOldFolderAsItWas();
    void refusesToMoveIntoItself();
    void startFinishesTheMoveTheUserAskedFor();
    void startDropsAStaleMove();
    void startKeepsTheOldFolderWhenTheMoveFails();
    void environmentWinsAndNothingMoves();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    void seed(const QString &root);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDataFolderMove::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qunsetenv("BADGEDESK_DATA_DIR");
    AppPaths::setDataRootOverride({});
}

void TestDataFolderMove::cleanup()
{
    AppPaths::setDataRootOverride({});
}

void TestDataFolderMove::seed(const QString &root)
{
    write(root + u"/profiles/p1/drafts/badge-7.json"_s, "{\"text\":\"draft\"}");
    write(root + u"/profiles/p1/journals/job-1.jsonl"_s, QByteArray(200'000, 'j'));
    write(root + u"/profiles/p2/logs/moderation.jsonl"_s, "{\"kind\":\"ban\"}\n");
}

void TestDataFolderMove::folderProblems()
{
    QCOMPARE(DataFolderMove::problemWith(QString()), QString()); // the default folder
    QVERIFY(!DataFolderMove::problemWith(u"relative/folder"_s).isEmpty());
    write(path(u"a-file"_s), "x");
    QVERIFY(DataFolderMove::problemWith(path(u"a-file"_s)).contains(u"not a folder"_s));
    // Cannot be created: its parent is a regular file.
    QVERIFY(DataFolderMove::problemWith(path(u"a-file/sub"_s)).contains(u"cannot be created"_s));
    QVERIFY(!DataFolderMove::problemWith(path(u"old/profiles/p1"_s), path(u"old"_s)).isEmpty());
    QCOMPARE(DataFolderMove::problemWith(path(u"fresh/folder"_s), path(u"old"_s)), QString());
    QVERIFY(QFileInfo(path(u"fresh/folder"_s)).isDir());
    QVERIFY(
        QDir(path(u"fresh/folder"_s))
            .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)); // the probe is gone
}

void TestDataFolderMove::movesEveryFileAndRemovesTheOriginals()
{
    seed(path(u"old"_s));
    QVERIFY(DataFolderMove::hasData(path(u"old"_s)));
    QVERIFY(!DataFolderMove::hasData(path(u"new"_s)));
    const DataFolderMove::Result result = DataFolderMove::run(path(u"old"_s), path(u"new"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.moved, 3);
    QVERIFY(result.leftBehind.isEmpty());
    QCOMPARE(read(path(u"new/profiles/p1/drafts/badge-7.json"_s)), "{\"text\":\"draft\"}");
    QCOMPARE(read(path(u"new/profiles/p1/journals/job-1.jsonl"_s)), QByteArray(200'000, 'j'));
    QCOMPARE(read(path(u"new/profiles/p2/logs/moderation.jsonl"_s)), "{\"kind\":\"ban\"}\n");
    QVERIFY(!DataFolderMove::hasData(path(u"old"_s)));
    QVERIFY(!QFileInfo::exists(path(u"old/profiles"_s)));
}

void TestDataFolderMove::neverOverwritesAFileTheNewFolderHas()
{
    seed(path(u"old"_s));
    write(path(u"new/profiles/p1/drafts/badge-7.json"_s), "{\"text\":\"other\"}");
    const DataFolderMove::Result result = DataFolderMove::run(path(u"old"_s), path(u"new"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.moved, 2);
    QCOMPARE(result.leftBehind, QStringList {u"p1/drafts/badge-7.json"_s});
    QCOMPARE(read(path(u"new/profiles/p1/drafts/badge-7.json"_s)), "{\"text\":\"other\"}");
    QCOMPARE(read(path(u"old/profiles/p1/drafts/badge-7.json"_s)), "{\"text\":\"draft\"}");
    QVERIFY(!QFileInfo::exists(path(u"old/profiles/p1/journals/job-1.jsonl"_s)));
}

void TestDataFolderMove::resumesAnInterruptedMove()
{
    seed(path(u"old"_s));
    // An earlier run copied one file, then the app was killed before removing anything.
    write(path(u"new/profiles/p2/logs/moderation.jsonl"_s), "{\"kind\":\"ban\"}\n");
    const DataFolderMove::Result result = DataFolderMove::run(path(u"old"_s), path(u"new"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.moved, 3);
    QVERIFY(result.leftBehind.isEmpty());
    QVERIFY(!DataFolderMove::hasData(path(u"old"_s)));
}

void TestDataFolderMove::failedMoveLeavesTheOldFolderAsItWas()
{
    seed(path(u"old"_s));
    // p2's folder cannot be made in the new place: a file has its name.
    write(path(u"new/profiles/p2"_s), "in the way");
    const DataFolderMove::Result result = DataFolderMove::run(path(u"old"_s), path(u"new"_s));
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(u"moderation.jsonl"_s));
    QCOMPARE(read(path(u"old/profiles/p1/drafts/badge-7.json"_s)), "{\"text\":\"draft\"}");
    QCOMPARE(read(path(u"old/profiles/p1/journals/job-1.jsonl"_s)), QByteArray(200'000, 'j'));
    QCOMPARE(read(path(u"old/profiles/p2/logs/moderation.jsonl"_s)), "{\"kind\":\"ban\"}\n");
    // The copies made before the failure are gone again: no half-moved data to confuse anyone.
    QVERIFY(!QFileInfo::exists(path(u"new/profiles/p1/drafts/badge-7.json"_s)));
    QVERIFY(!QFileInfo::exists(path(u"new/profiles/p1/journals/job-1.jsonl"_s)));
    QCOMPARE(read(path(u"new/profiles/p2"_s)), "in the way");
}

void TestDataFolderMove::refusesToMoveIntoItself()
{
    seed(path(u"old"_s));
    const DataFolderMove::Result result =
        DataFolderMove::run(path(u"old"_s), path(u"old/profiles/p1/inner"_s));
    QVERIFY(!result.ok());
    QVERIFY(DataFolderMove::hasData(path(u"old"_s)));
    QCOMPARE(read(path(u"old/profiles/p1/drafts/badge-7.json"_s)), "{\"text\":\"draft\"}");
}

void TestDataFolderMove::startFinishesTheMoveTheUserAskedFor()
{
    seed(path(u"old"_s));
    AppSettings settings(path(u"settings.ini"_s));
    settings.setDataFolder(path(u"new"_s));
    settings.setPendingMove({path(u"old"_s), path(u"new"_s)});
    QCOMPARE(DataFolderMove::applyAtStart(&settings), QString());
    QCOMPARE(AppPaths::dataRoot(), path(u"new"_s));
    QCOMPARE(read(AppPaths::draftsDir(u"p1"_s) + u"/badge-7.json"_s), "{\"text\":\"draft\"}");
    QVERIFY(!DataFolderMove::hasData(path(u"old"_s)));
    QVERIFY(AppSettings(path(u"settings.ini"_s)).pendingMove().isEmpty()); // saved: runs once
}

void TestDataFolderMove::startDropsAStaleMove()
{
    seed(path(u"old"_s));
    AppSettings settings(path(u"settings.ini"_s));
    settings.setPendingMove({path(u"old"_s), path(u"new"_s)});
    settings.setDataFolder(path(u"elsewhere"_s)); // changed again, this time without a move
    QCOMPARE(DataFolderMove::applyAtStart(&settings), QString());
    QVERIFY(DataFolderMove::hasData(path(u"old"_s)));
    QVERIFY(!DataFolderMove::hasData(path(u"new"_s)));
    QCOMPARE(AppPaths::dataRoot(), path(u"elsewhere"_s));
    QVERIFY(settings.pendingMove().isEmpty());
}

void TestDataFolderMove::startKeepsTheOldFolderWhenTheMoveFails()
{
    seed(path(u"old"_s));
    write(path(u"new/profiles/p2"_s), "in the way");
    AppSettings settings(path(u"settings.ini"_s));
    settings.setDataFolder(path(u"new"_s));
    settings.setPendingMove({path(u"old"_s), path(u"new"_s)});
    const QString message = DataFolderMove::applyAtStart(&settings);
    QVERIFY(message.contains(path(u"old"_s)));
    QCOMPARE(settings.dataFolder(), path(u"old"_s));
    QCOMPARE(AppPaths::dataRoot(), path(u"old"_s));
    QVERIFY(DataFolderMove::hasData(path(u"old"_s)));
    QVERIFY(settings.pendingMove().isEmpty()); // not retried at every start
}

void TestDataFolderMove::environmentWinsAndNothingMoves()
{
    seed(path(u"old"_s));
    qputenv("BADGEDESK_DATA_DIR", path(u"env"_s).toUtf8());
    AppSettings settings(path(u"settings.ini"_s));
    settings.setDataFolder(path(u"new"_s));
    settings.setPendingMove({path(u"old"_s), path(u"new"_s)});
    QCOMPARE(DataFolderMove::applyAtStart(&settings), QString());
    QCOMPARE(AppPaths::dataRoot(), path(u"env"_s));
    QVERIFY(DataFolderMove::hasData(path(u"old"_s)));
    QVERIFY(!settings.pendingMove().isEmpty()); // kept for a start without the variable
}

QTEST_GUILESS_MAIN(TestDataFolderMove)
#include "tst_datafoldermove.moc"
