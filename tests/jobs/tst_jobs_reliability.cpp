// Issue 7, reliability of bulk jobs against the sandbox: bursts of 429 (both Retry-After forms)
// and 5xx, a connection reset mid-request, a server that accepts and never answers, a server
// that refuses connections and comes back on the same port, a token revoked on the server, and
// an HTTPS server with a self-signed certificate.
// Each test ends where a user would look: the badge's holders (none lost), the sandbox's
// userIdsApplied (nothing applied twice), the job's state and the exact reason it shows.
//
// Faults are injected the moment the previous batch is confirmed (requestHandled), so each
// burst hits exactly one batch and the counts below are exact, not ranges. The sandbox keeps
// its state in a data file, so it can stop and come back on the same port like a real server.

#include "AppPaths.h"
#include "JobJournal.h"
#include "JobRunner.h"
#include "RawHttp.h"
#include "SandboxServer.h"
#include "SelfSignedTlsServer.h"
#include "UserIdListParser.h"
#include "WatchersClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString ApiKey = u"rel-api-key"_s;
const QString Token = u"tok-REL-SECRET-9a8b7c6d5e4f"_s;
const QString RotatedToken = u"tok-REL-SECRET-rotated-1f2e3d"_s;
const QString ProfileId = u"reliability"_s;
const QString AssignRoute = u"POST /external/badge/:id/users"_s;

QStringList makeIds(int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids.append(u"u%1"_s.arg(i, 4, 10, QLatin1Char('0'))); // sorts like the holders list
    return ids;
}

// One assign call as the sandbox saw it: when it was answered, and how.
struct Arrival
{
    qint64 ms = 0;
    int status = 0;
};
} // namespace

class TestJobsReliability : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void serverErrorBurstsAndBothRetryAfterFormsApplyEveryIdOnce();
    void connectionResetMidRequestLosesNothing();
    void stalledCallTimesOutAndItsBatchIsAppliedOnce();
    void refusedConnectionPausesAndTheServerComingBackFinishesTheJob();
    void tokenRevokedOnTheServerPausesAndResumeSendsOnlyTheRest();
    void untrustedCertificatePausesTheJobAndSendsNothing();

private:
    bool startSandbox(const QStringList &tokens, quint16 port = 0);
    void stopSandbox();
    qint64 createBadge();
    bool runToSettled(JobRunner &runner, int timeoutMs = 30000);
    QStringList holders(qint64 badgeId);
    int userCount(qint64 badgeId);
    QJsonObject assignStats();
    // After each confirmed assign call, the next burst of faults is armed for the next call.
    void armBursts(QList<QList<FaultPlan::Kind>> bursts, bool secondRateLimitAsHttpDate = false);
    JobRunner *newRunner(const QStringList &ids, int batchSize);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WatchersClient> m_client;
    std::unique_ptr<RawHttp> m_http;
    std::unique_ptr<JobRunner> m_runner;
    JobOptions m_options;
    QElapsedTimer m_clock;
    QList<Arrival> m_arrivals;
    QList<QList<FaultPlan::Kind>> m_bursts;
    bool m_httpDateNext = false;
};

void TestJobsReliability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppPaths::setDataRootOverride(m_dir->filePath(u"data"_s));
    m_arrivals.clear();
    m_bursts.clear();
    m_httpDateNext = false;
    m_clock.start();
    QVERIFY(startSandbox({Token}));
    m_http = std::make_unique<RawHttp>(m_sandbox->baseUrl());

    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = m_sandbox->baseUrl();
    connection.apiKey = ApiKey;
    connection.bearerToken = Token;
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(connection);
    ClientOptions clientOptions;
    clientOptions.transferTimeoutMs = 300; // a stalled call becomes a timeout quickly
    clientOptions.deadlineMs = 5000;
    m_client->setOptions(clientOptions);

    m_options = {};
    m_options.maxInFlight = 1; // one call at a time: each fault lands on a known batch
    m_options.retry.base = std::chrono::milliseconds(20);
    m_options.retry.cap = std::chrono::milliseconds(80);
}

void TestJobsReliability::cleanup()
{
    m_runner.reset();
    m_client.reset();
    m_http.reset();
    m_sandbox.reset();
    AppPaths::setDataRootOverride({});
    m_dir.reset();
}

bool TestJobsReliability::startSandbox(const QStringList &tokens, quint16 port)
{
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = tokens;
    options.projects = {project};
    options.port = port;
    options.dataFile = m_dir->filePath(u"sandbox.json"_s); // state survives a restart
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    if (!m_sandbox->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return false;
    }
    connect(m_sandbox.get(), &SandboxServer::requestHandled, this,
            [this](const QString &method, const QString &path, int status) {
                if (method != u"POST"_s || !path.endsWith(u"/users"_s))
                    return;
                m_arrivals.append({m_clock.elapsed(), status});
                if (status != 201 || m_bursts.isEmpty())
                    return;
                FaultPlan plan = m_sandbox->faultPlan();
                const QList<FaultPlan::Kind> burst = m_bursts.takeFirst();
                for (FaultPlan::Kind kind : burst) {
                    plan.addScripted({kind, 1, u"POST"_s, u"/external/badge/"_s});
                    if (kind == FaultPlan::Kind::TooManyRequests) {
                        plan.setRetryAfter(m_httpDateNext ? FaultPlan::RetryAfterForm::HttpDate
                                                          : FaultPlan::RetryAfterForm::Seconds,
                                           1);
                    }
                }
                m_sandbox->setFaultPlan(plan);
            });
    return true;
}

void TestJobsReliability::stopSandbox()
{
    m_sandbox.reset(); // closes every connection and the port; the data file keeps the state
}

void TestJobsReliability::armBursts(QList<QList<FaultPlan::Kind>> bursts,
                                    bool secondRateLimitAsHttpDate)
{
    m_bursts = std::move(bursts);
    if (!secondRateLimitAsHttpDate)
        return;
    // The first 429 answers "Retry-After: 1", the next one an HTTP date a second ahead.
    connect(m_sandbox.get(), &SandboxServer::requestHandled, this,
            [this](const QString &, const QString &, int status) {
                if (status == 429)
                    m_httpDateNext = true;
            });
}

qint64 TestJobsReliability::createBadge()
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

JobRunner *TestJobsReliability::newRunner(const QStringList &ids, int batchSize)
{
    m_runner = std::make_unique<JobRunner>(m_client.get());
    m_runner->setOptions(m_options);
    const qint64 badge = createBadge();
    const Job job = Job::create(ProfileId, JobAction::assign(badge),
                                UserIdListParser::parse(ids.join(u'\n')), batchSize);
    if (badge <= 0 || !m_runner->create(job))
        return nullptr;
    return m_runner.get();
}

bool TestJobsReliability::runToSettled(JobRunner &runner, int timeoutMs)
{
    QSignalSpy settled(&runner, &JobRunner::settled);
    runner.start();
    return settled.count() > 0 || settled.wait(timeoutMs);
}

QStringList TestJobsReliability::holders(qint64 badgeId)
{
    return m_http->get(u"/__sandbox/badges/%1/holders"_s.arg(badgeId))
        .json()
        .toVariant()
        .toStringList();
}

int TestJobsReliability::userCount(qint64 badgeId)
{
    const QJsonArray badges = m_http->get(u"/__sandbox/badges"_s).json().toArray();
    for (const QJsonValue &badge : badges) {
        if (badge[u"id"_s].toInteger() == badgeId)
            return badge[u"userCount"_s].toInt();
    }
    return -1;
}

QJsonObject TestJobsReliability::assignStats()
{
    return m_http->get(u"/__sandbox/stats"_s).json()[u"routes"_s][AssignRoute].toObject();
}

void TestJobsReliability::serverErrorBurstsAndBothRetryAfterFormsApplyEveryIdOnce()
{
    using K = FaultPlan::Kind;
    const QStringList ids = makeIds(400); // 8 calls of 50
    JobRunner *runner = newRunner(ids, 50);
    QVERIFY(runner);
    const qint64 badge = runner->job().action.badgeId;
    armBursts({{K::TooManyRequests},
               {K::InternalServerError, K::InternalServerError, K::InternalServerError},
               {K::BadGateway, K::BadGateway, K::BadGateway},
               {K::ServiceUnavailable, K::ServiceUnavailable, K::ServiceUnavailable},
               {K::GatewayTimeout, K::GatewayTimeout, K::GatewayTimeout},
               {K::TooManyRequests}},
              true);
    QSignalSpy paused(runner, &JobRunner::pausedByProblem);
    QVERIFY(runToSettled(*runner));

    QCOMPARE(runner->state(), JobState::Finished);
    QCOMPARE(paused.count(), 0); // bursts are ridden out, not handed to the user
    QCOMPARE(runner->job().counts().done, 400);
    QCOMPARE(runner->job().counts().failed, 0);
    QCOMPARE(holders(badge), ids); // none lost
    QCOMPARE(userCount(badge), 400);

    // 8 good calls + 14 faulted ones. A faulted call changes nothing, so every ID reached the
    // state exactly once, and no confirmed batch was sent again.
    const QJsonObject stats = assignStats();
    const QJsonObject outcomes = stats[u"outcomes"_s].toObject();
    QCOMPARE(outcomes[u"201"_s].toInt(), 8);
    QCOMPARE(outcomes[u"429"_s].toInt(), 2);
    for (const char *status : {"500", "502", "503", "504"})
        QCOMPARE(outcomes[QLatin1String(status)].toInt(), 3);
    QCOMPARE(stats[u"count"_s].toInt(), 22);
    QCOMPARE(runner->attemptsSent(), qint64(22));
    QCOMPARE(stats[u"userIds"_s].toInt(), 22 * 50);
    QCOMPARE(stats[u"userIdsApplied"_s].toInt(), 400);

    // Both Retry-After forms were honoured: after each 429 the next call came a second later
    // (backoff alone is under 0.1 s here).
    QCOMPARE(m_arrivals.size(), 22);
    int rateLimits = 0;
    for (qsizetype i = 0; i + 1 < m_arrivals.size(); ++i) {
        if (m_arrivals[i].status != 429)
            continue;
        ++rateLimits;
        const qint64 gap = m_arrivals[i + 1].ms - m_arrivals[i].ms;
        QVERIFY2(gap >= 950 && gap < 4000, qPrintable(u"waited %1 ms after a 429"_s.arg(gap)));
    }
    QCOMPARE(rateLimits, 2);
}

void TestJobsReliability::connectionResetMidRequestLosesNothing()
{
    using K = FaultPlan::Kind;
    const QStringList ids = makeIds(300);
    JobRunner *runner = newRunner(ids, 50);
    QVERIFY(runner);
    const qint64 badge = runner->job().action.badgeId;
    // Two of each: Qt quietly re-sends once on a dropped kept-alive connection, and the engine
    // must see the drop. "reset" drops before the server applies anything, "reset-after-apply"
    // after: the client cannot tell which, and must be safe either way.
    armBursts({{K::Reset, K::Reset}, {K::ResetAfterApply, K::ResetAfterApply}});
    QVERIFY(runToSettled(*runner));

    QCOMPARE(runner->state(), JobState::Finished);
    QCOMPARE(runner->job().counts().done, 300);
    QCOMPARE(runner->job().counts().failed, 0);
    QCOMPARE(holders(badge), ids);
    QCOMPARE(userCount(badge), 300); // nobody holds it twice

    const QJsonObject stats = assignStats();
    const QJsonObject outcomes = stats[u"outcomes"_s].toObject();
    QCOMPARE(outcomes[u"reset"_s].toInt(), 2);
    QCOMPARE(outcomes[u"reset-after-apply"_s].toInt(), 2);
    QCOMPARE(stats[u"count"_s].toInt(), 6 + 4);
    // Only the batch whose answer never arrived went again (assign is idempotent: twice
    // unheard, then confirmed); the reset-before-apply batch reached the state once.
    QCOMPARE(stats[u"userIdsApplied"_s].toInt(), 300 + 2 * 50);
}

void TestJobsReliability::stalledCallTimesOutAndItsBatchIsAppliedOnce()
{
    const QStringList ids = makeIds(300);
    m_options.maxInFlight = 2; // the other call keeps going while one hangs
    JobRunner *runner = newRunner(ids, 50);
    QVERIFY(runner);
    const qint64 badge = runner->job().action.badgeId;
    armBursts({{FaultPlan::Kind::Stall}});
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runToSettled(*runner));

    QCOMPARE(runner->state(), JobState::Finished);
    QCOMPARE(runner->job().counts().done, 300);
    QCOMPARE(runner->job().counts().failed, 0);
    QCOMPARE(holders(badge), ids);
    QVERIFY2(clock.elapsed() >= 300 && clock.elapsed() < 5000,
             qPrintable(QString::number(clock.elapsed())));
    const QJsonObject stats = assignStats();
    QCOMPARE(stats[u"outcomes"_s][u"stall"_s].toInt(), 1);
    QCOMPARE(stats[u"count"_s].toInt(), 7);
    QCOMPARE(stats[u"userIds"_s].toInt(), 7 * 50); // the stalled batch was sent again …
    QCOMPARE(stats[u"userIdsApplied"_s].toInt(), 300); // … and applied once
    // The client hung up on the stalled call: no connection is left hanging on the server.
    QTRY_COMPARE(m_sandbox->stalledCount(), 0);
}

void TestJobsReliability::refusedConnectionPausesAndTheServerComingBackFinishesTheJob()
{
    const QStringList ids = makeIds(300);
    m_options.failureBudget = 4;
    JobRunner *runner = newRunner(ids, 50);
    QVERIFY(runner);
    const qint64 badge = runner->job().action.badgeId;
    const quint16 port = m_sandbox->port();
    const QString refusedReason =
        u"The server failed 4 times in a row; the job is paused so as not to overload it. "
        u"Last error: Connection refused by the server."_s;

    stopSandbox(); // the server is down when the job starts
    QSignalSpy problem(runner, &JobRunner::pausedByProblem);
    QVERIFY(runToSettled(*runner));
    QCOMPARE(runner->state(), JobState::Paused);
    QCOMPARE(problem.count(), 1);
    const ApiError error = problem.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QCOMPARE(error.summary(), u"Connection refused by the server."_s);
    QCOMPARE(runner->job().stateReason, refusedReason);
    QCOMPARE(runner->job().counts().pending, 300);
    QCOMPARE(runner->attemptsSent(), qint64(4)); // then it stopped knocking
    QCOMPARE(JobJournal::list(ProfileId).first().state, JobState::Paused);

    // The server comes back on the same port with its data; the user resumes. Halfway through
    // it goes away again.
    QVERIFY(startSandbox({Token}, port));
    bool droppedAgain = false;
    connect(runner, &JobRunner::progressed, this, [&] {
        if (runner->job().counts().done == 100 && !droppedAgain) {
            droppedAgain = true;
            QCOMPARE(assignStats()[u"userIdsApplied"_s].toInt(), 100);
            stopSandbox();
        }
    });
    QVERIFY(runToSettled(*runner));
    QVERIFY(droppedAgain);
    QCOMPARE(runner->state(), JobState::Paused);
    QCOMPARE(problem.count(), 2);
    QCOMPARE(runner->job().stateReason, refusedReason);
    QCOMPARE(runner->job().counts().done, 100);
    QCOMPARE(runner->job().counts().pending, 200);

    QVERIFY(startSandbox({Token}, port));
    QVERIFY(runToSettled(*runner));
    QCOMPARE(runner->state(), JobState::Finished);
    QCOMPARE(runner->job().counts().done, 300);
    QCOMPARE(holders(badge), ids); // none lost across two outages
    // This server instance received exactly the 200 IDs that were not confirmed before.
    QCOMPARE(assignStats()[u"userIds"_s].toInt(), 200);
    QCOMPARE(assignStats()[u"userIdsApplied"_s].toInt(), 200);
}

void TestJobsReliability::tokenRevokedOnTheServerPausesAndResumeSendsOnlyTheRest()
{
    const QStringList ids = makeIds(300);
    JobRunner *runner = newRunner(ids, 50);
    QVERIFY(runner);
    const qint64 badge = runner->job().action.badgeId;
    const quint16 port = m_sandbox->port();
    // After two confirmed calls, an admin revokes the token: the server now only accepts a
    // rotated one.
    bool revoked = false;
    connect(runner, &JobRunner::progressed, this, [&] {
        if (runner->job().counts().done == 100 && !revoked) {
            revoked = true;
            stopSandbox();
            QVERIFY(startSandbox({RotatedToken}, port));
        }
    });
    QSignalSpy problem(runner, &JobRunner::pausedByProblem);
    QVERIFY(runToSettled(*runner));

    QVERIFY(revoked);
    QCOMPARE(runner->state(), JobState::Paused);
    QCOMPARE(problem.count(), 1);
    const ApiError error = problem.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::TokenRejected);
    QCOMPARE(error.httpStatus(), 403);
    // What the job shows: the token is the problem, and what to do about it.
    QCOMPARE(runner->job().stateReason, error.userMessage());
    QVERIFY2(runner->job().stateReason.startsWith(u"Bearer token missing, wrong or revoked. "
                                                  u"Paste a current token"_s),
             qPrintable(runner->job().stateReason));
    QVERIFY(!runner->job().stateReason.contains(Token));
    QCOMPARE(runner->job().counts().done, 100);
    QCOMPARE(runner->job().counts().pending, 200);
    QCOMPARE(holders(badge), ids.first(100));
    QCOMPARE(assignStats()[u"count"_s].toInt(), 1); // one refused call, no hammering
    const auto listed = JobJournal::list(ProfileId);
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().resumable());
    QCOMPARE(listed.first().stateReason, runner->job().stateReason);

    // The user pastes the rotated token and resumes.
    ConnectionSettings connection = m_client->connection();
    connection.bearerToken = RotatedToken;
    m_client->setConnection(connection);
    QVERIFY(runToSettled(*runner));
    QCOMPARE(runner->state(), JobState::Finished);
    QCOMPARE(holders(badge), ids);
    const QJsonObject stats = assignStats();
    QCOMPARE(stats[u"userIds"_s].toInt(), 50 + 200); // the refused call, then only the rest
    QCOMPARE(stats[u"userIdsApplied"_s].toInt(), 200);
}

void TestJobsReliability::untrustedCertificatePausesTheJobAndSendsNothing()
{
    SelfSignedTlsServer server; // HTTPS on loopback with a self-signed certificate
    QString problem;
    if (!server.start(&problem)) {
        if (!qEnvironmentVariableIsEmpty("CI") || !SelfSignedTlsServer::opensslPath().isEmpty())
            QFAIL(qPrintable(problem));
        QSKIP(qPrintable(problem));
    }
    const QStringList ids = makeIds(120);
    JobRunner *runner = newRunner(ids, 50);
    QVERIFY(runner);
    ConnectionSettings connection = m_client->connection();
    connection.customBaseUrl = QUrl(server.origin());
    m_client->setConnection(connection);
    QSignalSpy paused(runner, &JobRunner::pausedByProblem);
    QVERIFY(runToSettled(*runner));

    // Not retried like a network blip: only the user can decide about a certificate.
    QCOMPARE(runner->state(), JobState::Paused);
    QCOMPARE(paused.count(), 1);
    const ApiError error = paused.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QCOMPARE(runner->job().stateReason, error.userMessage());
    QVERIFY2(runner->job().stateReason.startsWith(u"Secure connection failed: "_s)
                 && runner->job().stateReason.contains(u"nothing was sent"_s),
             qPrintable(runner->job().stateReason));
    QCOMPARE(runner->attemptsSent(), qint64(1));
    QCOMPARE(runner->job().counts().pending, 120); // nothing marked done or failed
    QCOMPARE(server.encryptedConnections(), 0);
    QVERIFY(server.plaintext().isEmpty()); // neither the token nor a single ID went out
}

QTEST_GUILESS_MAIN(TestJobsReliability)
#include "tst_jobs_reliability.moc"
