// The leak test: a whole session under a throw-away HOME — first run, a profile with an API key
// and a pasted token, calls, the token manager (reveal, copy, test), the request log exported
// and copied as cURL, a badge saved, drafts written, bulk jobs run — then every file the app wrote
// is scanned for the token and the API key. Any hit fails.
//
// Bulk jobs (an assign and a ban through the JobRunner, as the dialogs run them) write their
// journals and the moderation log under AppPaths inside the same HOME.

#include "AppController.h"
#include "BadgeEditor.h"
#include "DialogService.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileEditorDialog.h"
#include "ProfileStore.h"
#include "ProfilesTestPrompter.h"
#include "RequestLogDock.h"
#include "RequestLogModel.h"
#include "SandboxServer.h"
#include "SessionFallbackSecretStore.h"
#include "TokenManagerDialog.h"
#include "WatchersClient.h"
#include "WelcomeWidget.h"

#if __has_include("JobRunner.h")
#include "Job.h"
#include "JobResults.h"
#include "JobRunner.h"
#include "UserIdListParser.h"
#define BADGEDESK_LEAK_TEST_HAS_JOBS 1
#else
#define BADGEDESK_LEAK_TEST_HAS_JOBS 0
#endif

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString makeJwt()
{
    const auto enc = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return enc(R"({"alg":"HS256","typ":"JWT"})") + u'.'
        + enc(R"({"uid":"leak-uid","project":"leak-project","iat":1735689600})") + u'.'
        + enc("LEAKTEST-signature-9a8b7c6d5e4f");
}

const QString Token = makeJwt();
const QString ApiKey = u"LEAKTEST-api-key-0f1e2d3c4b5a"_s;

QTemporaryDir *throwAwayHome()
{
    static QTemporaryDir home(QDir::tempPath() + u"/badgedesk-leak-XXXXXX"_s);
    return &home;
}

// Every log message of the session (qDebug … qFatal from any code), checked like the files.
QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}
QtMessageHandler previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages() << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

// Answers the workspace's file pickers with a path in the throw-away HOME.
class ScriptedSaveDialogs : public DialogService
{
public:
    using DialogService::DialogService;
    QString savePath;
    void chooseSaveFile(QWidget *, const QString &, const QString &, const QString &,
                        std::function<void(const QString &)> done) override
    {
        done(savePath);
    }
    void inform(QWidget *, const QString &, const QString &) override { }
};

} // namespace

class LeakTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullSessionLeavesNoSecretInAnyFile();

private:
    void firstRunConnect();
    void useTheApp();
    void useTokenManager();
    void useRequestLog();
    void runBulkWork();
    QStringList filesContainingSecrets(QStringList *scanned) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<SecretStore> m_keychain;
    ProfilesTestPrompter m_prompter;
    QString m_keychainKind;
};

void LeakTest::initTestCase()
{
    // Installed here, after QTest's own handler, so both see every message.
    previousHandler = qInstallMessageHandler(recordMessage);
    QVERIFY(throwAwayHome()->isValid());
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Token};
    project.rooms = {u"room-1"_s};
    options.projects = {project};
    options.demo = true;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());

    // The real keychain when there is one (the secret then lives in gnome-keyring, outside
    // this HOME); otherwise this session's memory, as the app would offer.
    auto keychain = std::make_unique<KeychainSecretStore>();
    std::optional<SecretResult> probe;
    keychain->write(u"org.badgedesk.BadgeDesk/test/leak-probe"_s, u"x"_s, this,
                    [&probe](const SecretResult &r) { probe = r; });
    QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 20000);
    if (probe->ok()) {
        keychain->remove(u"org.badgedesk.BadgeDesk/test/leak-probe"_s, nullptr, {});
        m_keychain = std::move(keychain);
        m_keychainKind = u"OS keychain"_s;
    } else {
        m_keychain = std::make_unique<MemorySecretStore>();
        m_keychainKind = u"memory (no keychain: "_s + probe->message + u')';
    }
    qInfo("secrets kept in: %s", qPrintable(m_keychainKind));
}

void LeakTest::firstRunConnect()
{
    m_app = std::make_unique<AppController>(ProfileStore::defaultFilePath(), m_keychain.get());
    m_app->setPrompter(&m_prompter);
    QSignalSpy opened(m_app.get(), &AppController::profileOpened);
    m_app->start();
    WelcomeWidget *welcome = m_app->welcome();
    QVERIFY2(welcome, "a first run must show the welcome screen");
    welcome->showConnectForm();
    ProfileEditorDialog *form = welcome->connectForm();
    form->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Leak test project"_s);
    auto *region = form->findChild<QComboBox *>(u"regionCombo"_s);
    region->setCurrentIndex(region->findData(int(Region::Custom)));
    form->findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_sandbox->baseUrl().toString());
    form->findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(ApiKey);
    form->findChild<QLineEdit *>(u"tokenEdit"_s)->setText(u"Bearer Bearer "_s + Token);
    QSignalSpy tested(form, &ProfileEditorDialog::connectionTested);
    form->testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
    form->save();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
    QVERIFY(m_app->mainWindow());
    QCOMPARE(m_app->client()->connection().bearerToken, Token);
}

void LeakTest::useTheApp()
{
    MainWindow *window = m_app->mainWindow();
    QSignalSpy loaded(window, &MainWindow::badgesLoaded);
    window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);

    // A write and an error, so the log holds more than reads.
    bool created = false;
    Badge badge;
    badge.text = u"Leak ⭐"_s;
    badge.backgroundColor = u"#123456"_s;
    badge.textColor = u"#ffffff"_s;
    badge.tooltip = u"leak test"_s;
    m_app->client()->createBadge(badge, this,
                                 [&created](const ApiResult<Badge> &) { created = true; });
    QTRY_VERIFY_WITH_TIMEOUT(created, 15000);
    bool missing = false;
    m_app->client()->getBadge(987654321, this,
                              [&missing](const ApiResult<Badge> &) { missing = true; });
    QTRY_VERIFY_WITH_TIMEOUT(missing, 15000);
    // Drafts: the workspace autosaves what is typed into the editor.
    window->newBadge();
    if (auto *text = window->editor()->findChild<QLineEdit *>(u"textEdit"_s)) {
        text->setFocus();
        QTest::keyClicks(text, u"Draft badge"_s);
    }
    window->editor()->flushAutosave();

    // Export the badge definitions, as the user would from File → Export.
    auto *dialogs = new ScriptedSaveDialogs(window);
    dialogs->savePath = throwAwayHome()->filePath(u"Documents/badges.json"_s);
    QDir().mkpath(QFileInfo(dialogs->savePath).absolutePath());
    window->setDialogService(dialogs);
    window->exportBadges();
    QTRY_VERIFY(QFile::exists(dialogs->savePath));
}

void LeakTest::useTokenManager()
{
    const Profile profile = *m_app->profiles()->findById(m_app->currentProfileId());
    TokenManagerDialog tokens(profile, m_app->secrets(), &m_prompter);
    tokens.setRequestLog(m_app->requestLog(profile.id));
    tokens.setClipboardClearMs(200);
    tokens.show();
    tokens.findChild<QPushButton *>(u"revealButton"_s)->setChecked(true);
    QTRY_COMPARE(tokens.findChild<QLineEdit *>(u"secretView"_s)->text(), Token);
    QTest::mouseClick(tokens.findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
    QTRY_COMPARE(QApplication::clipboard()->text(), Token);
    QSignalSpy tested(&tokens, &TokenManagerDialog::connectionTested);
    QTest::mouseClick(tokens.findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
    QVERIFY(tested.first().first().value<ConnectionCheck::Result>().ok());
    // Metadata goes back to the profiles file, as the app does.
    m_app->profiles()->upsert(tokens.profile());
    QVERIFY(m_app->profiles()->save());
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 3000);
}

void LeakTest::useRequestLog()
{
    RequestLogDock *dock = m_app->requestLogDock();
    QVERIFY(dock->model()->rowCount() >= 3);
    // An export, as the user would save it in their home folder.
    const QString exported = throwAwayHome()->filePath(u"Documents/request-log.txt"_s);
    QDir().mkpath(QFileInfo(exported).absolutePath());
    dock->setSaveFileChooser([exported](QWidget *) { return exported; });
    dock->exportLog();
    QVERIFY(QFile::exists(exported));
    // Copy as cURL (no secrets asked for), pasted into a file.
    dock->view()->setCurrentIndex(dock->model()->index(0, 0));
    dock->copySelectedAsCurl();
    QFile curl(throwAwayHome()->filePath(u"Documents/curl.sh"_s));
    QVERIFY(curl.open(QIODevice::WriteOnly));
    curl.write(QApplication::clipboard()->text().toUtf8());
    curl.close();
    QApplication::clipboard()->clear();
}

void LeakTest::runBulkWork()
{
#if BADGEDESK_LEAK_TEST_HAS_JOBS
    // The same engine the Assign and Ban dialogs use: journals under AppPaths::journalsDir,
    // the moderation log under AppPaths::logsDir, both inside this HOME.
    const Profile profile = *m_app->profiles()->findById(m_app->currentProfileId());
    auto run = [&](const JobAction &action, const QString &ids) {
        JobRunner runner(m_app->client());
        runner.setProfileName(profile.name);
        QString error;
        const Job job = Job::create(profile.id, action, UserIdListParser::parse(ids), 500);
        QVERIFY2(runner.create(job, &error), qPrintable(error));
        QSignalSpy settled(&runner, &JobRunner::settled);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 20000);
        QCOMPARE(runner.state(), JobState::Finished);
        // Export the per-ID results, as from the jobs window.
        QFile results(throwAwayHome()->filePath(u"Documents/job-%1.csv"_s.arg(runner.job().id)));
        QVERIFY(results.open(QIODevice::WriteOnly));
        QVERIFY(JobResults::writeCsv(runner.job(), &results));
    };
    run(JobAction::assign(1, u"Top fan"_s), u"leak-u1\nleak-u2\nleak-u3"_s);
    JobAction ban;
    ban.kind = JobAction::Kind::Ban;
    ban.banType = BanType::InApp;
    ban.description = u"leak test"_s;
    run(ban, u"leak-u4\nleak-u5"_s);
#else
    // Without the bulk engine: at least the calls a bulk job makes.
    bool assigned = false;
    m_app->client()->assignUsers(1, {u"u-1"_s, u"u-2"_s}, this,
                                 [&assigned](const auto &) { assigned = true; });
    QTRY_VERIFY_WITH_TIMEOUT(assigned, 15000);
#endif
}

QStringList LeakTest::filesContainingSecrets(QStringList *scanned) const
{
    // The secrets as sent, and in the encodings a careless writer might use.
    QList<QByteArray> needles = {Token.toUtf8(), ApiKey.toUtf8(), Token.toUtf8().toBase64(),
                                 ApiKey.toUtf8().toBase64(),
                                 Token.section(u'.', 2).toUtf8() /* the signature part */};
    QStringList hits;
    QDirIterator it(throwAwayHome()->path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        *scanned << QDir(throwAwayHome()->path()).relativeFilePath(path);
        for (const QByteArray &needle : needles)
            if (content.contains(needle))
                hits << QDir(throwAwayHome()->path()).relativeFilePath(path);
    }
    hits.removeDuplicates();
    return hits;
}

void LeakTest::fullSessionLeavesNoSecretInAnyFile()
{
    firstRunConnect();
    if (QTest::currentTestFailed())
        return;
    useTheApp();
    useTokenManager();
    useRequestLog();
    runBulkWork();
    // Close like the user does: windows save their state, settings are flushed.
    m_app->mainWindow()->close();
    QSettings().sync();
    m_app.reset();
    QTest::qWait(100);

    QStringList scanned;
    const QStringList hits = filesContainingSecrets(&scanned);
    qInfo("scanned %d file(s): %s", int(scanned.size()), qPrintable(scanned.join(u", "_s)));
    QVERIFY2(hits.isEmpty(), qPrintable(u"secret found in: "_s + hits.join(u", "_s)));
    for (const QString &message : std::as_const(loggedMessages()))
        QVERIFY2(!message.contains(Token) && !message.contains(ApiKey),
                 "a log message carried a secret");
    QVERIFY2(!loggedMessages().isEmpty(), "the message handler saw nothing: not installed?");
    // Not a vacuous pass: the session really wrote its files here.
    QVERIFY2(scanned.contains(
                 QDir(throwAwayHome()->path()).relativeFilePath(ProfileStore::defaultFilePath())),
             qPrintable(ProfileStore::defaultFilePath()));
    QVERIFY(scanned.contains(u"Documents/request-log.txt"_s));
    QVERIFY(scanned.contains(u"Documents/curl.sh"_s));
    QVERIFY(scanned.contains(u"Documents/badges.json"_s));
    const bool wroteDraft = std::any_of(scanned.cbegin(), scanned.cend(),
                                        [](const QString &f) { return f.contains(u"/drafts/"_s); });
    QVERIFY2(wroteDraft, "the session should have autosaved a draft");
#if BADGEDESK_LEAK_TEST_HAS_JOBS
    const auto wrote = [&scanned](const QString &part) {
        return std::any_of(scanned.cbegin(), scanned.cend(),
                           [&part](const QString &f) { return f.contains(part); });
    };
    QVERIFY2(wrote(u"/journals/"_s), "the bulk jobs should have written journals");
    QVERIFY2(wrote(u"/logs/"_s), "the ban should have written the moderation log");
    QVERIFY2(wrote(u"Documents/job-"_s), "the job results should have been exported");
#endif
}

int main(int argc, char *argv[])
{
    // Everything the app may write goes under the throw-away HOME: set before Qt reads it.
    const QString home = throwAwayHome()->path();
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + u"/.config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (home + u"/.local/share"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (home + u"/.cache"_s).toUtf8());
    qputenv("XDG_STATE_HOME", (home + u"/.local/state"_s).toUtf8());
    qunsetenv("BADGEDESK_DATA_DIR");
    qunsetenv("BADGEDESK_CONFIG_DIR");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"badgedesk"_s);
    QApplication::setOrganizationDomain(u"badgedesk.org"_s);
    LeakTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_profiles_leak.moc"
