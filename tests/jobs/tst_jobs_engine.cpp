// The job engine against the contract sandbox with fault injection. Every test ends by asking
// the sandbox (through its inspection routes) where each ID ended: none lost, none skipped,
// and confirmed work never sent twice.

#include "AppPaths.h"
#include "JobJournal.h"
#include "JobResults.h"
#include "JobRunner.h"
#include "ModerationLog.h"
#include "RawHttp.h"
#include "SandboxServer.h"
#include "UserIdListParser.h"
#include "WatchersClient.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString ApiKey = u"jobs-api-key"_s;
const QString Token = u"tok-JOBS-SECRET-5f4e3d2c1b0a"_s;
const QString ProfileId = u"test-profile"_s;
const QString AssignRoute = u"POST /external/badge/:id/users"_s;

QStringList makeIds(int n, const QString &prefix = u"u"_s)
{
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids.append(prefix + QString::number(i));
    return ids;
}
} // namespace

class TestJobsEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void assignsEveryIdOnceInBatches();
    void survivesRateLimitsServerErrorsResetsAndStalls();
    void absurdRetryAfterIsIgnoredAndLongOnePauses();
    void credentialProblemPausesAndResumeSendsOnlyTheRest();
    void failureBudgetPausesInsteadOfHammering();
    void resumeFromJournalSkipsConfirmedBatches();
    void tornJournalLineIsIgnored();
    void journalWritesQueuedLinesInOrder();
    void jobIsFinishedOnlyOnceEveryOutcomeIsOnDisk();
    void batchOverServerCapIsSplitNotLost();
    void retryFailedOnlyResendsOnlyFailures();
    void requestsPerSecondCapIsRespected();
    void banUnbanAndModeratorAreLoggedAndApplied();
    void unknownRoomPausesModeratorJob();
    void skippedValuesAreReportedAndExported();
    void neitherJournalNorLogHoldsTheToken();

private:
    Job makeJob(const JobAction &action, const QStringList &ids, int batchSize = 100);
    qint64 createBadge();
    bool runToSettled(JobRunner &runner, int timeoutMs = 30000);
    QStringList holders(qint64 badgeId);
    QJsonObject routeStats(const QString &route);
    void setFaults(const QJsonObject &plan);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WatchersClient> m_client;
    std::unique_ptr<RawHttp> m_http;
    JobOptions m_options;
};

void TestJobsEngine::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    AppPaths::setDataRootOverride(m_dataDir->path());
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Token};
    project.rooms = {u"lobby"_s, u"match-42"_s};
    options.projects = {project};
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_http = std::make_unique<RawHttp>(m_sandbox->baseUrl());

    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = m_sandbox->baseUrl();
    connection.apiKey = ApiKey;
    connection.bearerToken = Token;
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(connection);
    ClientOptions clientOptions;
    clientOptions.transferTimeoutMs = 700; // stalls become timeouts quickly
    clientOptions.deadlineMs = 5000;
    m_client->setOptions(clientOptions);

    m_options = {};
    m_options.retry.base = std::chrono::milliseconds(20);
    m_options.retry.cap = std::chrono::milliseconds(100);
}

void TestJobsEngine::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_sandbox.reset();
    AppPaths::setDataRootOverride({});
    m_dataDir.reset();
}

Job TestJobsEngine::makeJob(const JobAction &action, const QStringList &ids, int batchSize)
{
    return Job::create(ProfileId, action, UserIdListParser::parse(ids.join(u'\n')), batchSize);
}

qint64 TestJobsEngine::createBadge()
{
    const RawHttpReply reply = m_http->send(
        "POST", u"/external/badge"_s,
        R"({"text":"VIP","backgroundColor":"#ea00fc","textColor":"#000000","tooltip":"t",)"
        R"("communicationPic":null,"communicationTitle":"Hi","communicationText":"Welcome"})",
        {{"x-api-key", ApiKey.toUtf8()},
         {"Authorization", "Bearer " + Token.toUtf8()},
         {"Content-Type", "application/json"}});
    return reply.json().toObject().value(u"id"_s).toInteger();
}

bool TestJobsEngine::runToSettled(JobRunner &runner, int timeoutMs)
{
    QSignalSpy settled(&runner, &JobRunner::settled);
    runner.start();
    return settled.count() > 0 || settled.wait(timeoutMs);
}

QStringList TestJobsEngine::holders(qint64 badgeId)
{
    return m_http->get(u"/__sandbox/badges/%1/holders"_s.arg(badgeId))
        .json()
        .toVariant()
        .toStringList();
}

QJsonObject TestJobsEngine::routeStats(const QString &route)
{
    return m_http->get(u"/__sandbox/stats"_s).json()[u"routes"_s][route].toObject();
}

void TestJobsEngine::setFaults(const QJsonObject &plan)
{
    QVERIFY(m_http->post(u"/__sandbox/faults"_s, plan).status == 200);
}

static QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void TestJobsEngine::assignsEveryIdOnceInBatches()
{
    const qint64 badge = createBadge();
    QVERIFY(badge > 0);
    const QStringList ids = makeIds(1234);
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), ids, 100)));
    QVERIFY(runToSettled(runner));

    QCOMPARE(runner.state(), JobState::Finished);
    QCOMPARE(runner.job().counts().done, 1234);
    QCOMPARE(holders(badge), sorted(ids));
    const QJsonObject stats = routeStats(AssignRoute);
    QCOMPARE(stats[u"count"_s].toInt(), 13); // 12 × 100 + 34
    QCOMPARE(stats[u"userIdsApplied"_s].toInt(), 1234);
}

void TestJobsEngine::survivesRateLimitsServerErrorsResetsAndStalls()
{
    const qint64 badge = createBadge();
    // Both Retry-After forms, 5xx, resets before and after the state changed, and stalls.
    // Counts of 2 for connection faults: Qt re-sends once by itself on a dropped keep-alive.
    setFaults(
        {{u"retryAfter"_s, u"1"_s},
         {u"next"_s,
          QJsonArray {QJsonObject {{u"kind"_s, u"429"_s}, {u"count"_s, 2}},
                      QJsonObject {{u"kind"_s, u"503"_s}, {u"count"_s, 2}},
                      QJsonObject {{u"kind"_s, u"reset"_s}, {u"count"_s, 2}},
                      QJsonObject {{u"kind"_s, u"reset-after-apply"_s}, {u"count"_s, 2}},
                      QJsonObject {{u"kind"_s, u"stall"_s}, {u"count"_s, 2}},
                      QJsonObject {{u"kind"_s, u"502"_s}, {u"count"_s, 1}}}},
         {u"random"_s, QJsonArray {QJsonObject {{u"kind"_s, u"500"_s}, {u"fraction"_s, 0.15}}}}});
    const QStringList ids = makeIds(2000);
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), ids, 50)));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runToSettled(runner, 60000));

    QCOMPARE(runner.state(), JobState::Finished);
    QCOMPARE(runner.job().counts().done, 2000);
    QCOMPARE(runner.job().counts().failed, 0);
    QCOMPARE(holders(badge), sorted(ids)); // none lost
    const QJsonObject stats = routeStats(AssignRoute);
    const QJsonObject outcomes = stats[u"outcomes"_s].toObject();
    QVERIFY(outcomes[u"429"_s].toInt() >= 2);
    QVERIFY(outcomes[u"reset-after-apply"_s].toInt() >= 1);
    QVERIFY(outcomes[u"stall"_s].toInt() >= 1);
    // Re-sent IDs can only come from calls whose answer never arrived (reset-after-apply,
    // plus Qt's own silent re-send of those): confirmed batches were never sent again.
    const int applied = stats[u"userIdsApplied"_s].toInt();
    QVERIFY2(applied >= 2000 && applied <= 2000 + 4 * 50, qPrintable(QString::number(applied)));
    // The 429s' Retry-After of 1 s held the job up (backoff alone would be ~0.1 s).
    QVERIFY(timer.elapsed() >= 900);
}

void TestJobsEngine::absurdRetryAfterIsIgnoredAndLongOnePauses()
{
    const qint64 badge = createBadge();
    // A day: absurd, so ignored in favour of our own backoff; the job still finishes fast.
    setFaults({{u"retryAfter"_s, 86400},
               {u"next"_s, QJsonArray {QJsonObject {{u"kind"_s, u"429"_s}, {u"count"_s, 1}}}}});
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), makeIds(10))));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Finished);
    QVERIFY(timer.elapsed() < 3000);

    // 10 minutes as an HTTP date: sane but longer than we keep a window waiting → paused.
    setFaults({{u"retryAfter"_s, u"http-date:600"_s},
               {u"next"_s, QJsonArray {QJsonObject {{u"kind"_s, u"429"_s}, {u"count"_s, 1}}}}});
    JobRunner second(m_client.get());
    second.setOptions(m_options);
    QVERIFY(second.create(makeJob(JobAction::assign(badge), makeIds(10, u"w"_s))));
    QSignalSpy paused(&second, &JobRunner::pausedByProblem);
    QVERIFY(runToSettled(second));
    QCOMPARE(second.state(), JobState::Paused);
    QCOMPARE(paused.count(), 1);
    QVERIFY(second.job().stateReason.contains(u"wait until"_s));
    QCOMPARE(second.job().counts().pending, 10);
    QVERIFY(runToSettled(second)); // the user resumes later
    QCOMPARE(second.state(), JobState::Finished);
}

void TestJobsEngine::credentialProblemPausesAndResumeSendsOnlyTheRest()
{
    const qint64 badge = createBadge();
    const QStringList ids = makeIds(300);
    m_options.maxInFlight = 1;
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), ids, 50)));
    // Revoke the token after two confirmed batches.
    ConnectionSettings good = m_client->connection();
    int batches = 0;
    connect(&runner, &JobRunner::progressed, this, [&] {
        if (runner.job().counts().done == 100 && batches++ == 0) {
            ConnectionSettings bad = good;
            bad.bearerToken = u"revoked-token"_s;
            m_client->setConnection(bad);
        }
    });
    QSignalSpy problem(&runner, &JobRunner::pausedByProblem);
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Paused);
    QCOMPARE(problem.count(), 1);
    QCOMPARE(problem.first().first().value<ApiError>().kind(), ApiError::Kind::TokenRejected);
    QVERIFY(runner.job().stateReason.contains(u"token"_s, Qt::CaseInsensitive));
    QCOMPARE(runner.job().counts().done, 100);
    QCOMPARE(runner.job().counts().pending, 200);

    m_client->setConnection(good); // the user fixed the token
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Finished);
    QCOMPARE(holders(badge), sorted(ids));
    QCOMPARE(routeStats(AssignRoute)[u"userIdsApplied"_s].toInt(), 300); // nothing twice
}

void TestJobsEngine::failureBudgetPausesInsteadOfHammering()
{
    const qint64 badge = createBadge();
    setFaults(
        {{u"random"_s, QJsonArray {QJsonObject {{u"kind"_s, u"503"_s}, {u"fraction"_s, 1.0}}}}});
    m_options.failureBudget = 5;
    m_options.maxInFlight = 2;
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), makeIds(500), 50)));
    QSignalSpy problem(&runner, &JobRunner::pausedByProblem);
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Paused);
    QCOMPARE(problem.count(), 1);
    QVERIFY(runner.job().stateReason.contains(u"5 times"_s));
    const int sent = routeStats(AssignRoute)[u"count"_s].toInt();
    QVERIFY2(sent <= 5 + 1, qPrintable(QString::number(sent))); // budget + one still in flight
    QCOMPARE(runner.job().counts().pending, 500);

    setFaults({}); // the server recovered
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Finished);
    QCOMPARE(holders(badge).size(), 500);
}

void TestJobsEngine::resumeFromJournalSkipsConfirmedBatches()
{
    const qint64 badge = createBadge();
    const QStringList ids = makeIds(400);
    QString journalPath;
    {
        m_options.maxInFlight = 1;
        JobRunner runner(m_client.get());
        runner.setOptions(m_options);
        QVERIFY(runner.create(makeJob(JobAction::assign(badge), ids, 50)));
        connect(&runner, &JobRunner::progressed, &runner, [&runner] {
            if (runner.job().counts().done >= 150)
                runner.pause();
        });
        QVERIFY(runToSettled(runner));
        QCOMPARE(runner.state(), JobState::Paused);
        QCOMPARE(runner.job().counts().done, 150);
        journalPath = JobJournal::pathFor(ProfileId, runner.job().id);
    } // the window closed

    const auto listed = JobJournal::list(ProfileId);
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().resumable());
    QCOMPARE(listed.first().counts.done, 150);

    JobRunner resumed(m_client.get());
    resumed.setOptions(m_options);
    QVERIFY(resumed.open(journalPath));
    QCOMPARE(resumed.job().counts().pending, 250);
    QVERIFY(runToSettled(resumed));
    QCOMPARE(resumed.state(), JobState::Finished);
    QCOMPARE(holders(badge), sorted(ids));
    QCOMPARE(routeStats(AssignRoute)[u"userIdsApplied"_s].toInt(), 400);
    QCOMPARE(routeStats(AssignRoute)[u"count"_s].toInt(), 8);
    // And the journal now says so for the next session.
    QCOMPARE(JobJournal::load(journalPath)->state, JobState::Finished);
}

void TestJobsEngine::tornJournalLineIsIgnored()
{
    Job job = makeJob(JobAction::assign(7), makeIds(10));
    JobJournal journal;
    QVERIFY(journal.create(job));
    QVERIFY(journal.appendOutcome({u"u0"_s, u"u1"_s}, JobItem::Status::Done));
    const QString path = journal.path();
    journal.close();
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"k":"done","ids":["u2","u3")"); // power cut mid-line
    file.close();
    const auto loaded = JobJournal::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->counts().done, 2);
    QCOMPARE(loaded->counts().pending, 8);
}

void TestJobsEngine::journalWritesQueuedLinesInOrder()
{
    // Lines are written by the journal's own thread in groups; a resume replays them in file
    // order, so the last outcome queued for an ID must be the last one on disk.
    Job job = makeJob(JobAction::assign(7), makeIds(3));
    QString path;
    {
        JobJournal journal;
        QVERIFY(journal.create(job));
        path = journal.path();
        for (int i = 0; i < 300; ++i) {
            const auto status = i % 2 == 0 ? JobItem::Status::Failed : JobItem::Status::Done;
            QVERIFY(journal.appendOutcome({u"u0"_s}, status, QString::number(i)));
        }
        QVERIFY(journal.appendOutcome({u"u1"_s}, JobItem::Status::Done));
        QVERIFY(journal.flush());
        QCOMPARE(journal.unsyncedLines(), 0);
        QVERIFY(journal.appendOutcome({u"u2"_s}, JobItem::Status::Done));
    } // closed with a line still queued: the destructor writes it

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList reasons;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o[u"ids"_s].toArray() == QJsonArray {u"u0"_s})
            reasons.append(o[u"why"_s].toString());
    }
    QStringList expected;
    for (int i = 0; i < 300; ++i)
        expected.append(QString::number(i));
    QCOMPARE(reasons, expected);

    const auto loaded = JobJournal::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->counts().done, 3); // u0's last outcome (299) was "done", u1, u2
    QCOMPARE(loaded->counts().pending, 0);
}

void TestJobsEngine::jobIsFinishedOnlyOnceEveryOutcomeIsOnDisk()
{
    // Answers are counted before their journal line is synced; the job may be called finished
    // (and settled, when the CLI exits) only once the journal says so too, or a crash right
    // after "finished" would leave confirmed-looking work that is not on disk.
    const qint64 badge = createBadge();
    // Big batches: a line of 1,000 IDs takes the writer long enough that a premature
    // "finished" shows.
    const QStringList ids = makeIds(6000);
    m_options.maxInFlight = 3;
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), ids, 1000)));
    const QString path = JobJournal::pathFor(ProfileId, runner.job().id);
    std::optional<Job> onDiskWhenFinished;
    std::optional<Job> onDiskWhenSettled;
    connect(&runner, &JobRunner::stateChanged, &runner, [&](JobState state) {
        if (state == JobState::Finished)
            onDiskWhenFinished = JobJournal::load(path);
    });
    connect(&runner, &JobRunner::settled, &runner,
            [&] { onDiskWhenSettled = JobJournal::load(path); });
    QVERIFY(runToSettled(runner));

    QCOMPARE(runner.state(), JobState::Finished);
    QVERIFY(onDiskWhenFinished);
    QCOMPARE(onDiskWhenFinished->counts().done, 6000);
    QCOMPARE(onDiskWhenFinished->counts().pending, 0);
    QVERIFY(onDiskWhenSettled);
    QCOMPARE(onDiskWhenSettled->state, JobState::Finished);
    QCOMPARE(routeStats(AssignRoute)[u"userIdsApplied"_s].toInt(), 6000);
}

void TestJobsEngine::batchOverServerCapIsSplitNotLost()
{
    // A server that takes fewer IDs per call than configured answers 400: the engine halves
    // the batch instead of failing 100 good IDs.
    m_sandbox.reset();
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Token};
    options.projects = {project};
    options.assignCap = 30;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    m_http->setBaseUrl(m_sandbox->baseUrl());
    ConnectionSettings connection = m_client->connection();
    connection.customBaseUrl = m_sandbox->baseUrl();
    m_client->setConnection(connection);

    const qint64 badge = createBadge();
    const QStringList ids = makeIds(250);
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), ids, 100)));
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Finished);
    QCOMPARE(runner.job().counts().failed, 0);
    QCOMPARE(holders(badge), sorted(ids));
    QCOMPARE(routeStats(AssignRoute)[u"userIdsApplied"_s].toInt(), 250);
}

void TestJobsEngine::retryFailedOnlyResendsOnlyFailures()
{
    const qint64 badge = createBadge();
    m_options.maxInFlight = 1;
    m_options.maxAttemptsPerCall = 1;
    // The first call fails and is not retried; the others succeed.
    setFaults({{u"next"_s, QJsonArray {QJsonObject {{u"kind"_s, u"500"_s}, {u"count"_s, 1}}}}});
    const QStringList ids = makeIds(30);
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), ids, 10)));
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Finished);
    QVERIFY2(runner.job().counts().failed == 10,
             QJsonDocument(routeStats(AssignRoute)).toJson().constData());
    QCOMPARE(runner.job().counts().done, 20);
    QCOMPARE(runner.job().idsWith(JobItem::Status::Failed), ids.mid(0, 10));
    QVERIFY(runner.job().items().first().reason.contains(u"1 attempt"_s));
    QCOMPARE(holders(badge).size(), 20);

    QSignalSpy settled(&runner, &JobRunner::settled);
    runner.retryFailed();
    QVERIFY(settled.wait(10000));
    QCOMPARE(runner.job().counts().done, 30);
    QCOMPARE(holders(badge), sorted(ids));
    QCOMPARE(routeStats(AssignRoute)[u"userIdsApplied"_s].toInt(), 30); // only the 10 again
}

void TestJobsEngine::requestsPerSecondCapIsRespected()
{
    const qint64 badge = createBadge();
    m_options.maxPerSecond = 20; // one call every 50 ms
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(JobAction::assign(badge), makeIds(11), 1)));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Finished);
    QVERIFY2(timer.elapsed() >= 10 * 50 - 20, qPrintable(QString::number(timer.elapsed())));
}

void TestJobsEngine::banUnbanAndModeratorAreLoggedAndApplied()
{
    JobAction ban;
    ban.kind = JobAction::Kind::Ban;
    ban.banType = BanType::InRoom;
    ban.roomId = u"lobby"_s;
    ban.reason = BanReason::Flood;
    ban.expires = QDateTime::currentDateTimeUtc().addDays(7);
    ban.description = u"spam wave"_s;
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    runner.setProfileName(u"Staging"_s);
    QVERIFY(runner.create(makeJob(ban, {u"a"_s, u"b"_s, u"c"_s})));
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Finished);
    const QJsonArray bans = m_http->get(u"/__sandbox/bans"_s).json().toArray();
    QCOMPARE(bans.size(), 3);
    for (const QJsonValue &b : bans) {
        QCOMPARE(b[u"type"_s].toString(), u"IN_ROOM"_s);
        QCOMPARE(b[u"roomId"_s].toString(), u"lobby"_s);
        QCOMPARE(b[u"reason"_s].toInt(), 2);
        QCOMPARE(b[u"description"_s].toString(), u"spam wave"_s);
        QCOMPARE(b[u"expires"_s].toString(), BanRequest::formatExpiry(*ban.expires));
    }
    const QList<ModerationLogEntry> log = ModerationLog(ProfileId).load();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.first().profileName, u"Staging"_s);
    QVERIFY(log.first().ok);
    QCOMPARE(log.first().action.roomId, u"lobby"_s);
    QCOMPARE(log.first().jobId, runner.job().id);

    // Undo from the log: the unban repeats the ban's scope.
    const auto undo = log.first().action.inverse();
    QVERIFY(undo);
    QCOMPARE(undo->kind, JobAction::Kind::Unban);
    JobRunner unban(m_client.get());
    unban.setOptions(m_options);
    QVERIFY(unban.create(makeJob(*undo, {u"a"_s, u"b"_s, u"c"_s})));
    QVERIFY(runToSettled(unban));
    QCOMPARE(m_http->get(u"/__sandbox/bans"_s).json().toArray().size(), 0);

    JobAction grant;
    grant.kind = JobAction::Kind::GrantModerator;
    grant.roomId = u"match-42"_s;
    JobRunner mods(m_client.get());
    mods.setOptions(m_options);
    QVERIFY(mods.create(makeJob(grant, {u"m1"_s, u"m2"_s})));
    QVERIFY(runToSettled(mods));
    QCOMPARE(
        m_http->get(u"/__sandbox/moderators"_s).json()[u"match-42"_s].toVariant().toStringList(),
        QStringList({u"m1"_s, u"m2"_s}));
    QCOMPARE(ModerationLog(ProfileId).load().size(), 3 + 3 + 2);
}

void TestJobsEngine::unknownRoomPausesModeratorJob()
{
    JobAction grant;
    grant.kind = JobAction::Kind::GrantModerator;
    grant.roomId = u"no-such-room"_s;
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(grant, {u"m1"_s, u"m2"_s})));
    QSignalSpy problem(&runner, &JobRunner::pausedByProblem);
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Paused);
    QCOMPARE(problem.first().first().value<ApiError>().kind(), ApiError::Kind::NotFound);
    QCOMPARE(runner.job().counts().pending, 2);
}

void TestJobsEngine::skippedValuesAreReportedAndExported()
{
    const qint64 badge = createBadge();
    const UserIdList list = UserIdListParser::parse(u"userId\n1\n2\n1\n,,\n\"x\u0007\"\n3"_s);
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(Job::create(ProfileId, JobAction::assign(badge), list, 500)));
    QVERIFY(runToSettled(runner));
    const Job::Counts counts = runner.job().counts();
    QCOMPARE(counts.done, 3);
    QCOMPARE(counts.skipped, 3); // the duplicate "1", one empty field, the control character
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(JobResults::writeCsv(runner.job(), &csv));
    const QList<QByteArray> rows = csv.data().split('\n');
    QCOMPARE(rows.first(), QByteArray("userId,status,reason,line\r"));
    QVERIFY(csv.data().contains("1,done,,2\r\n"));
    QVERIFY(csv.data().contains("1,skipped-duplicate,"));
    QVERIFY(csv.data().contains(",skipped-invalid,"));
    QCOMPARE(holders(badge), QStringList({u"1"_s, u"2"_s, u"3"_s}));
}

void TestJobsEngine::neitherJournalNorLogHoldsTheToken()
{
    const qint64 badge = createBadge();
    JobAction ban;
    ban.kind = JobAction::Kind::Ban;
    for (const JobAction &action : {JobAction::assign(badge), ban}) {
        JobRunner runner(m_client.get());
        runner.setOptions(m_options);
        QVERIFY(runner.create(makeJob(action, makeIds(5))));
        QVERIFY(runToSettled(runner));
    }
    int files = 0;
    QDirIterator it(m_dataDir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(Token.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(ApiKey.toUtf8()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 3); // two journals and the log
}

QTEST_GUILESS_MAIN(TestJobsEngine)
#include "tst_jobs_engine.moc"
