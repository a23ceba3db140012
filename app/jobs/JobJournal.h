#pragma once

#include "GroupCommitFile.h"
#include "Job.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// A job on disk, written as it goes so that a crash, a kill -9 or a closed laptop loses at most
// the outcomes of the calls in flight (which are safe to send again: every bulk action is
// idempotent). Format: JSON Lines. The first lines (job header, the IDs, the skipped values)
// are written atomically when the job is created; after that every outcome is one appended
// line. A torn last line (power cut mid-write) is ignored when reading. Holds IDs, statuses and
// reasons only: never a token or an API key.
//
// Appended lines are queued and written by a GroupCommitFile: in order, on its own thread, one
// fsync for every line queued meanwhile. What is on disk is therefore always a prefix of what
// was queued, so every state a crash can leave behind is one the job really went
// through; JobRunner relies on that (see JobRunner::recordOutcome) and waits for
// unsyncedLines() == 0 before it calls a job finished or settled.
class JobJournal
{
    Q_DECLARE_TR_FUNCTIONS(JobJournal)

public:
    struct Summary
    {
        QString jobId;
        QString path;
        QDateTime createdUtc;
        JobAction action;
        JobState state = JobState::Ready;
        QString stateReason;
        Job::Counts counts;
        bool resumable() const
        {
            return state == JobState::Ready || state == JobState::Paused
                || state == JobState::Running;
        }
    };

    JobJournal() = default;
    ~JobJournal();
    JobJournal(const JobJournal &) = delete;
    JobJournal &operator=(const JobJournal &) = delete;

    static QString pathFor(const QString &profileId, const QString &jobId);

    // Writes the whole job (atomically) and keeps the file open for appending.
    bool create(const Job &job, QString *error = nullptr);
    // Opens an existing journal for appending (after load()).
    bool openForAppend(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.path(); }
    // Writes what is queued, syncs it and stops the writer thread.
    void close();

    // Each queues one line and returns at once; false only when the journal is not open.
    bool appendOutcome(const QStringList &ids, JobItem::Status status, const QString &reason = {});
    bool appendState(JobState state, const QString &reason = {});
    // "Retry failed only": these IDs are pending again.
    bool appendRetry(const QStringList &ids);

    // Lines queued and not yet written and synced (a failed write counts as done: it is reported).
    qsizetype unsyncedLines() const;
    // Blocks until every queued line is written and synced; false when a write failed.
    bool flush();
    // Called on the writer thread after each group commit with false when the write or the sync
    // failed; the callee must hand over to its own thread (a queued invocation).
    void setWrittenCallback(std::function<void(bool ok)> callback);

    static std::optional<Job> load(const QString &path, QString *error = nullptr);
    // Every job of a profile, newest first.
    static QList<Summary> list(const QString &profileId);
    // A job id or a unique prefix of one.
    static QString find(const QString &profileId, const QString &jobIdOrPrefix, QString *error);

private:
    bool appendLine(QJsonObject fields, const QStringList &ids = {});

    GroupCommitFile m_file;
};
