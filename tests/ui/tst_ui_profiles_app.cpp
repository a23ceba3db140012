// AppController: first run, opening and switching profiles (data never mixes), a profile whose
// secrets are missing, and the bundled sandbox.

#include "AppController.h"
#include "BadgeTableModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"
#include "ProfilesTestPrompter.h"
#include "Redaction.h"
#include "RequestLog.h"
#include "RequestLogDock.h"
#include "RequestLogModel.h"
#include "SandboxServer.h"
#include "WatchersClient.h"
#include "WelcomeWidget.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class AppControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstRunShowsWelcome();
    void opensLastProfileWithKeychainCredentials();
    void switchingNeverMixesLogsOrConnections();
    void missingSecretKeepsCurrentProfile();
    void sandboxStartsTheBundledServer();

private:
    Profile addProfile(const QString &name, const QString &apiKey, const QString &token);
    std::unique_ptr<AppController> newApp();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_keychain;
    ProfilesTestPrompter m_prompter;
    QString m_file;
};

void AppControllerTest::init()
{
    qputenv("BADGEDESK_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
    m_file = m_dir.filePath(u"profiles-%1.json"_s.arg(QLatin1String(QTest::currentTestFunction())));
    SandboxOptions options;
    SandboxProject a, b;
    a.apiKey = u"key-A"_s;
    a.bearerTokens = {u"token-A"_s};
    b.apiKey = u"key-B"_s;
    b.bearerTokens = {u"token-B"_s};
    options.projects = {a, b};
    options.demo = true;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    m_keychain = std::make_unique<MemorySecretStore>();
    m_prompter = ProfilesTestPrompter();
}

void AppControllerTest::cleanup()
{
    m_sandbox.reset();
}

Profile AppControllerTest::addProfile(const QString &name, const QString &apiKey,
                                      const QString &token)
{
    ProfileStore store(m_file);
    store.load();
    Profile p = ProfileStore::createProfile(name);
    p.region = Region::Custom;
    p.customBaseUrl = m_sandbox->baseUrl();
    p.tokens = {ProfileSecrets::describeNewToken(u"main"_s, token)};
    p.activeTokenId = p.tokens.first().id;
    m_keychain->write(p.apiKeySecretKey(), apiKey, nullptr, {});
    m_keychain->write(p.tokenSecretKey(p.activeTokenId), token, nullptr, {});
    store.upsert(p);
    store.setCurrentId(p.id);
    store.save();
    return p;
}

std::unique_ptr<AppController> AppControllerTest::newApp()
{
    auto app = std::make_unique<AppController>(m_file, m_keychain.get());
    app->setPrompter(&m_prompter);
    return app;
}

void AppControllerTest::firstRunShowsWelcome()
{
    auto app = newApp();
    QSignalSpy welcome(app.get(), &AppController::welcomeShown);
    app->start();
    QCOMPARE(welcome.count(), 1);
    QVERIFY(app->welcome() && app->welcome()->isVisible());
    QVERIFY(!app->mainWindow());
}

void AppControllerTest::opensLastProfileWithKeychainCredentials()
{
    addProfile(u"A"_s, u"key-A"_s, u"token-A"_s);
    const Profile b = addProfile(u"B"_s, u"key-B"_s, u"token-B"_s);
    auto app = newApp();
    QSignalSpy opened(app.get(), &AppController::profileOpened);
    app->start();
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(app->currentProfileId(), b.id);
    QCOMPARE(app->client()->connection().apiKey, u"key-B"_s);
    QCOMPARE(app->client()->connection().bearerToken, u"token-B"_s);
    QVERIFY(app->mainWindow()->isVisible());
    QSignalSpy loaded(app->mainWindow(), &MainWindow::badgesLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 || !app->requestLog(b.id)->entries().isEmpty(),
                             10000);
    // Opening marks the token as used; the file keeps it.
    ProfileStore reread(m_file);
    reread.load();
    QVERIFY(reread.findById(b.id)->tokens.first().lastUsed.isValid());
}

void AppControllerTest::switchingNeverMixesLogsOrConnections()
{
    // Long enough that the masked form still tells the two keys apart.
    const QString KeyA = u"api-key-0000000-project-A"_s;
    const QString KeyB = u"api-key-0000000-project-B"_s;
    const Profile a = addProfile(u"A"_s, KeyA, u"token-A"_s);
    const Profile b = addProfile(u"B"_s, KeyB, u"token-B"_s);
    auto app = newApp();
    QSignalSpy opened(app.get(), &AppController::profileOpened);
    app->start();
    QTRY_COMPARE(opened.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!app->requestLog(b.id)->entries().isEmpty(), 10000);
    const qsizetype bCalls = app->requestLog(b.id)->entries().size();

    app->switchToProfile(a.id);
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(app->currentProfileId(), a.id);
    QCOMPARE(app->client()->connection().apiKey, KeyA);
    QTRY_VERIFY_WITH_TIMEOUT(!app->requestLog(a.id)->entries().isEmpty(), 10000);
    // A's calls are in A's log only, and the dock shows A's log.
    QCOMPARE(app->requestLog(b.id)->entries().size(), bCalls);
    QCOMPARE(app->requestLogDock()->model()->rowCount(),
             int(app->requestLog(a.id)->entries().size()));
    for (const RequestLogEntry &entry : app->requestLog(a.id)->entries())
        for (const auto &[name, value] : entry.requestHeaders)
            if (name.compare("x-api-key", Qt::CaseInsensitive) == 0)
                QCOMPARE(QString::fromUtf8(value), Redaction::maskSecret(KeyA)); // masked, but A's

    ProfileStore reread(m_file);
    reread.load();
    QCOMPARE(reread.currentId(), a.id);
}

void AppControllerTest::missingSecretKeepsCurrentProfile()
{
    const Profile a = addProfile(u"A"_s, u"key-A"_s, u"token-A"_s);
    const Profile b = addProfile(u"B"_s, u"key-B"_s, u"token-B"_s);
    m_keychain->remove(a.tokenSecretKey(a.activeTokenId), nullptr, {});
    auto app = newApp();
    QSignalSpy opened(app.get(), &AppController::profileOpened);
    QSignalSpy failed(app.get(), &AppController::profileOpenFailed);
    app->start();
    QTRY_COMPARE(opened.count(), 1);
    app->switchToProfile(a.id);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), a.id);
    QVERIFY(failed.first().at(1).toString().contains(u"not in the keychain"_s));
    QVERIFY(m_prompter.asked.last().contains(u"\"A\""_s));
    QCOMPARE(app->currentProfileId(), b.id);
    QCOMPARE(app->client()->connection().apiKey, u"key-B"_s);
}

void AppControllerTest::sandboxStartsTheBundledServer()
{
    if (qEnvironmentVariableIsEmpty("BADGEDESK_SANDBOX_BIN"))
        QSKIP("BADGEDESK_SANDBOX_BIN is set by CTest");
    auto app = newApp();
    QSignalSpy opened(app.get(), &AppController::profileOpened);
    app->start();
    QTest::mouseClick(app->welcome()->findChild<QWidget *>(u"sandboxButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
    const Profile sandbox = opened.first().first().value<Profile>();
    QCOMPARE(sandbox.id, u"sandbox"_s);
    QVERIFY(app->client()->connection().baseUrl().host() == u"127.0.0.1"_s);
    // The demo badges arrive (the load may finish before a spy could be attached).
    QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow()->badgeModel()->rowCount() > 0, 15000);
    // No credentials of the sandbox were written anywhere.
    QVERIFY(m_keychain->keys().isEmpty());
    const QString dir = qEnvironmentVariable("BADGEDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        app->requestLogDock()->show();
        QTest::qWait(50);
        app->mainWindow()->grab().save(dir + u"/app-sandbox.png"_s);
    }
}

QTEST_MAIN(AppControllerTest)
#include "tst_ui_profiles_app.moc"
