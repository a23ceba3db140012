#pragma once

#include "ApiError.h"
#include "Job.h"
#include "JobJournal.h"
#include "JobOptions.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class ModerationLog;
class WatchersClient;

// Runs a Job through a WatchersClient: batches (assign) or one ID per call (ban, unban,
// moderator), a bounded number of calls in flight, an optional calls-per-second cap, retries
// with backoff for what is safe to repeat (every bulk action is idempotent), and every outcome
// queued for the journal before the next decision (written and synced on the journal's own
// thread; the job is finished, and settled, only once all of it is on disk). What an answer
// costs before the next call goes out is kept small: statuses are marked by position, not
// looked up by ID, and neither the journal nor the moderation log waits for a disk on this
// thread. The next call still goes out after progressed(), not before: a listener that pauses
// on it stops the job at that batch (tests rely on it). Credential
// problems (403, 404) and a server that keeps failing pause the job; start() after the fix
// sends only what is not confirmed.
//
// Attempts are counted here, per call: Qt itself may re-send a request once when a kept-alive
// connection drops, so a server can see more requests than attemptsSent(); that is harmless
// for idempotent calls and is why nothing here assumes one server hit per call.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(WatchersClient *client, QObject *parent = nullptr);
    ~JobRunner() override;

    void setOptions(const JobOptions &options) { m_options = options; }
    const JobOptions &options() const { return m_options; }
    // Shown in the moderation log next to each entry.
    void setProfileName(const QString &name) { m_profileName = name; }
    // Off for jobs that are not moderation (the log then records nothing); on by default.
    void setModerationLogEnabled(bool enabled) { m_logModeration = enabled; }

    // A new job: writes its journal. The job is Ready; start() sends.
    bool create(Job job, QString *error = nullptr);
    // An existing job from its journal (after a crash, a kill, a pause in another session).
    bool open(const QString &journalPath, QString *error = nullptr);

    const Job &job() const { return m_job; }
    JobState state() const { return m_job.state; }
    int inFlight() const { return int(m_inFlight.size()); }
    qint64 attemptsSent() const { return m_attempts; }
    // The problem that paused the job, if one did.
    std::optional<ApiError> problem() const { return m_problem; }
    double idsPerSecond() const; // over the last few seconds
    std::optional<qint64> etaSeconds() const;

public slots:
    void start(); // from Ready or Paused (or Cancelled, to carry on after all)
    void pause();
    void cancel();
    // Failed IDs become pending again and the job runs.
    void retryFailed();

signals:
    void progressed(); // counts changed
    void stateChanged(JobState state);
    void pausedByProblem(const ApiError &error);
    // Nothing in flight and not running: the job is paused, finished or cancelled for good.
    void settled();
    void journalFailed(const QString &error);

private:
    struct Batch
    {
        QStringList ids;
        // Where each of `ids` stands in m_job.items(), in the same order: the answer marks
        // statuses there without a lookup by ID.
        QList<qsizetype> items;
        int attempts = 0;
        QDeadlineTimer notBefore {0};
    };
    struct Flight
    {
        Batch batch;
        quint64 requestId = 0;
    };

    void setState(JobState state, const QString &reason = {});
    void rebuildQueue();
    void forgetCalls();
    void pump();
    void dispatch(Batch batch);
    void onAnswer(quint64 token, const ApiError &error);
    void recordOutcome(const Batch &batch, JobItem::Status status, const QString &reason,
                       const ApiError &error);
    void logModeration(const QStringList &ids, const ApiError &error);
    qsizetype unsynced() const;
    void retryLater(Batch batch, const ApiError &error);
    void pauseFor(const ApiError &error, const QString &reason);
    void finishWhenWritten();
    void onWritten(bool ok, const QString &problem);
    void checkSettled();
    void noteDone(qsizetype count);

    QPointer<WatchersClient> m_client;
    JobOptions m_options;
    Job m_job;
    JobJournal m_journal;
    std::unique_ptr<ModerationLog> m_moderationLog; // opened on the first entry
    QString m_profileName;
    bool m_logModeration = true;
    QList<Batch> m_queue;
    QHash<quint64, Flight> m_inFlight; // by our token
    quint64 m_nextToken = 1;
    QDeadlineTimer m_holdUntil {0}; // a 429's Retry-After holds every call, not just one
    QElapsedTimer m_clock;
    qint64 m_lastDispatchMs = -1'000'000;
    QTimer m_wake;
    qint64 m_attempts = 0;
    int m_failuresInARow = 0;
    bool m_settledReported = false;
    bool m_finishWhenWritten =
        false; // every ID answered; waiting for the journal and the log to catch up
    std::optional<ApiError> m_problem;
    QList<std::pair<qint64, qsizetype>> m_recentDone; // (ms, ids) for the rate
};
