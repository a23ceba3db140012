// From a saved profile to a working connection: secrets from the store, and the read-only
// "Test connection" against the contract sandbox.

#include "ConnectionCheck.h"
#include "MemorySecretStore.h"
#include "ProfileCredentials.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"
#include "RequestLog.h"
#include "SandboxServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ApiKey = u"cred-test-key-5150"_s;
const QString Token = u"cred-test-token-SECRET-77aa"_s;

struct Resolved
{
    bool finished = false;
    std::optional<ConnectionSettings> settings;
    QString error;
};

Resolved resolveNow(const Profile &profile, SecretStore *store, QObject *context)
{
    Resolved out;
    ProfileCredentials::resolve(
        profile, store, context,
        [&out](const std::optional<ConnectionSettings> &s, const QString &e) {
            out.finished = true;
            out.settings = s;
            out.error = e;
        });
    (void)QTest::qWaitFor([&out] { return out.finished; }, 5000);
    return out;
}

} // namespace

class CredentialsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void resolvesKeyAndActiveToken();
    void explainsWhatIsMissing();
    void passesKeychainProblemsThrough();
    void dropsCallbackWithContext();
    void removeAllClearsEveryItem();

    void checkSucceedsWithBadgeCount();
    void checkTellsWrongKeyFromRejectedToken();
    void checkReportsNetworkFailure();
    void classifiesEveryKindOfFailure_data();
    void classifiesEveryKindOfFailure();

private:
    ConnectionCheck::Result runCheck(const ConnectionSettings &settings, RequestLog *log = nullptr);
    ConnectionSettings sandboxSettings(const QString &key, const QString &token) const;

    Profile m_profile;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void CredentialsTest::init()
{
    m_profile = ProfileStore::createProfile(u"Prod EU"_s);
    m_profile.region = Region::NorthAmerica;
    m_profile.tokens = {ProfileSecrets::describeNewToken(u"CI"_s, Token)};
    m_profile.activeTokenId = m_profile.tokens.first().id;
    m_store = std::make_unique<MemorySecretStore>();
    m_store->write(m_profile.apiKeySecretKey(), ApiKey, nullptr, {});
    // Stored as pasted once: resolve() normalises again, whatever an old version stored.
    m_store->write(m_profile.tokenSecretKey(m_profile.activeTokenId), u"Bearer "_s + Token, nullptr,
                   {});
}

void CredentialsTest::resolvesKeyAndActiveToken()
{
    const Resolved r = resolveNow(m_profile, m_store.get(), this);
    QVERIFY(r.finished);
    QVERIFY2(r.settings, qPrintable(r.error));
    QCOMPARE(r.settings->apiKey, ApiKey);
    QCOMPARE(r.settings->bearerToken, Token);
    QCOMPARE(r.settings->region, Region::NorthAmerica);
    QCOMPARE(r.settings->baseUrl(), RegionInfo::baseUrl(Region::NorthAmerica));
}

void CredentialsTest::explainsWhatIsMissing()
{
    Profile noToken = m_profile;
    noToken.activeTokenId.clear();
    Resolved r = resolveNow(noToken, m_store.get(), this);
    QVERIFY(r.finished && !r.settings);
    QVERIFY2(r.error.contains(u"no active bearer token"_s), qPrintable(r.error));

    m_store->remove(m_profile.apiKeySecretKey(), nullptr, {});
    r = resolveNow(m_profile, m_store.get(), this);
    QVERIFY(r.finished && !r.settings);
    QVERIFY2(r.error.contains(u"API key"_s) && r.error.contains(u"Prod EU"_s), qPrintable(r.error));

    m_store->write(m_profile.apiKeySecretKey(), ApiKey, nullptr, {});
    m_store->remove(m_profile.tokenSecretKey(m_profile.activeTokenId), nullptr, {});
    r = resolveNow(m_profile, m_store.get(), this);
    QVERIFY(r.finished && !r.settings);
    QVERIFY2(r.error.contains(u"\"CI\""_s), qPrintable(r.error));

    r = resolveNow(ProfileStore::sandboxProfile(), m_store.get(), this);
    QVERIFY(r.finished && !r.settings);
}

void CredentialsTest::passesKeychainProblemsThrough()
{
    m_store->simulateFailure(SecretResult::Status::NoKeychain, u"No OS keychain is available"_s);
    const Resolved r = resolveNow(m_profile, m_store.get(), this);
    QVERIFY(r.finished && !r.settings);
    QCOMPARE(r.error, u"No OS keychain is available"_s);
}

void CredentialsTest::dropsCallbackWithContext()
{
    bool called = false;
    auto *context = new QObject;
    ProfileCredentials::resolve(m_profile, m_store.get(), context,
                                [&called](const auto &, const QString &) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
}

void CredentialsTest::removeAllClearsEveryItem()
{
    m_profile.tokens.append(ProfileSecrets::describeNewToken(u"second"_s, u"t2"_s));
    m_store->write(m_profile.tokenSecretKey(m_profile.tokens.last().id), u"t2"_s, nullptr, {});
    QTRY_COMPARE(m_store->keys().size(), 3);
    int failures = -1;
    ProfileSecrets::removeAll(m_profile, m_store.get(), this,
                              [&failures](int f, const QString &) { failures = f; });
    QTRY_COMPARE(failures, 0);
    QVERIFY(m_store->keys().isEmpty());
}

ConnectionSettings CredentialsTest::sandboxSettings(const QString &key, const QString &token) const
{
    ConnectionSettings s;
    s.region = Region::Custom;
    s.customBaseUrl = m_sandbox ? m_sandbox->baseUrl() : QUrl();
    s.apiKey = key;
    s.bearerToken = token;
    return s;
}

ConnectionCheck::Result CredentialsTest::runCheck(const ConnectionSettings &settings,
                                                  RequestLog *log)
{
    ConnectionCheck check;
    check.setRequestLog(log);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    std::optional<ConnectionCheck::Result> out;
    check.start(settings, [&out](const ConnectionCheck::Result &r) { out = r; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000);
    }();
    if (out)
        [&] {
            QCOMPARE(finished.count(), 1);
        }();
    return out.value_or(ConnectionCheck::Result {});
}

void CredentialsTest::checkSucceedsWithBadgeCount()
{
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Token};
    options.projects = {project};
    options.demo = true;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    RequestLog log;
    const auto result = runCheck(sandboxSettings(ApiKey, Token), &log);
    QCOMPARE(result.outcome, ConnectionCheck::Outcome::Success);
    QVERIFY(result.badgeCount > 0);
    QVERIFY2(result.message.contains(QString::number(result.badgeCount)),
             qPrintable(result.message));
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.entries().first().method, QByteArray("GET"));
}

void CredentialsTest::checkTellsWrongKeyFromRejectedToken()
{
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Token};
    options.projects = {project};
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());

    auto wrongKey = runCheck(sandboxSettings(u"wrong-key"_s, Token));
    QCOMPARE(wrongKey.outcome, ConnectionCheck::Outcome::WrongKeyOrRegion);
    QVERIFY2(wrongKey.message.contains(u"API key"_s) && wrongKey.message.contains(u"region"_s),
             qPrintable(wrongKey.message));
    QCOMPARE(wrongKey.error.httpStatus(), 404);

    auto wrongToken = runCheck(sandboxSettings(ApiKey, u"revoked"_s));
    QCOMPARE(wrongToken.outcome, ConnectionCheck::Outcome::TokenRejected);
    QVERIFY2(wrongToken.message.contains(u"token"_s), qPrintable(wrongToken.message));
    QCOMPARE(wrongToken.error.httpStatus(), 403);
}

void CredentialsTest::checkReportsNetworkFailure()
{
    // A port that was free a moment ago: connection refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ConnectionSettings s;
    s.region = Region::Custom;
    s.customBaseUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
    s.apiKey = ApiKey;
    s.bearerToken = Token;
    const auto result = runCheck(s);
    QCOMPARE(result.outcome, ConnectionCheck::Outcome::Network);
    QVERIFY(!result.message.contains(Token));
    QVERIFY(result.message.contains(u"127.0.0.1"_s));
}

void CredentialsTest::classifiesEveryKindOfFailure_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("mentions");
    using K = ApiError::Kind;
    using O = ConnectionCheck::Outcome;
    QTest::newRow("404 project") << int(K::ProjectNotFound) << int(O::WrongKeyOrRegion)
                                 << u"North America"_s;
    QTest::newRow("403 token") << int(K::TokenRejected) << int(O::TokenRejected)
                               << u"Bearer tokens"_s;
    QTest::newRow("tls") << int(K::Tls) << int(O::Tls) << u"secure connection"_s;
    QTest::newRow("timeout") << int(K::Timeout) << int(O::Network) << u"Could not reach"_s;
    QTest::newRow("network") << int(K::Network) << int(O::Network) << u"Could not reach"_s;
    QTest::newRow("5xx") << int(K::Server) << int(O::Other) << u"server said"_s;
}

void CredentialsTest::classifiesEveryKindOfFailure()
{
    QFETCH(int, kind);
    QFETCH(int, outcome);
    QFETCH(QString, mentions);
    ConnectionSettings settings;
    settings.region = Region::NorthAmerica;
    const ApiError error(ApiError::Kind(kind), u"server said"_s);
    const auto result = ConnectionCheck::classify(error, settings);
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(CredentialsTest)
#include "tst_profiles_credentials.moc"
