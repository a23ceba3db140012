#pragma once

#include "GroupCommitFile.h"
#include "ModerationLogEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

// The team's record of every moderation action (the API cannot list bans, contract U-12):
// one JSON line per entry in AppPaths::logsDir(profileId)/moderation.jsonl, appended and
// fsync'ed as each answer arrives. Never holds a token.
//
// append() writes and syncs before it returns. enqueue(), for a job's answers, hands the entry
// to a GroupCommitFile (opened on first use) and returns: its thread writes entries in the
// order they were queued, with one fsync for every entry queued meanwhile. An fsync per answer on
// the GUI thread held up the next call of every job that logs (assign jobs included). What still
// holds, and why:
// - every entry reaches the disk, milliseconds after its answer: the writer runs as long as
//   something is queued, close() (and so the destructor) writes and syncs the rest first, and
//   JobRunner calls a job finished, or settled, only once unsyncedEntries() is 0;
// - the file is always a prefix of the queue (one write per group, in order), so a crash loses
//   at most the newest entries, never one in the middle, and tears at most the last line,
//   which load() skips. Before, a crash between an answer and its fsync lost that entry too;
//   the window is now one group commit instead of one fsync.
class ModerationLog
{
    Q_DECLARE_TR_FUNCTIONS(ModerationLog)

public:
    explicit ModerationLog(const QString &profileId);
    ~ModerationLog();
    ModerationLog(const ModerationLog &) = delete;
    ModerationLog &operator=(const ModerationLog &) = delete;

    QString path() const { return m_path; }
    bool append(ModerationLogEntry entry, QString *error = nullptr);
    QList<ModerationLogEntry> load(QString *error = nullptr) const; // oldest first

    // The entry gets its id and time here, not when it is written.
    void enqueue(ModerationLogEntry entry);
    // Entries queued and not yet written and synced (a failed write counts as done: it is
    // reported).
    qsizetype unsyncedEntries() const;
    // Blocks until every queued entry is written and synced; false when a write failed.
    bool flush();
    // Writes what is queued, syncs it and stops the writer thread.
    void close();
    // Called on the writer thread after each group, or at once from enqueue() when the file
    // cannot be opened, with false and the reason when the entries did not reach the disk; the
    // callee must hand over to its own thread (a queued invocation).
    void setWrittenCallback(std::function<void(bool ok, const QString &error)> callback);

    static bool writeCsv(const QList<ModerationLogEntry> &entries, QIODevice *device);
    static bool writeJson(const QList<ModerationLogEntry> &entries, QIODevice *device);

private:
    QString writeError(const QString &why) const;

    QString m_path;
    GroupCommitFile m_writer;
    std::function<void(bool, const QString &)> m_onWritten;
};
