#pragma once

#include "Job.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <optional>

class QJsonObject;

// A job on disk, written as it goes so that a crash, a kill -9 or a closed laptop loses at most
// the outcomes of the calls in flight (which are safe to send again: every bulk action is
// idempotent). Format: JSON Lines. The first lines (job header, the IDs, the skipped values)
// are written atomically when the job is created; after that every outcome is one appended
// line, flushed and fsync'ed before the next one. A torn last line (power cut mid-write) is
// ignored when reading. Holds IDs, statuses and reasons only: never a token or an API key.
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
    QString path() const { return m_file.fileName(); }
    void close();

    // One line per call outcome, on disk (fsync) when this returns true.
    bool appendOutcome(const QStringList &ids, JobItem::Status status, const QString &reason = {});
    bool appendState(JobState state, const QString &reason = {});
    // "Retry failed only": these IDs are pending again.
    bool appendRetry(const QStringList &ids);

    static std::optional<Job> load(const QString &path, QString *error = nullptr);
    // Every job of a profile, newest first.
    static QList<Summary> list(const QString &profileId);
    // A job id or a unique prefix of one.
    static QString find(const QString &profileId, const QString &jobIdOrPrefix, QString *error);

private:
    bool appendLine(const QJsonObject &line);

    QFile m_file;
};
