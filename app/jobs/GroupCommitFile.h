#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

// An append-only file written by its own thread with group commit: append() queues and returns
// at once; the writer writes everything queued meanwhile in one write, in the order it was
// queued, then fsyncs once. An fsync takes milliseconds, and on the GUI thread it held up the
// next calls of every bulk job; one fsync per group also keeps a fast job from queueing one per
// answer. What is on disk is always a prefix of what was queued, and a crash can tear only the
// last line written. JobJournal and ModerationLog are built on it.
class GroupCommitFile
{
public:
    // Produces whole lines ('\n' at the end), on the writer thread: serialising a thousand IDs
    // is the costly part of a line, and it does not belong on the caller's thread either.
    using Lines = std::function<QByteArray()>;
    // Called on the writer thread after each group, with false and the reason when the write or
    // the sync failed; the callee hands over to its own thread (a queued invocation).
    using WrittenCallback = std::function<void(bool ok, const QString &error)>;

    GroupCommitFile() = default;
    ~GroupCommitFile();
    GroupCommitFile(const GroupCommitFile &) = delete;
    GroupCommitFile &operator=(const GroupCommitFile &) = delete;

    // Opens `path` for appending and starts the writer.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_writer.joinable(); }
    QString path() const { return m_file.fileName(); }
    // Writes what is queued, syncs it and stops the writer.
    void close();

    // False only when the file is not open.
    bool append(Lines lines);
    // Appends queued and not yet written and synced (a failed write counts as done: it was
    // reported).
    qsizetype unsynced() const;
    // Blocks until everything queued is written and synced; false when a write failed since the
    // last flush().
    bool flush();
    void setWrittenCallback(WrittenCallback callback);

    // QFile::flush() and then fsync (_commit on Windows): the bytes are on the disk.
    static bool syncToDisk(QFile &file);

private:
    void writeLoop();

    QFile m_file; // used by the writer thread only while it runs

    std::thread m_writer;
    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_queuedMore;
    std::condition_variable m_synced;
    QList<Lines> m_queue;
    qsizetype m_inWrite = 0; // taken by the writer and not yet synced
    bool m_stopping = false;
    bool m_failedSinceFlush = false;
    WrittenCallback m_onWritten;
};
