#include "JobRunner.h"

#include "ModerationLog.h"
#include "WatchersClient.h"

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {
constexpr qint64 RateWindowMs = 10'000;
}

JobRunner::JobRunner(WatchersClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_clock.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &JobRunner::pump);
    m_journal.setWrittenCallback([this](bool ok) {
        QMetaObject::invokeMethod(
            this,
            [this, ok] {
                onWritten(
                    ok,
                    ok ? QString()
                       : tr("The job journal could not be written: %1").arg(m_journal.path()));
            },
            Qt::QueuedConnection);
    });
}

JobRunner::~JobRunner()
{
    // Calls still in flight: their answers would arrive for a runner that no longer exists (the
    // context drops them). The journal keeps those IDs pending, so a later resume re-sends them.
    // Before any member goes: the writer threads call back into this object until they stop.
    forgetCalls(); // closes the moderation log too
    m_journal.close();
}

void JobRunner::forgetCalls()
{
    // Taken out first: a cancel may answer at once, and that answer must find nothing.
    const QHash<quint64, Flight> flights = std::exchange(m_inFlight, {});
    m_queue.clear();
    if (m_client) {
        for (const Flight &flight : flights)
            m_client->cancel(flight.requestId);
    }
    m_moderationLog.reset(); // written and synced first; the next job may be another profile's
}

bool JobRunner::create(Job job, QString *error)
{
    // Batches point into the item list by position: nothing of another job may still answer.
    forgetCalls();
    m_job = std::move(job);
    m_job.ownItems(); // the copy a caller's Job would otherwise cost at the first answer
    m_job.state = JobState::Ready;
    if (!m_journal.create(m_job, error))
        return false;
    emit progressed();
    return true;
}

bool JobRunner::open(const QString &journalPath, QString *error)
{
    auto loaded = JobJournal::load(journalPath, error);
    if (!loaded)
        return false;
    forgetCalls();
    if (!m_journal.openForAppend(journalPath, error))
        return false;
    m_job = std::move(*loaded);
    // "running" in a journal means the process died mid-job: it is paused now.
    if (m_job.state == JobState::Running || m_job.state == JobState::Ready) {
        m_job.state = JobState::Paused;
        m_job.stateReason = tr("Interrupted: Badge Desk stopped while the job was running.");
    }
    emit progressed();
    return true;
}

void JobRunner::setState(JobState state, const QString &reason)
{
    if (m_job.state == state && m_job.stateReason == reason)
        return;
    m_job.state = state;
    m_job.stateReason = reason;
    if (!m_journal.appendState(state, reason))
        emit journalFailed(tr("The job journal could not be written: %1").arg(m_journal.path()));
    emit stateChanged(state);
}

void JobRunner::start()
{
    if (m_job.state == JobState::Running || m_job.id.isEmpty())
        return;
    m_settledReported = false;
    if (m_job.counts().pending == 0 && m_inFlight.isEmpty()) {
        finishWhenWritten();
        return;
    }
    m_problem.reset();
    m_failuresInARow = 0;
    m_holdUntil = QDeadlineTimer(0);
    setState(JobState::Running);
    rebuildQueue();
    pump();
}

void JobRunner::pause()
{
    if (m_job.state != JobState::Running)
        return;
    m_wake.stop();
    m_finishWhenWritten = false;
    setState(JobState::Paused, tr("Paused by you."));
    checkSettled();
}

void JobRunner::cancel()
{
    if (m_job.state == JobState::Finished || m_job.state == JobState::Cancelled)
        return;
    m_wake.stop();
    m_queue.clear();
    m_finishWhenWritten = false;
    setState(JobState::Cancelled, tr("Cancelled by you."));
    // Answers already on their way are still recorded; the rest stay pending in the journal.
    const auto flights = m_inFlight.values();
    for (const Flight &flight : flights) {
        if (m_client)
            m_client->cancel(flight.requestId);
    }
    checkSettled();
}

void JobRunner::retryFailed()
{
    if (m_job.state == JobState::Running)
        return;
    QStringList failed;
    QList<qsizetype> where;
    const QList<JobItem> &items = m_job.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).status == JobItem::Status::Failed) {
            failed.append(items.at(i).userId);
            where.append(i);
        }
    }
    if (failed.isEmpty())
        return;
    if (!m_journal.appendRetry(failed))
        emit journalFailed(tr("The job journal could not be written: %1").arg(m_journal.path()));
    for (const qsizetype i : std::as_const(where))
        m_job.setStatusAt(i, JobItem::Status::Pending);
    emit progressed();
    start();
}

void JobRunner::rebuildQueue()
{
    const QList<JobItem> &items = m_job.items();
    std::vector<bool> flying(size_t(items.size()), false);
    for (const Flight &flight : std::as_const(m_inFlight)) {
        for (const qsizetype i : flight.batch.items)
            flying[size_t(i)] = true;
    }
    m_queue.clear();
    const int size = m_job.action.isBatched() ? qMax(1, m_job.batchSize) : 1;
    Batch batch;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).status != JobItem::Status::Pending || flying[size_t(i)])
            continue;
        batch.ids.append(items.at(i).userId);
        batch.items.append(i);
        if (batch.ids.size() >= size) {
            m_queue.append(std::move(batch));
            batch = {};
        }
    }
    if (!batch.ids.isEmpty())
        m_queue.append(std::move(batch));
}

void JobRunner::pump()
{
    if (m_job.state != JobState::Running || !m_client)
        return;
    const qint64 minGapMs =
        m_options.maxPerSecond > 0 ? qint64(1000.0 / m_options.maxPerSecond) : 0;
    while (m_inFlight.size() < m_options.maxInFlight && !m_queue.isEmpty()) {
        qint64 waitMs = m_holdUntil.remainingTime();
        const qint64 sinceLast = m_clock.elapsed() - m_lastDispatchMs;
        waitMs = std::max(waitMs, minGapMs - sinceLast);
        // The first batch whose backoff has passed goes first; a batch waiting to be retried
        // does not hold up the rest.
        auto ready = std::find_if(m_queue.begin(), m_queue.end(),
                                  [](const Batch &b) { return b.notBefore.hasExpired(); });
        if (ready == m_queue.end()) {
            qint64 soonest = std::numeric_limits<qint64>::max();
            for (const Batch &b : std::as_const(m_queue))
                soonest = std::min(soonest, b.notBefore.remainingTime());
            waitMs = std::max(waitMs, soonest);
        }
        if (waitMs > 0) {
            m_wake.start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
            return;
        }
        Batch batch = std::move(*ready);
        m_queue.erase(ready);
        dispatch(std::move(batch));
    }
    if (m_queue.isEmpty() && m_inFlight.isEmpty()) {
        if (m_job.counts().pending > 0) {
            rebuildQueue(); // IDs a cancelled call handed back
            if (!m_queue.isEmpty()) {
                pump();
                return;
            }
        }
        finishWhenWritten();
    }
}

void JobRunner::dispatch(Batch batch)
{
    ++batch.attempts;
    ++m_attempts;
    m_lastDispatchMs = m_clock.elapsed();
    const quint64 token = m_nextToken++;
    const JobAction &action = m_job.action;
    auto onNoValue = [this, token](const ApiResult<NoValue> &result) {
        onAnswer(token, result.error());
    };
    auto onAssign = [this, token](const ApiResult<AssignOutcome> &result) {
        onAnswer(token, result.error());
    };
    quint64 requestId = 0;
    switch (action.kind) {
    case JobAction::Kind::Assign:
        requestId = m_client->assignUsers(action.badgeId, batch.ids, this, onAssign);
        break;
    case JobAction::Kind::Unassign:
        requestId = m_client->unassignUsers(action.badgeId, batch.ids, this, onAssign);
        break;
    case JobAction::Kind::Ban:
    case JobAction::Kind::Unban:
        requestId = m_client->ban(action.banRequestFor(batch.ids.constFirst()), this, onNoValue);
        break;
    case JobAction::Kind::GrantModerator:
        requestId =
            m_client->grantModerator(action.grantFor(batch.ids.constFirst()), this, onNoValue);
        break;
    }
    m_inFlight.insert(token, {std::move(batch), requestId});
}

void JobRunner::onAnswer(quint64 token, const ApiError &error)
{
    auto it = m_inFlight.find(token);
    if (it == m_inFlight.end())
        return;
    Batch batch = std::move(it->batch);
    m_inFlight.erase(it);

    using Kind = ApiError::Kind;
    // Any 2xx counts (contract §3), even one whose body we could not read.
    if (!error.isError() || error.kind() == Kind::BadResponse) {
        m_failuresInARow = 0;
        recordOutcome(batch, JobItem::Status::Done, {}, error);
        noteDone(batch.ids.size());
    } else if (error.kind() == Kind::Cancelled) {
        // Not sent, or sent and not confirmed: either way still pending, and safe to repeat.
        if (m_job.state == JobState::Running)
            m_queue.prepend(std::move(batch));
    } else if (error.isCredentialProblem() || error.kind() == Kind::NotFound
               || error.kind() == Kind::RefusedUrl || error.kind() == Kind::Tls) {
        m_queue.prepend(std::move(batch));
        pauseFor(error, error.userMessage());
    } else if (error.kind() == Kind::Validation && batch.ids.size() > 1) {
        // One bad ID must not sink 499 good ones: halve until the culprit stands alone.
        const qsizetype half = batch.ids.size() / 2;
        m_queue.prepend(Batch {batch.ids.mid(half), batch.items.mid(half), 0, QDeadlineTimer(0)});
        m_queue.prepend(
            Batch {batch.ids.first(half), batch.items.first(half), 0, QDeadlineTimer(0)});
    } else if (error.isTransient()) {
        retryLater(std::move(batch), error);
    } else {
        m_failuresInARow = 0;
        recordOutcome(batch, JobItem::Status::Failed, error.summary(), error);
    }
    emit progressed();
    if (m_job.state == JobState::Running)
        pump();
    checkSettled();
}

void JobRunner::retryLater(Batch batch, const ApiError &error)
{
    ++m_failuresInARow;
    if (m_failuresInARow >= m_options.failureBudget) {
        m_queue.prepend(std::move(batch));
        pauseFor(error,
                 tr("The server failed %n times in a row; the job is paused so as not "
                    "to overload it. Last error: %1",
                    nullptr, m_failuresInARow)
                     .arg(error.summary()));
        return;
    }
    if (batch.attempts >= m_options.maxAttemptsPerCall) {
        recordOutcome(
            batch, JobItem::Status::Failed,
            tr("Gave up after %n attempts: %1", nullptr, batch.attempts).arg(error.summary()),
            error);
        return;
    }
    const auto retryAfter = error.retryAfter();
    if (retryAfter && *retryAfter > m_options.longestWait) {
        m_queue.prepend(std::move(batch));
        const QDateTime back = QDateTime::currentDateTime().addMSecs(retryAfter->count());
        pauseFor(error,
                 tr("The server asks to wait until %1; the job is paused. Resume it then.")
                     .arg(QLocale().toString(back, QLocale::ShortFormat)));
        return;
    }
    const milliseconds delay = m_options.retry.delayFor(batch.attempts, retryAfter);
    batch.notBefore = QDeadlineTimer(delay.count());
    if (error.kind() == ApiError::Kind::RateLimited) {
        // The limit applies to us as a whole: hold every call, not just this one.
        if (m_holdUntil.remainingTime() < delay.count())
            m_holdUntil = QDeadlineTimer(delay.count());
    }
    m_queue.prepend(std::move(batch));
}

void JobRunner::pauseFor(const ApiError &error, const QString &reason)
{
    m_problem = error;
    if (m_job.state != JobState::Running)
        return;
    m_wake.stop();
    m_finishWhenWritten = false;
    setState(JobState::Paused, reason);
    emit pausedByProblem(error);
}

void JobRunner::recordOutcome(const Batch &batch, JobItem::Status status, const QString &reason,
                              const ApiError &error)
{
    // Counted now, on disk a few milliseconds later (the journal's writer thread syncs in
    // groups), so the next call goes out without waiting for an fsync. Why no ID can be lost:
    // - a crash before the line is synced leaves these IDs pending in the journal: a resume
    //   sends them again, which is allowed (every bulk action is idempotent) and sends nothing
    //   the journal had confirmed;
    // - lines reach the disk in the order they were queued, so the disk always holds a prefix
    //   of this job's history, and no prefix marks an ID done that the server did not confirm;
    // - the one line that would lose IDs if it overtook the outcomes, "finished" (a finished
    //   job is never resumed), is queued only once every outcome line is synced
    //   (finishWhenWritten), and settled() waits for it too, so a caller that exits then
    //   leaves nothing behind.
    if (!m_journal.appendOutcome(batch.ids, status, reason))
        emit journalFailed(tr("The job journal could not be written: %1").arg(m_journal.path()));
    for (const qsizetype i : batch.items)
        m_job.setStatusAt(i, status, reason);
    if (m_logModeration)
        logModeration(batch.ids, error);
}

void JobRunner::logModeration(const QStringList &ids, const ApiError &error)
{
    ModerationLogEntry entry;
    entry.profileId = m_job.profileId;
    entry.profileName = m_profileName;
    entry.jobId = m_job.id;
    entry.action = m_job.action;
    entry.userIds = ids;
    entry.ok = !error.isError() || error.kind() == ApiError::Kind::BadResponse;
    entry.httpStatus = error.httpStatus();
    entry.result = entry.ok ? tr("OK") : error.summary();
    // Written and synced on the log's own thread, like the journal; finishWhenWritten() and
    // checkSettled() wait for it, so a job is not called finished before its entries are on disk.
    if (!m_moderationLog) {
        m_moderationLog = std::make_unique<ModerationLog>(m_job.profileId);
        m_moderationLog->setWrittenCallback([this](bool ok, const QString &problem) {
            QMetaObject::invokeMethod(
                this, [this, ok, problem] { onWritten(ok, problem); }, Qt::QueuedConnection);
        });
    }
    m_moderationLog->enqueue(std::move(entry));
}

qsizetype JobRunner::unsynced() const
{
    return m_journal.unsyncedLines() + (m_moderationLog ? m_moderationLog->unsyncedEntries() : 0);
}

void JobRunner::noteDone(qsizetype count)
{
    const qint64 now = m_clock.elapsed();
    m_recentDone.append({now, count});
    while (!m_recentDone.isEmpty() && now - m_recentDone.constFirst().first > RateWindowMs)
        m_recentDone.removeFirst();
}

double JobRunner::idsPerSecond() const
{
    if (m_recentDone.isEmpty())
        return 0;
    const qint64 now = m_clock.elapsed();
    qsizetype ids = 0;
    for (const auto &[when, count] : m_recentDone) {
        if (now - when <= RateWindowMs)
            ids += count;
    }
    const qint64 span = std::max<qint64>(1000, now - m_recentDone.constFirst().first);
    return ids * 1000.0 / double(span);
}

std::optional<qint64> JobRunner::etaSeconds() const
{
    const double rate = idsPerSecond();
    if (rate <= 0 || m_job.state != JobState::Running)
        return std::nullopt;
    return qint64(std::llround(double(m_job.counts().pending) / rate));
}

void JobRunner::finishWhenWritten()
{
    if (unsynced() > 0) {
        m_finishWhenWritten = true; // onWritten() comes back here
        return;
    }
    m_finishWhenWritten = false;
    setState(JobState::Finished);
    checkSettled();
}

// After each group the journal's or the moderation log's writer thread synced.
void JobRunner::onWritten(bool ok, const QString &problem)
{
    if (!ok)
        emit journalFailed(problem);
    if (m_finishWhenWritten)
        finishWhenWritten();
    checkSettled();
}

void JobRunner::checkSettled()
{
    // Once per stop: several paths (the last answer, pump(), pause(), the journal) can arrive
    // here together. Settled means on disk too: callers exit or close the window on it.
    if (m_job.state != JobState::Running && m_inFlight.isEmpty() && unsynced() == 0
        && !m_settledReported) {
        m_settledReported = true;
        emit settled();
    }
}
