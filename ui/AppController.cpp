#include "AppController.h"

#include "AppSettings.h"
#include "AppTranslations.h"
#include "BulkActions.h"
#include "BulkDialogBase.h"
#include "JobsWindow.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ModerationLogWindow.h"
#include "PreferencesDialog.h"
#include "ProfileCredentials.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ProfilesPrompter.h"
#include "RequestLog.h"
#include "RequestLogDock.h"
#include "SandboxLauncher.h"
#include "SessionFallbackSecretStore.h"
#include "WatchersClient.h"
#include "WelcomeWidget.h"

#include <QAction>
#include <QApplication>
#include <QChildEvent>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSplitter>

using namespace Qt::StringLiterals;

AppController::AppController(const QString &profilesFile, SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<AppSettings>(
          QFileInfo(profilesFile).absoluteDir().filePath(u"settings.ini"_s)))
    , m_profiles(new ProfileStore(profilesFile, this))
    , m_keychain(keychain ? keychain : new KeychainSecretStore(this))
    , m_session(new MemorySecretStore(this))
    , m_secrets(new SessionFallbackSecretStore(m_keychain, m_session, this))
    , m_prompter(ProfilesPrompter::defaultPrompter())
    , m_client(new WatchersClient(this))
    , m_sandbox(new SandboxLauncher(this))
    , m_languageInUse(
          AppTranslations::resolve(m_settings->language(), QLocale::system().uiLanguages()))
{
    m_client->setOptions(clientOptions(m_client->options()));
    ProfileStore::setNewProfileRotationDays(m_settings->tokenRotationDays());
    connect(m_sandbox, &SandboxLauncher::started, this, [this](const ConnectionSettings &c) {
        m_sandboxConnection = c;
        Profile sandbox = m_profiles->findById(QString::fromLatin1(Profile::SandboxId))
                              .value_or(ProfileStore::sandboxProfile());
        if (m_sandboxWanted == m_switchGeneration)
            openProfile(sandbox, c);
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        if (m_welcome)
            m_welcome->showSandboxError(message);
        failOpen(QString::fromLatin1(Profile::SandboxId), message);
    });
    connect(m_sandbox, &SandboxLauncher::stoppedUnexpectedly, this, [this](int code) {
        m_sandboxConnection.reset();
        if (m_current.sandbox && m_window)
            m_prompter->inform(m_window, tr("Local sandbox"),
                               tr("The local sandbox stopped unexpectedly (exit code %1). Open "
                                  "the sandbox profile again to restart it.")
                                   .arg(code));
    });
    connect(qApp, &QCoreApplication::aboutToQuit, m_sandbox, &SandboxLauncher::stop);
}

AppController::~AppController()
{
    m_client->cancelAll();
    saveWindowLayout();
    delete m_window;
    delete m_welcome;
}

void AppController::setPrompter(ProfilesPrompter *prompter)
{
    m_prompter = prompter ? prompter : ProfilesPrompter::defaultPrompter();
    if (m_logDock)
        m_logDock->setPrompter(m_prompter);
}

RequestLog *AppController::requestLog(const QString &profileId)
{
    RequestLog *&log = m_logs[profileId];
    if (!log)
        log = new RequestLog(this);
    return log;
}

void AppController::start()
{
    QString error;
    if (!m_profiles->load(&error))
        m_prompter->inform(nullptr, tr("Profiles"), error);
    const auto current = m_profiles->findById(m_profiles->currentId());
    if (current) {
        switchToProfile(current->id);
        return;
    }
    if (!m_profiles->isEmpty()) {
        switchToProfile(m_profiles->profiles().first().id);
        return;
    }
    showWelcome();
}

void AppController::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomeWidget(m_secrets, m_prompter);
        m_welcome->setAttribute(Qt::WA_DeleteOnClose);
        m_welcome->setRequestLog(requestLog(QString()));
        connect(m_welcome, &WelcomeWidget::sandboxRequested, this, &AppController::startSandbox);
        connect(m_welcome, &WelcomeWidget::profileCreated, this, [this](const Profile &profile) {
            rememberProfile(profile);
            switchToProfile(profile.id);
        });
    }
    m_welcome->show();
    emit welcomeShown();
}

void AppController::startSandbox()
{
    if (m_profiles->isEmpty())
        m_profiles
            ->load(); // --sandbox skips start(): the other profiles still belong in the switcher
    if (!m_profiles->findById(QString::fromLatin1(Profile::SandboxId)))
        rememberProfile(ProfileStore::sandboxProfile());
    switchToProfile(QString::fromLatin1(Profile::SandboxId));
}

void AppController::startWithConnection(const ConnectionSettings &connection, const QString &name)
{
    Profile session;
    session.id = u"environment"_s;
    session.name = name;
    session.region = connection.region;
    session.customBaseUrl = connection.customBaseUrl;
    openProfile(session, connection);
}

void AppController::switchToProfile(const QString &profileId)
{
    const auto profile = m_profiles->findById(profileId);
    if (!profile) {
        failOpen(profileId, tr("There is no profile with that id."));
        return;
    }
    const quint64 generation = ++m_switchGeneration;
    if (profile->sandbox) {
        if (m_sandboxConnection) {
            openProfile(*profile, *m_sandboxConnection);
        } else {
            m_sandboxWanted = generation;
            if (m_welcome)
                m_welcome->setSandboxStarting(true);
            if (!m_sandbox->isRunning())
                m_sandbox->start();
        }
        return;
    }
    ProfileCredentials::resolve(
        *profile, m_secrets, this,
        [this, generation, profile = *profile](const std::optional<ConnectionSettings> &settings,
                                               const QString &error) {
            if (generation != m_switchGeneration)
                return; // the user picked yet another profile meanwhile
            if (!settings) {
                failOpen(profile.id, error);
                return;
            }
            openProfile(profile, *settings);
        });
}

void AppController::failOpen(const QString &profileId, const QString &message)
{
    emit profileOpenFailed(profileId, message);
    QWidget *parent = m_window ? static_cast<QWidget *>(m_window) : m_welcome.data();
    const auto profile = m_profiles->findById(profileId);
    m_prompter->inform(parent, tr("Profile not opened"),
                       profile ? tr("\"%1\" could not be opened: %2").arg(profile->name, message)
                               : message);
    if (!m_window && !m_welcome)
        showWelcome();
}

void AppController::rememberProfile(const Profile &profile)
{
    m_profiles->upsert(profile);
    QString error;
    if (!m_profiles->save(&error))
        m_prompter->inform(m_window, tr("Profiles not saved"), error);
}

void AppController::ensureWindow()
{
    if (m_window)
        return;
    m_window = new MainWindow(m_client);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::profileSwitchRequested, this, &AppController::switchToProfile);
    connect(m_window, &MainWindow::manageProfilesRequested, this,
            &AppController::openProfileManager);
    connect(m_window, &MainWindow::copyToProfileRequested, this,
            &AppController::copyBadgesToProfile);

    m_logDock = new RequestLogDock(m_window);
    m_logDock->setPrompter(m_prompter);
    m_logDock->setSecretsProvider([this] {
        return qMakePair(m_client->connection().bearerToken, m_client->connection().apiKey);
    });
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    if (QMenu *view = m_window->viewMenu()) {
        QAction *toggle = m_logDock->toggleViewAction();
        toggle->setText(tr("Re&quest log"));
        // H for HTTP: Ctrl+Shift+L is the moderation log's.
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        view->addAction(toggle);
    }
    if (QMenu *tools = m_window->toolsMenu()) {
        QAction *manage = tools->addAction(tr("&Profiles and tokens…"));
        manage->setObjectName(u"manageProfilesAction"_s);
        connect(manage, &QAction::triggered, this, &AppController::openProfileManager);
        m_bulk = new BulkActions(this);
        m_bulk->install(tools, m_window);
        connect(m_window, &MainWindow::assignRequested, m_bulk, &BulkActions::assign);
        tools->addSeparator();
        QAction *preferences = tools->addAction(tr("Pr&eferences…"));
        preferences->setObjectName(u"preferencesAction"_s);
        preferences->setMenuRole(QAction::PreferencesRole); // the application menu on macOS
        // Platforms without a standard binding (Windows) get the one macOS and GNOME use.
        const QKeySequence keys(QKeySequence::Preferences);
        preferences->setShortcut(keys.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : keys);
        connect(preferences, &QAction::triggered, this, &AppController::openPreferences);
    }
    restoreWindowLayout();
    // Closing (hiding) saves the layout; the bulk dialogs and windows made by BulkActions are
    // met here as they appear, to give them the job options and their remembered geometry.
    m_window->installEventFilter(this);
}

void AppController::openProfile(const Profile &profile, const ConnectionSettings &connection)
{
    ++m_switchGeneration;
    ensureWindow();
    if (m_current.id != profile.id)
        m_client->cancelAll(); // answers for the previous profile must not land in this one
    Profile opened = profile;
    if (!opened.sandbox && opened.id != u"environment"_s) {
        for (TokenInfo &token : opened.tokens)
            if (token.id == opened.activeTokenId)
                token.lastUsed = QDateTime::currentDateTimeUtc();
        m_profiles->setCurrentId(opened.id);
        rememberProfile(opened);
    } else if (opened.sandbox) {
        m_profiles->setCurrentId(opened.id);
        rememberProfile(opened);
    }
    m_current = opened;
    m_client->setConnection(connection);
    m_client->setRequestLog(requestLog(opened.id));
    m_logDock->setLog(requestLog(opened.id));
    if (m_bulk)
        m_bulk->setContext(m_client, opened);
    QList<Profile> all = m_profiles->profiles();
    if (!m_profiles->findById(opened.id))
        all.append(opened);
    m_window->setProfiles(all);
    m_window->setCurrentProfile(opened); // clears the list, per-profile drafts, refreshes
    m_window->show();
    if (m_welcome) {
        m_welcome->close();
        m_welcome = nullptr;
    }
    emit profileOpened(opened);
}

void AppController::openProfileManager()
{
    if (!m_manager) {
        m_manager = new ProfileManagerDialog(m_profiles, m_secrets, m_prompter, m_window);
        m_manager->setAttribute(Qt::WA_DeleteOnClose);
        m_manager->setRequestLog(requestLog(m_current.id));
        connect(m_manager, &ProfileManagerDialog::switchRequested, this,
                &AppController::switchToProfile);
        connect(m_manager, &ProfileManagerDialog::profileDeleted, this, [this](const QString &id) {
            delete m_logs.take(id);
            delete m_copyClients.take(id);
            if (m_window)
                m_window->setProfiles(m_profiles->profiles());
            if (id == m_current.id) {
                if (!m_profiles->isEmpty())
                    switchToProfile(m_profiles->profiles().first().id);
            }
        });
        connect(m_profiles, &ProfileStore::profilesChanged, m_manager, [this] {
            if (!m_window)
                return;
            m_window->setProfiles(m_profiles->profiles());
            // Edits to the open profile (name, colour, production) show at once.
            if (const auto current = m_profiles->findById(m_current.id); current
                && (current->name != m_current.name || current->color != m_current.color
                    || current->production != m_current.production)) {
                m_current = *current;
                m_window->setCurrentProfile(m_current);
            }
        });
    }
    m_manager->show();
    m_manager->raise();
    m_manager->activateWindow();
}

void AppController::copyBadgesToProfile(const QList<Badge> &badges, const QString &profileId)
{
    const auto target = m_profiles->findById(profileId);
    if (!target || !m_window)
        return;
    auto withClient = [this, badges, target = *target](const ConnectionSettings &connection) {
        WatchersClient *&client = m_copyClients[target.id];
        if (!client) {
            client = new WatchersClient(this);
            client->setOptions(clientOptions(client->options()));
        }
        client->setConnection(connection);
        client->setRequestLog(requestLog(target.id));
        if (m_window)
            m_window->copyBadgesTo(client, target.name, badges);
    };
    if (target->sandbox) {
        if (m_sandboxConnection)
            withClient(*m_sandboxConnection);
        else
            m_prompter->inform(m_window, tr("Copy to profile"),
                               tr("Open the local sandbox once first, then copy to it."));
        return;
    }
    ProfileCredentials::resolve(
        *target, m_secrets, this,
        [this, withClient](const std::optional<ConnectionSettings> &settings,
                           const QString &error) {
            if (!settings) {
                m_prompter->inform(m_window, tr("Copy to profile"), error);
                return;
            }
            withClient(*settings);
        });
}

void AppController::openPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_settings.get(), m_window);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        m_preferences->setLanguageInUse(m_languageInUse);
        connect(m_preferences, &PreferencesDialog::preferencesSaved, this,
                &AppController::applySettings);
    }
    m_preferences->open();
    m_preferences->raise();
    m_preferences->activateWindow();
}

ClientOptions AppController::clientOptions(const ClientOptions &base) const
{
    ClientOptions options = base; // the response cap and retry policy stay the client's own
    options.transferTimeoutMs = m_settings->transferTimeoutSeconds() * 1000;
    options.deadlineMs = m_settings->deadlineSeconds() * 1000;
    return options;
}

JobOptions AppController::jobOptions() const
{
    JobOptions options;
    options.batchSize = m_settings->batchSize();
    options.maxInFlight = m_settings->concurrency();
    return options;
}

void AppController::applySettings()
{
    // Calls already under way keep the options they started with; the next ones use these.
    m_client->setOptions(clientOptions(m_client->options()));
    for (WatchersClient *client : std::as_const(m_copyClients))
        client->setOptions(clientOptions(client->options()));
    ProfileStore::setNewProfileRotationDays(m_settings->tokenRotationDays());
}

namespace {

QString layoutName(const QWidget *window)
{
    return QString::fromLatin1(window->metaObject()->className()) + u"/geometry"_s;
}

bool remembersGeometry(const QObject *window)
{
    return qobject_cast<const JobsWindow *>(window)
        || qobject_cast<const ModerationLogWindow *>(window);
}

} // namespace

void AppController::restoreWindowLayout()
{
    // restoreGeometry() also moves a window saved on a screen that is gone back onto one.
    m_window->restoreGeometry(m_settings->windowLayout(u"mainWindow/geometry"_s));
    // Needs the docks and toolbars in place and named (requestLogDock, badgeToolBar).
    m_window->restoreState(m_settings->windowLayout(u"mainWindow/state"_s));
    if (auto *splitter = m_window->findChild<QSplitter *>(u"workspaceSplitter"_s))
        splitter->restoreState(m_settings->windowLayout(u"mainWindow/splitter"_s));
}

void AppController::saveWindowLayout()
{
    if (!m_window)
        return;
    m_settings->setWindowLayout(u"mainWindow/geometry"_s, m_window->saveGeometry());
    m_settings->setWindowLayout(u"mainWindow/state"_s, m_window->saveState());
    if (auto *splitter = m_window->findChild<QSplitter *>(u"workspaceSplitter"_s))
        m_settings->setWindowLayout(u"mainWindow/splitter"_s, splitter->saveState());
    // The jobs and log windows close with the main window, too late to save their own.
    for (QWidget *child : m_window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child->isWindow() && child->isVisible() && remembersGeometry(child))
            m_settings->setWindowLayout(layoutName(child), child->saveGeometry());
    m_settings->save();
}

void AppController::windowShown(QWidget *window)
{
    // At Show, not at ChildPolished: the constructor has finished (and its resize() is done).
    if (auto *dialog = qobject_cast<BulkDialogBase *>(window))
        dialog->setJobOptions(jobOptions());
    else if (auto *jobs = qobject_cast<JobsWindow *>(window))
        jobs->setJobOptions(jobOptions());
    if (remembersGeometry(window) && !window->property("badgedesk_layoutRestored").toBool()) {
        window->setProperty("badgedesk_layoutRestored", true);
        window->restoreGeometry(m_settings->windowLayout(layoutName(window)));
    }
}

void AppController::windowHidden(QWidget *window)
{
    if (!remembersGeometry(window))
        return;
    m_settings->setWindowLayout(layoutName(window), window->saveGeometry());
    m_settings->save();
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    // A window being destroyed is hidden from ~QWidget, when it is no longer a MainWindow (or
    // a JobsWindow): the casts keep the layout code away from half-destroyed windows. Not
    // `watched == m_window`: QPointer<MainWindow> casts to MainWindow to compare, undefined
    // on a half-destroyed window (UBSan); a dying main window takes the second branch, where
    // remembersGeometry() turns it away.
    if (auto *main = qobject_cast<MainWindow *>(watched); main && main == m_window) {
        if (event->type() == QEvent::Hide) {
            saveWindowLayout();
        } else if (event->type() == QEvent::ChildPolished) {
            auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child());
            if (child && child->isWindow())
                child->installEventFilter(this);
        }
    } else if (auto *window = qobject_cast<QWidget *>(watched); window && window->isWindow()) {
        if (event->type() == QEvent::Show)
            windowShown(window);
        else if (event->type() == QEvent::Hide)
            windowHidden(window);
    }
    return QObject::eventFilter(watched, event);
}
