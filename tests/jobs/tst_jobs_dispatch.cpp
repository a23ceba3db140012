// What JobRunner sends and where each answer lands, against a loopback server that holds the
// calls in flight and answers them in reverse order: statuses are marked by each batch's place
// in the item list, so an answer must land on its own IDs whatever the order; the assign body
// must be the contract's JSON byte for byte; the moderation log, written on its own thread,
// must hold every outcome by the time the job settles.

#include "AppPaths.h"
#include "JobJournal.h"
#include "JobRunner.h"
#include "ModerationLog.h"
#include "UserIdListParser.h"
#include "WatchersClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString ProfileId = u"dispatch-profile"_s;

// The contract's body (watchers-api.md §4.7): {"userIds": ["123", "321"]}, compact.
QByteArray contractBody(const QStringList &ids)
{
    return QJsonDocument(QJsonObject {{u"userIds"_s, QJsonArray::fromStringList(ids)}})
        .toJson(QJsonDocument::Compact);
}

QStringList idsOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)[u"userIds"_s].toVariant().toStringList();
}
} // namespace

class TestJobsDispatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statusesLandOnTheirIdsWhenAnswersComeBackOutOfOrder();
    void retryFailedAfterResumeMarksScatteredIds();
    void assignBodyIsTheContractsJsonByteForByte();
    void moderationLogHoldsEveryOutcomeWhenTheJobSettles();
    void moderationLogWritesQueuedEntriesInOrderAndOnClose();

private:
    void onReadyRead(QTcpSocket *socket);
    void releaseHeld();
    bool runToSettled(JobRunner &runner, int timeoutMs = 30000);
    Job makeJob(const QString &text, int batchSize);
    static JobItem::Status expected(const JobItem &item);

    struct Held
    {
        QPointer<QTcpSocket> socket;
        QByteArray body;
    };

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<WatchersClient> m_client;
    QTimer m_release; // answers what is held when fewer calls than a full group came
    QList<Held> m_held;
    int m_groupSize = 4;
    bool m_acceptBad = false; // false: a call carrying a "bad-" ID is a 400
    QList<QByteArray> m_bodies; // in the order they arrived
    int m_reversedGroups = 0; // groups of two or more answered last-first
    JobOptions m_options;
};

void TestJobsDispatch::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    AppPaths::setDataRootOverride(m_dataDir->path());
    m_held.clear();
    m_bodies.clear();
    m_reversedGroups = 0;
    m_acceptBad = false;
    m_groupSize = 4;
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_release.setSingleShot(true);
    m_release.setInterval(40);
    connect(&m_release, &QTimer::timeout, this, &TestJobsDispatch::releaseHeld);

    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->serverPort()));
    connection.apiKey = u"dispatch-key"_s;
    connection.bearerToken = u"dispatch-token"_s;
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(connection);

    m_options = {};
    m_options.maxInFlight = m_groupSize;
    m_options.retry.base = std::chrono::milliseconds(20);
    m_options.retry.cap = std::chrono::milliseconds(100);
}

void TestJobsDispatch::cleanup()
{
    m_release.stop();
    m_client.reset();
    m_server.reset();
    AppPaths::setDataRootOverride({});
    m_dataDir.reset();
}

void TestJobsDispatch::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            break;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_bodies.append(body);
        m_held.append({socket, body});
        if (m_held.size() >= m_groupSize)
            releaseHeld();
        else
            m_release.start();
    }
    socket->setProperty("buffer", buffer);
}

void TestJobsDispatch::releaseHeld()
{
    m_release.stop();
    const QList<Held> held = std::exchange(m_held, {});
    if (held.size() > 1)
        ++m_reversedGroups;
    for (auto it = held.crbegin(); it != held.crend(); ++it) {
        if (!it->socket)
            continue;
        const QStringList ids = idsOf(it->body);
        const bool bad = !m_acceptBad
            && std::any_of(ids.cbegin(), ids.cend(),
                           [](const QString &id) { return id.startsWith(u"bad-"_s); });
        const QByteArray body = bad
            ? QByteArray(R"({"statusCode":400,"message":"userIds contains a bad ID"})")
            : QJsonDocument(QJsonObject {{u"assigned"_s, ids.size()}, {u"total"_s, ids.size()}})
                  .toJson(QJsonDocument::Compact);
        const QByteArray status = bad ? "HTTP/1.1 400 Bad Request\r\n" : "HTTP/1.1 201 Created\r\n";
        it->socket->write(status + "Content-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
}

bool TestJobsDispatch::runToSettled(JobRunner &runner, int timeoutMs)
{
    QSignalSpy settled(&runner, &JobRunner::settled);
    runner.start();
    return settled.count() > 0 || settled.wait(timeoutMs);
}

Job TestJobsDispatch::makeJob(const QString &text, int batchSize)
{
    return Job::create(ProfileId, JobAction::assign(7, u"VIP"_s), UserIdListParser::parse(text),
                       batchSize);
}

JobItem::Status TestJobsDispatch::expected(const JobItem &item)
{
    if (item.status == JobItem::Status::SkippedDuplicate
        || item.status == JobItem::Status::SkippedInvalid)
        return item.status;
    return item.userId.startsWith(u"bad-"_s) ? JobItem::Status::Failed : JobItem::Status::Done;
}

void TestJobsDispatch::statusesLandOnTheirIdsWhenAnswersComeBackOutOfOrder()
{
    // 60 IDs, four of them rejected by the server, a duplicate and a value with a control
    // character in the middle: the skipped values sit among the others in the input.
    QStringList lines;
    for (int i = 0; i < 60; ++i) {
        lines.append(i % 17 == 5 ? u"bad-%1"_s.arg(i) : u"u%1"_s.arg(i));
        if (i == 20)
            lines.append(u"u3"_s);
        if (i == 40)
            lines.append(u"x\u0007y"_s);
    }
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    QVERIFY(runner.create(makeJob(lines.join(u'\n'), 5)));
    QVERIFY(runToSettled(runner));
    QCOMPARE(runner.state(), JobState::Finished);
    QVERIFY2(m_reversedGroups >= 3, "the server did not answer out of order");

    const Job &job = runner.job();
    QCOMPARE(job.counts().done, 56);
    QCOMPARE(job.counts().failed, 4);
    QCOMPARE(job.counts().skipped, 2);
    QCOMPARE(job.counts().pending, 0);
    for (const JobItem &item : job.items()) {
        QVERIFY2(item.status == expected(item), qPrintable(item.userId));
        if (item.status == JobItem::Status::Failed)
            QVERIFY(!item.reason.isEmpty());
        if (item.status == JobItem::Status::Done)
            QVERIFY(item.reason.isEmpty());
    }
    // Every good ID was sent in a call that succeeded, and no ID went out twice in one that did.
    QSet<QString> sentOk;
    for (const QByteArray &body : std::as_const(m_bodies)) {
        const QStringList ids = idsOf(body);
        if (std::none_of(ids.cbegin(), ids.cend(),
                         [](const QString &id) { return id.startsWith(u"bad-"_s); })) {
            for (const QString &id : ids)
                QVERIFY2(!sentOk.contains(id), qPrintable(id));
            sentOk.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        }
    }
    QCOMPARE(sentOk.size(), 56);

    // The journal says the same, ID by ID.
    const auto loaded = JobJournal::load(JobJournal::pathFor(ProfileId, job.id));
    QVERIFY(loaded);
    QCOMPARE(loaded->items().size(), job.items().size());
    for (const JobItem &item : job.items()) {
        const auto same = std::find_if(
            loaded->items().cbegin(), loaded->items().cend(), [&](const JobItem &other) {
                return other.userId == item.userId && other.line == item.line;
            });
        QVERIFY(same != loaded->items().cend());
        QCOMPARE(same->status, item.status);
    }
}

void TestJobsDispatch::retryFailedAfterResumeMarksScatteredIds()
{
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines.append(i % 7 == 2 ? u"bad-%1"_s.arg(i) : u"u%1"_s.arg(i));
    QString journalPath;
    {
        JobRunner runner(m_client.get());
        runner.setOptions(m_options);
        QVERIFY(runner.create(makeJob(lines.join(u'\n'), 4)));
        QVERIFY(runToSettled(runner));
        QCOMPARE(runner.job().counts().failed, 6);
        journalPath = JobJournal::pathFor(ProfileId, runner.job().id);
    } // the window closed

    // The failed IDs sit apart in the list; the server takes them now. A new runner (after a
    // restart) retries them from the journal.
    m_acceptBad = true;
    m_bodies.clear();
    JobRunner again(m_client.get());
    again.setOptions(m_options);
    QVERIFY(again.open(journalPath));
    QSignalSpy settled(&again, &JobRunner::settled);
    again.retryFailed();
    QVERIFY(settled.count() > 0 || settled.wait(30000));
    QCOMPARE(again.state(), JobState::Finished);
    QCOMPARE(again.job().counts().done, 40);
    QStringList resent;
    for (const QByteArray &body : std::as_const(m_bodies))
        resent += idsOf(body);
    resent.sort();
    QCOMPARE(
        resent,
        QStringList({u"bad-16"_s, u"bad-2"_s, u"bad-23"_s, u"bad-30"_s, u"bad-37"_s, u"bad-9"_s}));
    for (const JobItem &item : again.job().items())
        QVERIFY2(item.status == JobItem::Status::Done && item.reason.isEmpty(),
                 qPrintable(item.userId));
}

void TestJobsDispatch::assignBodyIsTheContractsJsonByteForByte()
{
    m_groupSize = 1;
    m_options.maxInFlight = 1;
    auto send = [&](const QStringList &ids, int batchSize) {
        UserIdList list;
        list.ids = ids;
        for (qsizetype i = 0; i < ids.size(); ++i)
            list.lines.append(int(i) + 1);
        JobRunner runner(m_client.get());
        runner.setOptions(m_options);
        runner.setModerationLogEnabled(false);
        QVERIFY(runner.create(Job::create(ProfileId, JobAction::assign(7), list, batchSize)));
        QVERIFY(runToSettled(runner));
        QCOMPARE(runner.state(), JobState::Finished);
    };

    send({u"123"_s, u"321"_s}, 10);
    QCOMPARE(m_bodies, QList<QByteArray>({R"({"userIds":["123","321"]})"}));

    // What needs escaping or is not ASCII comes out as QJsonDocument writes it: each alone (a
    // call of one), and all together.
    m_bodies.clear();
    const QStringList odd {u"ext-α"_s,   u"say \"hi\""_s, u"back\\slash"_s, u"tab\there"_s,
                           u"emoji-😀"_s, u"del\x7f"_s,    u"plain"_s};
    send(odd, 1);
    QCOMPARE(m_bodies.size(), odd.size());
    for (qsizetype i = 0; i < odd.size(); ++i) {
        QCOMPARE(m_bodies.at(i), contractBody({odd.at(i)}));
        QCOMPARE(idsOf(m_bodies.at(i)), QStringList {odd.at(i)});
    }
    m_bodies.clear();
    send(odd, 10);
    QCOMPARE(m_bodies, QList<QByteArray>({contractBody(odd)}));

    // A full batch of ordinary IDs, as the bench sends them.
    m_bodies.clear();
    QStringList many;
    for (int i = 0; i < 2500; ++i)
        many.append(u"member-%1"_s.arg(i, 7, 10, QLatin1Char('0')));
    send(many, 1000);
    QCOMPARE(m_bodies.size(), 3);
    QCOMPARE(m_bodies.at(0), contractBody(many.mid(0, 1000)));
    QCOMPARE(m_bodies.at(1), contractBody(many.mid(1000, 1000)));
    QCOMPARE(m_bodies.at(2), contractBody(many.mid(2000)));
}

void TestJobsDispatch::moderationLogHoldsEveryOutcomeWhenTheJobSettles()
{
    QStringList lines;
    for (int i = 0; i < 50; ++i)
        lines.append(i % 11 == 4 ? u"bad-%1"_s.arg(i) : u"u%1"_s.arg(i));
    JobRunner runner(m_client.get());
    runner.setOptions(m_options);
    runner.setProfileName(u"Staging"_s);
    QVERIFY(runner.create(makeJob(lines.join(u'\n'), 5)));
    QSignalSpy settled(&runner, &JobRunner::settled);
    runner.start();
    QVERIFY(settled.wait(30000));
    // Read at once, in the settled() slot's place: nothing may still be on its way to disk.
    const QList<ModerationLogEntry> log = ModerationLog(ProfileId).load();
    QSet<QString> ok;
    QSet<QString> failed;
    for (const ModerationLogEntry &entry : log) {
        QCOMPARE(entry.jobId, runner.job().id);
        QCOMPARE(entry.profileName, u"Staging"_s);
        QCOMPARE(entry.action.kind, JobAction::Kind::Assign);
        QVERIFY(!entry.id.isEmpty());
        QVERIFY(entry.whenUtc.isValid());
        for (const QString &id : entry.userIds)
            QVERIFY2(!ok.contains(id) && !failed.contains(id), qPrintable(id)); // logged once
        (entry.ok ? ok : failed).unite(QSet<QString>(entry.userIds.cbegin(), entry.userIds.cend()));
    }
    QCOMPARE(ok.size(), 45);
    QCOMPARE(failed,
             QSet<QString>({u"bad-4"_s, u"bad-15"_s, u"bad-26"_s, u"bad-37"_s, u"bad-48"_s}));
}

void TestJobsDispatch::moderationLogWritesQueuedEntriesInOrderAndOnClose()
{
    auto entry = [](int n) {
        ModerationLogEntry e;
        e.profileId = ProfileId;
        e.jobId = u"job-%1"_s.arg(n);
        e.action = JobAction::assign(7);
        e.userIds = {u"u%1"_s.arg(n)};
        e.ok = true;
        e.result = u"OK"_s;
        return e;
    };
    {
        ModerationLog log(ProfileId);
        for (int n = 0; n < 200; ++n)
            log.enqueue(entry(n));
        QVERIFY(log.flush());
        QCOMPARE(log.unsyncedEntries(), 0);
        for (int n = 200; n < 300; ++n)
            log.enqueue(entry(n));
    } // gone at once: what was queued is still written
    const QList<ModerationLogEntry> read = ModerationLog(ProfileId).load();
    QCOMPARE(read.size(), 300);
    for (int n = 0; n < read.size(); ++n)
        QCOMPARE(read.at(n).jobId, u"job-%1"_s.arg(n));
}

QTEST_GUILESS_MAIN(TestJobsDispatch)
#include "tst_jobs_dispatch.moc"
