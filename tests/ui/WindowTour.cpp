#include "WindowTour.h"

#include "AppController.h"
#include "AssignDialog.h"
#include "BadgeEditor.h"
#include "BadgeTableModel.h"
#include "BulkDialogBase.h"
#include "IdListEditor.h"
#include "JobJournal.h"
#include "JobRunner.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "SessionFallbackSecretStore.h"
#include "WatchersClient.h"
#include "WelcomeWidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 15000;

// A token the profile dialogs can read (project, user, age): three base64url parts with
// {uid, project, iat} in the middle, 200 days old so the rotation warning shows.
QString readableToken()
{
    const QByteArray header =
        QJsonDocument(QJsonObject {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}})
            .toJson(QJsonDocument::Compact);
    const qint64 iat = QDateTime::currentDateTimeUtc().addDays(-200).toSecsSinceEpoch();
    const QByteArray payload =
        QJsonDocument(
            QJsonObject {{u"uid"_s, u"admin-7"_s}, {u"project"_s, u"acme-live"_s}, {u"iat"_s, iat}})
            .toJson(QJsonDocument::Compact);
    const auto b64 = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return b64(header) + u'.' + b64(payload) + u'.' + b64("not-a-real-signature");
}

QAction *actionNamed(QWidget *window, const QString &name)
{
    for (QAction *action : window->findChildren<QAction *>(name)) {
        if (action->isEnabled())
            return action;
    }
    return nullptr;
}

} // namespace

WindowTour::WindowTour() = default;

WindowTour::~WindowTour()
{
    // The app first: its windows and clients talk to the sandbox until they are gone.
    m_app.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_sandbox.reset();
}

MainWindow *WindowTour::mainWindow() const
{
    return m_app ? m_app->mainWindow() : nullptr;
}

bool WindowTour::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    // Drafts, journals and logs of the tour stay in the throw-away folder.
    qputenv("BADGEDESK_DATA_DIR", m_dir.filePath(u"data"_s).toUtf8());
    m_token = readableToken();
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = u"tour-key"_s;
    project.bearerTokens = {m_token};
    project.rooms = {u"lobby-1"_s};
    options.projects = {project};
    options.demo = true;
    m_sandbox = std::make_unique<SandboxServer>(options);
    if (!m_sandbox->start(error))
        return false;

    const QString file = m_dir.filePath(u"profiles.json"_s);
    m_keychain = std::make_unique<MemorySecretStore>();
    {
        ProfileStore store(file);
        m_profile = ProfileStore::createProfile(u"Acme Live"_s);
        m_profile.region = Region::Custom;
        m_profile.customBaseUrl = m_sandbox->baseUrl();
        m_profile.production = true;
        m_profile.projectId = u"acme-live"_s;
        m_profile.tokens = {ProfileSecrets::describeNewToken(u"Release bot"_s, m_token)};
        m_profile.activeTokenId = m_profile.tokens.first().id;
        m_keychain->write(m_profile.apiKeySecretKey(), project.apiKey, nullptr, {});
        m_keychain->write(m_profile.tokenSecretKey(m_profile.activeTokenId), m_token, nullptr, {});
        store.upsert(m_profile);
        store.setCurrentId(m_profile.id);
        if (!store.save(error))
            return false;
    }
    m_app = std::make_unique<AppController>(file, m_keychain.get());
    m_app->setPrompter(&m_prompter);
    m_app->start();
    if (!QTest::qWaitFor(
            [this] {
                return mainWindow() && mainWindow()->badgeModel()->rowCount() > 0
                    && mainWindow()->badgeModel()->badges().first().id;
            },
            Timeout)) {
        *error = u"the main window did not list the sandbox's badges"_s;
        return false;
    }
    m_badges = mainWindow()->badgeModel()->badges();
    return true;
}

QStringList WindowTour::dataShown() const
{
    QStringList data {m_profile.name, u"Release bot"_s, u"admin-7"_s,  u"acme-live"_s,
                      u"u-1001"_s,    u"u-1002"_s,      u"troll-17"_s, u"lobby-1"_s};
    // Where the Watchers admin panel (English only) keeps tokens: translated, it would send
    // the user looking for a menu that does not exist.
    data << u"Settings → Bearer tokens"_s;
    for (const Badge &badge : m_badges) {
        data << badge.text << badge.tooltip << badge.communicationTitle << badge.communicationText
             << badge.pic.value_or(QString()) << badge.communicationPic.value_or(QString())
             << badge.data.value_or(QString());
        // A picture that cannot be loaded is reported with its host's name.
        for (const auto &address : {badge.pic, badge.communicationPic})
            data << QUrl(address.value_or(QString())).host();
    }
    for (const auto &job : JobJournal::list(m_profile.id))
        data << job.jobId;
    data.removeAll(QString());
    return data;
}

QWidget *WindowTour::waitForNewWindow(const QSet<QWidget *> &before, const char *className) const
{
    QWidget *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (!before.contains(w) && w->isVisible() && w->inherits(className)) {
                    found = w;
                    return true;
                }
            }
            return false;
        },
        Timeout);
    if (found) {
        (void)QTest::qWaitForWindowExposed(found);
        QTest::qWait(30); // layouts and the first paint
    }
    return found;
}

QWidget *WindowTour::openedBy(const std::function<void()> &trigger, const char *className) const
{
    const QList<QWidget *> list = QApplication::topLevelWidgets();
    const QSet<QWidget *> before(list.cbegin(), list.cend());
    trigger();
    return waitForNewWindow(before, className);
}

void WindowTour::close(QWidget *window) const
{
    if (!window)
        return;
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool WindowTour::runBulkJob(QWidget *widget, const QString &ids, QString *error) const
{
    auto *dialog = qobject_cast<BulkDialogBase *>(widget);
    dialog->idEditor()->setText(ids);
    if (!QTest::qWaitFor([dialog] { return !dialog->idEditor()->isParsing(); }, Timeout)) {
        *error = u"the ID list was not read"_s;
        return false;
    }
    if (auto *confirm = dialog->findChild<QLineEdit *>(u"typedConfirmation"_s))
        confirm->setText(m_profile.name);
    if (!dialog->startJob()) {
        *error = u"the job did not start: "_s + dialog->dryRunText();
        return false;
    }
    if (!QTest::qWaitFor(
            [dialog] { return dialog->runner() && dialog->runner()->state() != JobState::Running; },
            Timeout)) {
        *error = u"the job did not finish"_s;
        return false;
    }
    QTest::qWait(400); // the results table refreshes on a short timer
    return true;
}

bool WindowTour::run(const Visit &visit, QString *error)
{
    MainWindow *window = mainWindow();
    auto fail = [error](const QString &what) {
        *error = what;
        return false;
    };
    auto trigger = [window](const QString &name) {
        return [window, name] {
            if (QAction *action = actionNamed(window, name))
                action->trigger();
        };
    };

    // The workspace with a badge open and a request open in the request log.
    window->openBadge(*m_badges.first().id);
    auto *dock = window->findChild<QDockWidget *>(u"requestLogDock"_s);
    if (!dock)
        return fail(u"no request log dock"_s);
    dock->show();
    auto *requests = dock->findChild<QTableView *>(u"requestLogView"_s);
    if (!requests || requests->model()->rowCount() == 0)
        return fail(u"the request log is empty"_s);
    requests->setCurrentIndex(requests->model()->index(0, 0));
    QTest::qWait(30);
    visit(u"main window"_s, window);

    // The same badge with edits that break it: no text, text as dark as the background.
    auto *text = window->editor()->findChild<QLineEdit *>(u"textEdit"_s);
    auto *textColour = window->editor()->findChild<QLineEdit *>(u"textColorEdit"_s);
    text->setFocus();
    text->selectAll();
    QTest::keyClick(text, Qt::Key_Delete);
    textColour->selectAll();
    QTest::keyClicks(textColour, m_badges.first().backgroundColor);
    QTest::qWait(30);
    visit(u"main window with a broken badge"_s, window);
    window->editor()->revert();

    // The questions the workspace asks: leaving unsaved edits, and (on production) deleting,
    // which wants the profile's name typed.
    QWidget *w = openedBy(
        [this, window, text] {
            text->setFocus();
            text->end(false);
            QTest::keyClick(text, Qt::Key_Exclam);
            if (m_badges.size() > 1)
                window->openBadge(*m_badges.at(1).id);
        },
        "QMessageBox");
    if (!w)
        return fail(u"no question about unsaved changes"_s);
    visit(u"unsaved changes question"_s, w);
    close(w); // Cancel: the edit stays
    window->editor()->revert();
    w = openedBy(trigger(u"deleteAction"_s), "QInputDialog");
    if (!w)
        return fail(u"Badge › Delete did not ask for the profile's name"_s);
    visit(u"delete confirmation"_s, w);
    close(w);

    w = openedBy(trigger(u"shortcutsAction"_s), "ShortcutsDialog");
    if (!w)
        return fail(u"Help › Keyboard shortcuts did not open"_s);
    visit(u"keyboard shortcuts"_s, w);
    close(w);

    w = openedBy(trigger(u"aboutAction"_s), "AboutDialog");
    if (!w)
        return fail(u"Help › About did not open"_s);
    visit(u"about"_s, w);
    close(w);

    w = openedBy(trigger(u"assignAction"_s), "AssignDialog");
    if (!w)
        return fail(u"Badge › Assign to users did not open"_s);
    visit(u"assign"_s, w);
    if (!runBulkJob(w, u"u-1001\nu-1002"_s, error))
        return false;
    visit(u"assign, job finished"_s, w);
    close(w);

    w = openedBy(
        [this, window] {
            auto *dialog = new AssignDialog(m_app->client(), m_profile, {m_badges.first()}, window);
            dialog->setMode(AssignDialog::Mode::Unassign);
            dialog->show();
        },
        "AssignDialog");
    if (!w)
        return fail(u"the unassign dialog did not open"_s);
    visit(u"unassign"_s, w);
    close(w);

    w = openedBy(trigger(u"actionBanUsers"_s), "BanDialog");
    if (!w)
        return fail(u"Tools › Ban did not open"_s);
    visit(u"ban"_s, w);
    if (auto *until = w->findChild<QComboBox *>(u"banExpiry"_s))
        until->setCurrentIndex(until->count() - 1); // "Until…": the date and the time zone
    if (!runBulkJob(w, u"troll-17"_s, error))
        return false;
    visit(u"ban, job finished"_s, w);
    close(w);

    w = openedBy(trigger(u"actionBanUsers"_s), "BanDialog");
    if (!w)
        return fail(u"Tools › Ban did not open again"_s);
    w->findChild<QRadioButton *>(u"modeUnban"_s)->setChecked(true);
    visit(u"unban"_s, w);
    close(w);

    w = openedBy(trigger(u"actionGrantModerator"_s), "GrantModeratorDialog");
    if (!w)
        return fail(u"Tools › Grant moderator did not open"_s);
    visit(u"grant moderator"_s, w);
    close(w);

    w = openedBy(trigger(u"actionJobs"_s), "JobsWindow");
    if (!w)
        return fail(u"Tools › Jobs did not open"_s);
    visit(u"jobs"_s, w);
    auto *jobs = w->findChild<QTableWidget *>(u"jobsTable"_s);
    if (!jobs || jobs->rowCount() < 2)
        return fail(u"the jobs window does not list the two jobs"_s);
    jobs->setCurrentCell(0, 0);
    emit jobs->cellDoubleClicked(0, 0);
    QTest::qWait(400);
    visit(u"jobs with a job open"_s, w);
    close(w);

    w = openedBy(trigger(u"actionModerationLog"_s), "ModerationLogWindow");
    if (!w)
        return fail(u"Tools › Moderation log did not open"_s);
    auto *log = w->findChild<QTableWidget *>(u"logTable"_s);
    if (!log || log->rowCount() < 1)
        return fail(u"the moderation log has no entry for the ban"_s);
    log->selectRow(0);
    visit(u"moderation log"_s, w);
    close(w);

    QWidget *manager = openedBy(trigger(u"manageProfilesAction"_s), "ProfileManagerDialog");
    if (!manager)
        return fail(u"File › Profiles and tokens did not open"_s);
    visit(u"profile manager"_s, manager);
    auto click = [manager](const QString &name) {
        return [manager, name] {
            if (auto *button = manager->findChild<QAbstractButton *>(name))
                button->click();
        };
    };
    w = openedBy(click(u"editProfileButton"_s), "ProfileEditorDialog");
    if (!w)
        return fail(u"the profile editor did not open"_s);
    visit(u"profile editor"_s, w);
    close(w);
    w = openedBy(click(u"newProfileButton"_s), "ProfileEditorDialog");
    if (!w)
        return fail(u"the new profile dialog did not open"_s);
    visit(u"new profile"_s, w);
    close(w);
    w = openedBy(click(u"tokensButton"_s), "TokenManagerDialog");
    if (!w)
        return fail(u"the token manager did not open"_s);
    visit(u"token manager"_s, w);
    close(w);
    close(manager);

    // Another helper is adding Tools › Preferences; visit it whenever it is there.
    if (actionNamed(window, u"preferencesAction"_s)) {
        w = openedBy(trigger(u"preferencesAction"_s), "PreferencesDialog");
        if (!w)
            return fail(u"Tools › Preferences did not open"_s);
        visit(u"preferences"_s, w);
        close(w);
    }

    // First run: the welcome screen and its connect form.
    w = openedBy(
        [this] {
            auto *welcome = new WelcomeWidget(m_app->secrets(), &m_prompter);
            welcome->setAttribute(Qt::WA_DeleteOnClose);
            welcome->show();
        },
        "WelcomeWidget");
    if (!w)
        return fail(u"the welcome screen did not open"_s);
    visit(u"welcome"_s, w);
    if (auto *connect = w->findChild<QAbstractButton *>(u"connectButton"_s))
        connect->click();
    QTest::qWait(30);
    visit(u"welcome, connect form"_s, w);
    close(w);
    return true;
}
