#pragma once

#include "ClientOptions.h"
#include "ConnectionSettings.h"
#include "JobOptions.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Profile.h"
#include "ProfileManagerDialog.h"
#include "RequestLogDock.h"
#include "WelcomeWidget.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class AppSettings;
class MemorySecretStore;
class ProfileStore;
class ProfilesPrompter;
class RequestLog;
class SandboxLauncher;
class SecretStore;
class SessionFallbackSecretStore;
class WatchersClient;
struct Badge;

// The application's object graph: first run or the last profile → credentials from the
// keychain → WatchersClient → MainWindow. Switching profiles never mixes data: each profile
// has its own request log, the list is cleared and reloaded, and a profile whose credentials
// cannot be read is not opened at all.
class BulkActions;

class AppController : public QObject
{
    Q_OBJECT

public:
    // `keychain` defaults to the OS keychain (KeychainSecretStore); tests pass a memory store.
    explicit AppController(const QString &profilesFile, SecretStore *keychain = nullptr,
                           QObject *parent = nullptr);
    ~AppController() override;

    void setPrompter(ProfilesPrompter *prompter);

    // First run → the welcome screen; otherwise the current (last used) profile.
    void start();
    // --sandbox: the embedded sandbox profile, created if needed.
    void startSandbox();
    // --from-environment: a session without a saved profile.
    void startWithConnection(const ConnectionSettings &connection, const QString &name);

    void switchToProfile(const QString &profileId);
    void openProfileManager();
    void openPreferences();

    // Preferences and window layouts: settings.ini beside the profiles file.
    AppSettings *settings() const { return m_settings.get(); }
    PreferencesDialog *preferencesDialog() const { return m_preferences; }
    // For the Preferences note "from the next start": what AppTranslations::install chose.
    void setLanguageInUse(const QString &code) { m_languageInUse = code; }
    // What the settings make of a client's timeouts and a new job's batches and concurrency.
    ClientOptions clientOptions(const ClientOptions &base = {}) const;
    JobOptions jobOptions() const;

    ProfileStore *profiles() const { return m_profiles; }
    SessionFallbackSecretStore *secrets() const { return m_secrets; }
    WatchersClient *client() const { return m_client; }
    MainWindow *mainWindow() const { return m_window; }
    WelcomeWidget *welcome() const { return m_welcome; }
    RequestLogDock *requestLogDock() const { return m_logDock; }
    RequestLog *requestLog(const QString &profileId);
    QString currentProfileId() const { return m_current.id; }

signals:
    void profileOpened(const Profile &profile);
    void profileOpenFailed(const QString &profileId, const QString &message);
    void welcomeShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showWelcome();
    void openProfile(const Profile &profile, const ConnectionSettings &connection);
    void ensureWindow();
    void rememberProfile(const Profile &profile);
    void copyBadgesToProfile(const QList<Badge> &badges, const QString &profileId);
    void failOpen(const QString &profileId, const QString &message);
    void applySettings();
    void restoreWindowLayout();
    void saveWindowLayout();
    void windowShown(QWidget *window);
    void windowHidden(QWidget *window);

    std::unique_ptr<AppSettings> m_settings;
    ProfileStore *m_profiles;
    SecretStore *m_keychain;
    MemorySecretStore *m_session;
    SessionFallbackSecretStore *m_secrets;
    ProfilesPrompter *m_prompter;
    WatchersClient *m_client;
    SandboxLauncher *m_sandbox;
    std::optional<ConnectionSettings> m_sandboxConnection;
    QHash<QString, RequestLog *> m_logs;
    QHash<QString, WatchersClient *> m_copyClients;
    QPointer<MainWindow> m_window;
    QPointer<WelcomeWidget> m_welcome;
    QPointer<RequestLogDock> m_logDock;
    QPointer<ProfileManagerDialog> m_manager;
    QPointer<PreferencesDialog> m_preferences;
    QString m_languageInUse;
    BulkActions *m_bulk = nullptr;
    Profile m_current;
    quint64 m_switchGeneration = 0;
    quint64 m_sandboxWanted = 0; // the switch that is waiting for the sandbox to start
};
