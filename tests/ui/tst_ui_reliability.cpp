// Issue 7, reliability as the window shows it: an unreadable badge list (cut off, wrongly
// typed, oversized) leaves the list as it was and says why; and with no OS keychain at all —
// this whole process has no session bus — the token manager offers session-only storage,
// a saved profile is not opened, the user is told why, and no secret lands in a file.

#include "AppController.h"
#include "BadgeTableModel.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"
#include "ProfilesTestPrompter.h"
#include "ScriptedHttpServer.h"
#include "SessionFallbackSecretStore.h"
#include "TokenManagerDialog.h"
#include "WatchersClient.h"
#include "WelcomeWidget.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Token = u"eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOiJyZWwifQ.cmVsaWFiaWxpdHktc2VjcmV0"_s;
const QString ApiKey = u"rel-ui-api-key-8d7c6b5a"_s;

QByteArray badgeJson(int id, const QByteArray &text, const QByteArray &background = "\"#112233\"")
{
    return R"({"id":)" + QByteArray::number(id) + R"(,"text":")" + text + R"(","backgroundColor":)"
        + background
        + R"(,"textColor":"#ffffff","tooltip":"t","communicationPic":null,)"
          R"("communicationTitle":"Hi","communicationText":"Welcome","userCount":3})";
}

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestUiReliability : public QObject
{
    Q_OBJECT

public:
    explicit TestUiReliability(const QString &home)
        : m_home(home)
    { }

private slots:
    void unreadableListKeepsTheListAndSaysWhy_data();
    void unreadableListKeepsTheListAndSaysWhy();
    void noKeychainTokenIsKeptForTheSessionOnlyAndNeverWritten();
    void noKeychainSavedProfileIsNotOpenedAndSaysWhy();

private:
    QStringList filesContaining(const QString &secret) const;

    QString m_home;
};

QStringList TestUiReliability::filesContaining(const QString &secret) const
{
    QStringList found;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            found << file.fileName();
    }
    return found;
}

void TestUiReliability::unreadableListKeepsTheListAndSaysWhy_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("explained");
    const QByteArray changed = badgeJson(1, "Changed") + "," + badgeJson(4, "Delta");
    QTest::newRow("cut off mid-object")
        << "[" + changed + "," + badgeJson(5, "Eps").left(40) << u"not valid JSON"_s;
    QTest::newRow("a colour as a number") << "[" + changed + "," + badgeJson(5, "Eps", "16711680")
            + "]" << u"Badge 3 of 3 in the list (id 5): The field “backgroundColor” must be text"_s;
    QTest::newRow("an array where a badge belongs")
        << "[" + changed + ",[5]]" << u"Badge 3 of 3 in the list: A badge must be a JSON object"_s;
    QTest::newRow("larger than the cap") << "[" + changed + QByteArray(1536 * 1024, ' ')
            + "]" << u"The server's answer is larger than 1 MB; it was not read."_s;
}

void TestUiReliability::unreadableListKeepsTheListAndSaysWhy()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, explained);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    WatchersClient client;
    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = QUrl(QString::fromLatin1(server.origin()));
    connection.apiKey = ApiKey;
    connection.bearerToken = Token;
    client.setConnection(connection);
    ClientOptions options;
    options.getRetry.maxRetries = 0;
    options.maxResponseBytes = 1024 * 1024;
    client.setOptions(options);
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::badgesLoaded);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    // The window may refresh by itself when shown; answer whatever it asks with the good list.
    server.setDefaultResponse({200,
                               {},
                               "[" + badgeJson(1, "Alpha") + "," + badgeJson(2, "Beta") + ","
                                   + badgeJson(3, "Gamma") + "]"});
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    BadgeTableModel *model = window.badgeModel();
    QCOMPARE(model->rowCount(), 3);

    server.setDefaultResponse({200, {}, body});
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    // Nothing of the unreadable answer reached the list: not the renamed badge 1, not badge 4.
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->badgeById(1)->text, u"Alpha"_s);
    QCOMPARE(model->badgeById(2)->text, u"Beta"_s);
    QVERIFY(!model->badgeById(4));
    auto *banner = child<QLabel>(&window, "errorBanner");
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(u"Could not load badges"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(explained), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(Token));
}

void TestUiReliability::noKeychainTokenIsKeptForTheSessionOnlyAndNeverWritten()
{
    KeychainSecretStore keychain; // the real one, on a session bus that is not there
    MemorySecretStore session;
    SessionFallbackSecretStore store(&keychain, &session);
    ProfilesTestPrompter prompter;
    const Profile profile = ProfileStore::createProfile(u"Production EU"_s);
    TokenManagerDialog dialog(profile, &store, &prompter);
    dialog.show();
    QSignalSpy changed(&dialog, &TokenManagerDialog::profileChanged);
    child<QLineEdit>(&dialog, "newLabelEdit")->setText(u"ops"_s);
    child<QLineEdit>(&dialog, "pasteEdit")->setText(Token);
    QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);

    // The user was asked, with the reason and the promise, before anything was kept.
    QCOMPARE(prompter.asked.size(), 1);
    QVERIFY2(prompter.asked.first().startsWith(u"No OS keychain is available"_s),
             qPrintable(prompter.asked.first()));
    QVERIFY(prompter.asked.first().contains(u"never stores tokens in plain files"_s));
    const Profile saved = dialog.profile();
    QVERIFY(store.isSessionOnly(saved.tokenSecretKey(saved.activeTokenId)));
    QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().contains(u"session only"_s),
             qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));

    // The app saves the profile (metadata only); nothing on disk holds the token.
    ProfileStore profiles(ProfileStore::defaultFilePath());
    QVERIFY(profiles.load());
    profiles.upsert(saved);
    QVERIFY(profiles.save());
    QVERIFY(QFile::exists(ProfileStore::defaultFilePath()));
    const QStringList leaks = filesContaining(Token);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    QVERIFY(!filesContaining(u"Production EU"_s).isEmpty()); // the scan does see the file
}

void TestUiReliability::noKeychainSavedProfileIsNotOpenedAndSaysWhy()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    const QString file = QDir(m_home).filePath(u"config/open-profiles.json"_s);
    {
        ProfileStore store(file);
        Profile profile = ProfileStore::createProfile(u"Staging"_s);
        profile.region = Region::Custom;
        profile.customBaseUrl = QUrl(QString::fromLatin1(server.origin()));
        profile.tokens = {ProfileSecrets::describeNewToken(u"ops"_s, Token)};
        profile.activeTokenId = profile.tokens.first().id;
        store.upsert(profile);
        store.setCurrentId(profile.id);
        QVERIFY(store.save());
    }
    ProfilesTestPrompter prompter;
    AppController app(file); // the OS keychain, which is not there
    app.setPrompter(&prompter);
    QSignalSpy failed(&app, &AppController::profileOpenFailed);
    QSignalSpy opened(&app, &AppController::profileOpened);
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.startsWith(u"No OS keychain is available"_s), qPrintable(message));
    QVERIFY2(prompter.asked.last().startsWith(u"\"Staging\" could not be opened: No OS keychain"_s),
             qPrintable(prompter.asked.last()));
    QCOMPARE(opened.count(), 0);
    QVERIFY(!app.mainWindow());
    QVERIFY(app.welcome() && app.welcome()->isVisible()); // somewhere to go from here
    QTest::qWait(100);
    QVERIFY(server.requests().isEmpty()); // nothing was sent without credentials
}

int main(int argc, char *argv[])
{
    // No keychain for this whole process: a session bus address that leads nowhere (and no
    // display to autolaunch one), and a throw-away HOME where any plaintext fallback would show.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    const QByteArray root = home.path().toUtf8();
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/badgedesk-no-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("XDG_CURRENT_DESKTOP");
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_RUNTIME_DIR", root);
    qputenv("BADGEDESK_CONFIG_DIR", root + "/config");
    qputenv("BADGEDESK_DATA_DIR", root + "/data");
    QApplication app(argc, argv);
    TestUiReliability test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_reliability.moc"
