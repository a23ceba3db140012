// WatchersClient against the contract sandbox over loopback: every endpoint, every documented
// error, and what the user would notice of each.

#include "ClientTestHelpers.h"
#include "RawHttp.h"
#include "RequestLog.h"
#include "SandboxServer.h"
#include "WatchersClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

#define CALL(T, expr) awaitCall<T>([&](ApiCallback<T> cb) { expr; })
// Each macro evaluates its call expression exactly once.
#define VERIFY_OK(call)                                                                            \
    do {                                                                                           \
        const auto &result_ = call;                                                                \
        QVERIFY2(result_.has_value(), "the call never finished");                                  \
        QVERIFY2(result_->ok(), describe(result_->error()));                                       \
    } while (false)
#define VERIFY_KIND(call, expected)                                                                \
    do {                                                                                           \
        const auto &result_ = call;                                                                \
        QVERIFY2(result_.has_value(), "the call never finished");                                  \
        QVERIFY2(!result_->ok(), "the call succeeded but should have failed");                     \
        QCOMPARE(result_->error().kind(), expected);                                               \
    } while (false)

namespace {
const QString ApiKey = u"test-api-key-0123"_s;
const QString Token = u"tok-SECRET-9f8e7d6c5b4a39281706"_s;
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listDecodesBadgesWithHolders();
    void createReturnsStoredBadgeWithId();
    void createRoundTripsUnknownFieldsAndTrigger();
    void getUnknownBadgeIsNotFound();
    void updateReturnsSavedCopyAndServerHasIt();
    void updateWithoutIdIsRefusedLocally();
    void deleteRemovesBadgeAndHolders();
    void assignReportsCountsAndIsIdempotent();
    void unassignRemovesHolders();
    void banAndUnbanWithSameScope();
    void banInRoomWithoutRoomNamesTheField();
    void grantModeratorInKnownRoom();
    void grantModeratorInUnknownRoomIsNotFound();
    void sendMessageDecodesMessage();
    void sendEmptyMessageIsValidationError();

    void wrongApiKeyNamesKeyAndRegion();
    void wrongTokenNamesTheToken();
    void credentialChecksComeBeforeValidation();
    void tooLongTooltipIsReportedAtTheField();

    void tokenNeverReachesLogOrErrors();
    void everyCallCarriesBothCredentials();

private:
    QByteArray inspect(const QString &path);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WatchersClient> m_client;
    std::unique_ptr<RequestLog> m_log;
};

void TestApiClient::init()
{
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Token};
    project.rooms = {u"lobby"_s, u"match-42"_s};
    options.projects = {project};
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = m_sandbox->baseUrl();
    connection.apiKey = ApiKey;
    connection.bearerToken = Token;
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(connection);
    m_log = std::make_unique<RequestLog>();
    m_client->setRequestLog(m_log.get());
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_log.reset();
    m_sandbox.reset();
}

QByteArray TestApiClient::inspect(const QString &path)
{
    return RawHttp(m_sandbox->baseUrl()).get(path).body;
}

static Badge sampleBadge(const QString &text = u"🔥 Top fan"_s)
{
    Badge badge;
    badge.text = text;
    badge.backgroundColor = u"#ea00fc"_s;
    badge.textColor = u"#000000"_s;
    badge.tooltip = u"Sent 100 messages this week"_s;
    badge.communicationPic = std::nullopt;
    badge.communicationTitle = u"You are a top fan!"_s;
    badge.communicationText = u"Thanks for keeping the chat alive."_s;
    return badge;
}

void TestApiClient::listDecodesBadgesWithHolders()
{
    auto created = CALL(Badge, m_client->createBadge(sampleBadge(), this, cb));
    VERIFY_OK(created);
    const qint64 id = *created->value().id;
    VERIFY_OK(CALL(AssignOutcome, m_client->assignUsers(id, {u"u1"_s, u"u2"_s}, this, cb)));

    auto list = CALL(QList<Badge>, m_client->listBadges(this, cb));
    VERIFY_OK(list);
    QCOMPARE(list->value().size(), 1);
    const Badge &listed = list->value().first();
    QCOMPARE(listed.id, id);
    QCOMPARE(listed.text, u"🔥 Top fan"_s);
    QCOMPARE(listed.userCount, 2);
}

void TestApiClient::createReturnsStoredBadgeWithId()
{
    Badge badge = sampleBadge();
    badge.pic = u"https://cdn.example.com/fan.png"_s;
    auto first = CALL(Badge, m_client->createBadge(badge, this, cb));
    VERIFY_OK(first);
    auto second = CALL(Badge, m_client->createBadge(sampleBadge(u"💎 VIP"_s), this, cb));
    VERIFY_OK(second);
    QVERIFY(first->value().id.has_value());
    QVERIFY(*second->value().id > *first->value().id);
    QCOMPARE(first->value().text, badge.text);
    QCOMPARE(first->value().pic, badge.pic);
    QCOMPARE(first->value().communicationPic, std::nullopt);
}

void TestApiClient::createRoundTripsUnknownFieldsAndTrigger()
{
    Badge badge = sampleBadge();
    badge.extra.insert(u"futureField"_s, QJsonObject {{u"nested"_s, 7}});
    badge.trigger =
        QJsonObject {{u"conditions"_s,
                      QJsonArray {QJsonObject {
                          {u"type"_s, u"MESSAGES"_s},
                          {u"threshold"_s, 10},
                          {u"period"_s, QJsonObject {{u"kind"_s, u"ROLLING"_s}, {u"days"_s, 7}}}}}},
                     {u"duration"_s, QJsonObject {{u"days"_s, 30}}}};
    auto created = CALL(Badge, m_client->createBadge(badge, this, cb));
    VERIFY_OK(created);
    auto fetched = CALL(Badge, m_client->getBadge(*created->value().id, this, cb));
    VERIFY_OK(fetched);
    QCOMPARE(fetched->value().trigger, badge.trigger);
    QCOMPARE(fetched->value().extra.value(u"futureField"_s), badge.extra.value(u"futureField"_s));
}

void TestApiClient::getUnknownBadgeIsNotFound()
{
    auto result = CALL(Badge, m_client->getBadge(999, this, cb));
    VERIFY_KIND(result, ApiError::Kind::NotFound);
    QCOMPARE(result->error().httpStatus(), 404);
    QVERIFY2(result->error().summary().contains(u"Badge not found"_s), describe(result->error()));
}

void TestApiClient::updateReturnsSavedCopyAndServerHasIt()
{
    auto created = CALL(Badge, m_client->createBadge(sampleBadge(), this, cb));
    VERIFY_OK(created);
    Badge edited = created->value();
    edited.text = u"best100"_s;
    edited.data = u"{\"tier\":2}"_s;
    auto updated = CALL(Badge, m_client->updateBadge(edited, this, cb));
    VERIFY_OK(updated);
    QCOMPARE(updated->value().text, u"best100"_s);
    auto fetched = CALL(Badge, m_client->getBadge(*edited.id, this, cb));
    VERIFY_OK(fetched);
    QCOMPARE(fetched->value().text, u"best100"_s);
    QCOMPARE(fetched->value().data, edited.data);
}

void TestApiClient::updateWithoutIdIsRefusedLocally()
{
    auto result = CALL(Badge, m_client->updateBadge(sampleBadge(), this, cb));
    VERIFY_KIND(result, ApiError::Kind::Validation);
    QVERIFY(m_log->entries().isEmpty()); // nothing was sent
}

void TestApiClient::deleteRemovesBadgeAndHolders()
{
    auto created = CALL(Badge, m_client->createBadge(sampleBadge(), this, cb));
    VERIFY_OK(created);
    const qint64 id = *created->value().id;
    VERIFY_OK(CALL(AssignOutcome, m_client->assignUsers(id, {u"u1"_s}, this, cb)));
    VERIFY_OK(CALL(NoValue, m_client->deleteBadge(id, this, cb)));
    VERIFY_KIND(CALL(Badge, m_client->getBadge(id, this, cb)), ApiError::Kind::NotFound);
    VERIFY_KIND(CALL(NoValue, m_client->deleteBadge(id, this, cb)), ApiError::Kind::NotFound);
    // Ids are never reused: the next badge gets a new one.
    auto next = CALL(Badge, m_client->createBadge(sampleBadge(), this, cb));
    VERIFY_OK(next);
    QVERIFY(*next->value().id > id);
}

void TestApiClient::assignReportsCountsAndIsIdempotent()
{
    auto created = CALL(Badge, m_client->createBadge(sampleBadge(), this, cb));
    VERIFY_OK(created);
    const qint64 id = *created->value().id;
    auto first = CALL(AssignOutcome, m_client->assignUsers(id, {u"123"_s, u"321"_s}, this, cb));
    VERIFY_OK(first);
    QCOMPARE(first->value().changed, 2);
    QCOMPARE(first->value().total, 2);
    auto again = CALL(AssignOutcome, m_client->assignUsers(id, {u"321"_s, u"ext-α"_s}, this, cb));
    VERIFY_OK(again);
    QCOMPARE(again->value().changed, 1);
    QCOMPARE(again->value().total, 3);
    const QJsonArray holders =
        QJsonDocument::fromJson(inspect(u"/__sandbox/badges/%1/holders"_s.arg(id))).array();
    QCOMPARE(holders.size(), 3);
    QVERIFY(holders.contains(u"ext-α"_s));
    VERIFY_KIND(CALL(AssignOutcome, m_client->assignUsers(4242, {u"1"_s}, this, cb)),
                ApiError::Kind::NotFound);
}

void TestApiClient::unassignRemovesHolders()
{
    auto created = CALL(Badge, m_client->createBadge(sampleBadge(), this, cb));
    VERIFY_OK(created);
    const qint64 id = *created->value().id;
    VERIFY_OK(CALL(AssignOutcome, m_client->assignUsers(id, {u"a"_s, u"b"_s, u"c"_s}, this, cb)));
    auto removed = CALL(AssignOutcome, m_client->unassignUsers(id, {u"a"_s, u"zz"_s}, this, cb));
    VERIFY_OK(removed);
    QCOMPARE(removed->value().changed, 1);
    QCOMPARE(removed->value().total, 2);
}

void TestApiClient::banAndUnbanWithSameScope()
{
    BanRequest ban;
    ban.userId = u"troll-1"_s;
    ban.type = BanType::InRoom;
    ban.roomId = u"lobby"_s;
    ban.reason = BanReason::Flood;
    ban.expires = QDateTime::currentDateTimeUtc().addDays(1);
    ban.description = u"Spamming links"_s;
    VERIFY_OK(CALL(NoValue, m_client->ban(ban, this, cb)));
    QJsonArray bans = QJsonDocument::fromJson(inspect(u"/__sandbox/bans"_s)).array();
    QCOMPARE(bans.size(), 1);
    const QJsonObject stored = bans.first().toObject();
    QCOMPARE(stored.value(u"userId"_s).toString(), u"troll-1"_s);
    QCOMPARE(stored.value(u"type"_s).toString(), u"IN_ROOM"_s);
    QCOMPARE(stored.value(u"roomId"_s).toString(), u"lobby"_s);
    QCOMPARE(stored.value(u"reason"_s).toInt(-1), 2);

    VERIFY_OK(CALL(NoValue, m_client->ban(ban.liftingRequest(), this, cb)));
    bans = QJsonDocument::fromJson(inspect(u"/__sandbox/bans"_s)).array();
    QCOMPARE(bans.size(), 0);
}

void TestApiClient::banInRoomWithoutRoomNamesTheField()
{
    BanRequest ban;
    ban.userId = u"troll-2"_s;
    ban.type = BanType::InRoom;
    auto result = CALL(NoValue, m_client->ban(ban, this, cb));
    VERIFY_KIND(result, ApiError::Kind::Validation);
    QCOMPARE(result->error().httpStatus(), 400);
    const auto issues = result->error().fieldIssues();
    QVERIFY2(std::any_of(issues.cbegin(), issues.cend(),
                         [](const FieldIssue &i) { return i.field == u"roomId"; }),
             describe(result->error()));
}

void TestApiClient::grantModeratorInKnownRoom()
{
    VERIFY_OK(CALL(NoValue, m_client->grantModerator({u"mod-7"_s, u"match-42"_s}, this, cb)));
    const QJsonObject moderators =
        QJsonDocument::fromJson(inspect(u"/__sandbox/moderators"_s)).object();
    QVERIFY(moderators.value(u"match-42"_s).toArray().contains(u"mod-7"_s));
    // Granting twice is harmless.
    VERIFY_OK(CALL(NoValue, m_client->grantModerator({u"mod-7"_s, u"match-42"_s}, this, cb)));
}

void TestApiClient::grantModeratorInUnknownRoomIsNotFound()
{
    auto result = CALL(NoValue, m_client->grantModerator({u"mod-7"_s, u"nowhere"_s}, this, cb));
    VERIFY_KIND(result, ApiError::Kind::NotFound);
    QVERIFY2(result->error().summary().contains(u"Room not found"_s), describe(result->error()));
}

void TestApiClient::sendMessageDecodesMessage()
{
    auto sent = CALL(
        SentMessage,
        m_client->sendMessage({u"12345"_s, u"67890"_s, u"Hello from external API"_s}, this, cb));
    VERIFY_OK(sent);
    QVERIFY(sent->value().id > 0);
    QCOMPARE(sent->value().text, u"Hello from external API"_s);
    QCOMPARE(sent->value().type, u"USER"_s);
    QCOMPARE(sent->value().userExternalId, u"12345"_s);
    QCOMPARE(sent->value().roomExternalId, u"67890"_s);
    QVERIFY(sent->value().createdAt.isValid());
    QCOMPARE(sent->value().createdAt.timeSpec(), Qt::UTC);
}

void TestApiClient::sendEmptyMessageIsValidationError()
{
    auto result = CALL(SentMessage, m_client->sendMessage({u"1"_s, u"2"_s, QString()}, this, cb));
    VERIFY_KIND(result, ApiError::Kind::Validation);
}

void TestApiClient::wrongApiKeyNamesKeyAndRegion()
{
    ConnectionSettings wrong = m_client->connection();
    wrong.apiKey = u"not-a-key"_s;
    m_client->setConnection(wrong);
    auto result = CALL(QList<Badge>, m_client->listBadges(this, cb));
    VERIFY_KIND(result, ApiError::Kind::ProjectNotFound);
    QCOMPARE(result->error().httpStatus(), 404);
    QVERIFY(result->error().isCredentialProblem());
    const QString message = result->error().userMessage();
    QVERIFY2(message.contains(u"API key"_s) && message.contains(u"region"_s), qPrintable(message));
    QVERIFY2(message.contains(u"127.0.0.1"_s), qPrintable(message)); // where it was tried
}

void TestApiClient::wrongTokenNamesTheToken()
{
    ConnectionSettings wrong = m_client->connection();
    wrong.bearerToken = u"revoked-token-0000000000"_s;
    m_client->setConnection(wrong);
    auto result = CALL(Badge, m_client->createBadge(sampleBadge(), this, cb));
    VERIFY_KIND(result, ApiError::Kind::TokenRejected);
    QCOMPARE(result->error().httpStatus(), 403);
    QVERIFY(result->error().summary().contains(u"Bearer token"_s));
}

void TestApiClient::credentialChecksComeBeforeValidation()
{
    ConnectionSettings wrong = m_client->connection();
    wrong.apiKey = u"nope"_s;
    wrong.bearerToken = u"also-wrong-token-123456"_s;
    m_client->setConnection(wrong);
    Badge invalid = sampleBadge();
    invalid.backgroundColor = u"pink"_s;
    VERIFY_KIND(CALL(Badge, m_client->createBadge(invalid, this, cb)),
                ApiError::Kind::ProjectNotFound);
    wrong.apiKey = ApiKey;
    m_client->setConnection(wrong);
    VERIFY_KIND(CALL(Badge, m_client->createBadge(invalid, this, cb)),
                ApiError::Kind::TokenRejected);
}

void TestApiClient::tooLongTooltipIsReportedAtTheField()
{
    Badge badge = sampleBadge();
    badge.tooltip = QString(141, u'x');
    auto result = CALL(Badge, m_client->createBadge(badge, this, cb));
    VERIFY_KIND(result, ApiError::Kind::Validation);
    const auto issues = result->error().fieldIssues();
    QVERIFY2(std::any_of(issues.cbegin(), issues.cend(),
                         [](const FieldIssue &i) { return i.field == u"tooltip"; }),
             describe(result->error()));
    // 140 emoji are 280 UTF-16 units but 140 code points: accepted.
    QString emoji;
    for (int i = 0; i < 140; ++i)
        emoji += u"👍"_s;
    badge.tooltip = emoji;
    VERIFY_OK(CALL(Badge, m_client->createBadge(badge, this, cb)));
}

void TestApiClient::tokenNeverReachesLogOrErrors()
{
    VERIFY_OK(CALL(QList<Badge>, m_client->listBadges(this, cb)));
    ConnectionSettings wrong = m_client->connection();
    wrong.apiKey = u"bad-key"_s;
    m_client->setConnection(wrong);
    auto failed = CALL(QList<Badge>, m_client->listBadges(this, cb));
    VERIFY_KIND(failed, ApiError::Kind::ProjectNotFound);
    QVERIFY(!failed->error().userMessage().contains(Token));

    QCOMPARE(m_log->entries().size(), 2);
    for (const RequestLogEntry &entry : m_log->entries()) {
        bool sawAuthorization = false;
        for (const auto &[name, value] : entry.requestHeaders) {
            QVERIFY2(!value.contains(Token.toUtf8()), name.constData());
            if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
                sawAuthorization = true;
                QVERIFY(value.startsWith("Bearer "));
                QVERIFY(value.contains("…") || value.contains("•"));
            }
        }
        QVERIFY(sawAuthorization);
        QVERIFY(!entry.url.toString().contains(Token));
        QVERIFY(!entry.outcome.contains(Token));
    }
}

void TestApiClient::everyCallCarriesBothCredentials()
{
    // The sandbox answers 404/403 without them, so a successful call of every kind proves
    // both headers went along; the log shows they were there for each method.
    auto created = CALL(Badge, m_client->createBadge(sampleBadge(), this, cb));
    VERIFY_OK(created);
    Badge badge = created->value();
    VERIFY_OK(CALL(Badge, m_client->updateBadge(badge, this, cb)));
    VERIFY_OK(CALL(Badge, m_client->getBadge(*badge.id, this, cb)));
    VERIFY_OK(CALL(NoValue, m_client->deleteBadge(*badge.id, this, cb)));
    QSet<QByteArray> methods;
    for (const RequestLogEntry &entry : m_log->entries()) {
        methods.insert(entry.method);
        QStringList names;
        for (const auto &header : entry.requestHeaders)
            names << QString::fromLatin1(header.first).toLower();
        QVERIFY(names.contains(u"x-api-key"_s));
        QVERIFY(names.contains(u"authorization"_s));
    }
    QCOMPARE(methods, (QSet<QByteArray> {"POST", "PATCH", "GET", "DELETE"}));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
