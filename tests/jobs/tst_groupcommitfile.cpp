// GroupCommitFile, the writer under the job journal and the moderation log: what is queued
// reaches the disk whole and in order, flush() waits for it, and a disk that refuses the bytes
// is reported instead of passing for written.

#include "GroupCommitFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

class TestGroupCommitFile : public QObject
{
    Q_OBJECT

private slots:
    void linesArriveInOrderAndFlushWaitsForThem();
    void closeWritesWhatIsStillQueued();
    void unopenableFileIsRefusedWithTheReason();
    void fullDiskIsReportedNotPassedForWritten();
};

void TestGroupCommitFile::linesArriveInOrderAndFlushWaitsForThem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"log.jsonl"_s);
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("kept\n");
    existing.close();

    std::atomic<int> groups = 0;
    std::atomic<bool> allOk = true;
    // Holds the writer after its first group, as a slow disk would, while the rest is queued.
    QSemaphore slowDisk;
    GroupCommitFile file;
    file.setWrittenCallback([&](bool ok, const QString &) {
        if (groups++ == 0)
            slowDisk.acquire();
        if (!ok)
            allOk = false;
    });
    QVERIFY(file.open(path));
    const int count = 2000;
    for (int n = 0; n < count; ++n)
        QVERIFY(file.append([n] { return QByteArray::number(n) + '\n'; }));
    slowDisk.release();
    QVERIFY(file.flush());
    QCOMPARE(file.unsynced(), 0);
    file.close(); // the writer thread has made its last call back
    QVERIFY(allOk);
    // Group commit: whatever was queued while the disk was busy went in one more write and one
    // fsync, not one per line.
    QVERIFY2(groups <= 2, qPrintable(QString::number(groups)));

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    QCOMPARE(lines.size(), count + 2); // "kept", the lines, and the empty rest after the last '\n'
    QCOMPARE(lines.first(), "kept"); // appended, never truncated
    for (int n = 0; n < count; ++n)
        QCOMPARE(lines.at(n + 1), QByteArray::number(n));
}

void TestGroupCommitFile::closeWritesWhatIsStillQueued()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.jsonl"_s);
    {
        GroupCommitFile file;
        QVERIFY(file.open(path));
        for (int n = 0; n < 100; ++n)
            file.append([n] { return "line " + QByteArray::number(n) + '\n'; });
        // No flush(): the destructor closes, and closing writes the rest.
    }
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QCOMPARE(bytes.count('\n'), 100);
    QVERIFY(bytes.endsWith("line 99\n"));

    GroupCommitFile closed;
    QVERIFY(!closed.append([] { return QByteArray("lost\n"); })); // not open: refused, not queued
    QCOMPARE(closed.unsynced(), 0);
}

void TestGroupCommitFile::unopenableFileIsRefusedWithTheReason()
{
    QTemporaryDir dir;
    GroupCommitFile file;
    QString error;
    QVERIFY(!file.open(dir.filePath(u"missing-folder/log.jsonl"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!file.isOpen());
}

void TestGroupCommitFile::fullDiskIsReportedNotPassedForWritten()
{
#ifdef Q_OS_LINUX
    // /dev/full accepts the open and refuses every write with ENOSPC, like a full disk.
    // Declared before the file: its thread may call back until the file is closed.
    std::atomic<int> failures = 0;
    QString reason;
    std::mutex reasonMutex;
    GroupCommitFile file;
    file.setWrittenCallback([&](bool ok, const QString &why) {
        if (!ok) {
            ++failures;
            const std::lock_guard lock(reasonMutex);
            reason = why;
        }
    });
    // Opening for appending tries to seek to the end, which a device cannot do.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot call seek"_s));
    QVERIFY(file.open(u"/dev/full"_s));
    file.append([] { return QByteArray(64 * 1024, 'x') + '\n'; });
    QVERIFY(!file.flush()); // false: the bytes did not reach the disk
    QCOMPARE(file.unsynced(), 0); // reported, so not waited for again
    QVERIFY(file.flush()); // nothing failed since the last flush()
    file.close(); // the writer thread has made its last call back
    QVERIFY(failures >= 1);
    const std::lock_guard lock(reasonMutex);
    QVERIFY(!reason.isEmpty());
#else
    QSKIP("needs /dev/full");
#endif
}

QTEST_GUILESS_MAIN(TestGroupCommitFile)
#include "tst_groupcommitfile.moc"
