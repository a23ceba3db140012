// Preferences (issue 6): the dialog loads, saves only on OK, restores defaults, refuses a data
// folder it cannot use beside the field, asks before moving data; the settings reach the
// clients and the bulk jobs actually made; the window layout survives a restart.

#include "AppController.h"
#include "AppPaths.h"
#include "AppSettings.h"
#include "AssignDialog.h"
#include "BadgeTableModel.h"
#include "IdListEditor.h"
#include "JobRunner.h"
#include "JobsWindow.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PreferencesDialog.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"
#include "ProfilesTestPrompter.h"
#include "RequestLog.h"
#include "SandboxServer.h"
#include "ScriptedDialogs.h"
#include "WatchersClient.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsTheCurrentValues();
    void okWritesTheValues();
    void cancelWritesNothing();
    void restoreDefaultsResetsTheForm();
    void unusableFolderIsRefusedBesideTheField();
    void movingTheDataIsAskedFirst_data();
    void movingTheDataIsAskedFirst();
    void languageChangeSaysItAppliesAtTheNextStart();
    void everyFieldHasALabelWithAMnemonicAndATooltip();

    void settingsReachTheClientAndNewJobs();
    void savedPreferencesReachTheOpenClient();
    void mainWindowLayoutIsRestored();
    void offScreenGeometryIsBroughtBack();
    void jobsWindowGeometryIsRemembered();
    void resumedJobsUseTheConcurrencySetting();

private:
    QString settingsFile() const { return m_dir->filePath(u"settings.ini"_s); }
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    std::unique_ptr<PreferencesDialog> newDialog(AppSettings *settings);
    QDialogButtonBox *buttons(PreferencesDialog *dialog) const;
    void addProfile();
    std::unique_ptr<AppController> startApp();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_keychain;
    ProfilesTestPrompter m_prompter;
    ScriptedDialogs m_dialogs;
    Profile m_profile;
};

void TestUiPreferences::initTestCase()
{
    // The default data folder, wherever a test reaches it, is a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qunsetenv("BADGEDESK_DATA_DIR");
    AppPaths::setDataRootOverride(path(u"data"_s));
    m_dialogs.answers.clear();
    m_dialogs.questions.clear();
}

void TestUiPreferences::cleanup()
{
    m_sandbox.reset();
    AppPaths::setDataRootOverride({});
}

std::unique_ptr<PreferencesDialog> TestUiPreferences::newDialog(AppSettings *settings)
{
    auto dialog = std::make_unique<PreferencesDialog>(settings);
    dialog->setDialogService(&m_dialogs);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the preferences dialog did not become active");
    return dialog;
}

QDialogButtonBox *TestUiPreferences::buttons(PreferencesDialog *dialog) const
{
    return dialog->findChild<QDialogButtonBox *>(u"preferencesButtons"_s);
}

void TestUiPreferences::loadsTheCurrentValues()
{
    AppSettings settings(settingsFile());
    settings.setLanguage(u"de"_s);
    settings.setTransferTimeoutSeconds(45);
    settings.setDeadlineSeconds(200);
    settings.setBatchSize(250);
    settings.setConcurrency(2);
    settings.setTokenRotationDays(30);
    settings.setDataFolder(path(u"data"_s));
    QVERIFY(settings.save());

    AppSettings reread(settingsFile());
    auto dialog = newDialog(&reread);
    QCOMPARE(dialog->findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(), u"de"_s);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"transferTimeoutSpin"_s)->value(), 45);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"deadlineSpin"_s)->value(), 200);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"batchSizeSpin"_s)->value(), 250);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"concurrencySpin"_s)->value(), 2);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"rotationSpin"_s)->value(), 30);
    QCOMPARE(
        QDir::fromNativeSeparators(dialog->findChild<QLineEdit *>(u"dataFolderEdit"_s)->text()),
        path(u"data"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"dataFolderInUse"_s)
                ->text()
                .contains(QDir::toNativeSeparators(path(u"data"_s))));
}

void TestUiPreferences::okWritesTheValues()
{
    AppSettings settings(settingsFile());
    auto dialog = newDialog(&settings);
    QSignalSpy saved(dialog.get(), &PreferencesDialog::preferencesSaved);
    auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"pt_BR"_s));
    dialog->findChild<QSpinBox *>(u"transferTimeoutSpin"_s)->setValue(60);
    dialog->findChild<QSpinBox *>(u"deadlineSpin"_s)->setValue(600);
    dialog->findChild<QSpinBox *>(u"batchSizeSpin"_s)->setValue(100);
    dialog->findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(6);
    dialog->findChild<QSpinBox *>(u"rotationSpin"_s)->setValue(0);
    QTest::mouseClick(buttons(dialog.get())->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!dialog->isVisible());

    const AppSettings reread(settingsFile()); // on disk, as the next start reads it
    QCOMPARE(reread.language(), u"pt_BR"_s);
    QCOMPARE(reread.transferTimeoutSeconds(), 60);
    QCOMPARE(reread.deadlineSeconds(), 600);
    QCOMPARE(reread.batchSize(), 100);
    QCOMPARE(reread.concurrency(), 6);
    QCOMPARE(reread.tokenRotationDays(), 0);
    QVERIFY(reread.pendingMove().isEmpty());
}

void TestUiPreferences::cancelWritesNothing()
{
    AppSettings settings(settingsFile());
    settings.setBatchSize(250);
    QVERIFY(settings.save());
    auto dialog = newDialog(&settings);
    QSignalSpy saved(dialog.get(), &PreferencesDialog::preferencesSaved);
    dialog->findChild<QSpinBox *>(u"batchSizeSpin"_s)->setValue(10);
    dialog->findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(1);
    dialog->findChild<QLineEdit *>(u"dataFolderEdit"_s)->setText(path(u"elsewhere"_s));
    QTest::mouseClick(buttons(dialog.get())->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    const AppSettings reread(settingsFile());
    QCOMPARE(reread.batchSize(), 250);
    QCOMPARE(reread.concurrency(), AppSettings::DefaultConcurrency);
    QCOMPARE(reread.dataFolder(), QString());
    QVERIFY(m_dialogs.questions.isEmpty());
}

void TestUiPreferences::restoreDefaultsResetsTheForm()
{
    AppSettings settings(settingsFile());
    settings.setLanguage(u"ru"_s);
    settings.setTransferTimeoutSeconds(200);
    settings.setDeadlineSeconds(900);
    settings.setBatchSize(7);
    settings.setConcurrency(1);
    settings.setTokenRotationDays(5);
    QVERIFY(settings.save());
    auto dialog = newDialog(&settings);
    QTest::mouseClick(buttons(dialog.get())->button(QDialogButtonBox::RestoreDefaults),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(AppSettings(settingsFile()).batchSize(), 7); // nothing written before OK
    QCOMPARE(dialog->findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(),
             QString());
    QCOMPARE(dialog->findChild<QSpinBox *>(u"transferTimeoutSpin"_s)->value(), 30);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"deadlineSpin"_s)->value(), 120);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"batchSizeSpin"_s)->value(), 500);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"concurrencySpin"_s)->value(), 4);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"rotationSpin"_s)->value(),
             Profile::DefaultTokenRotationDays);
    QVERIFY(dialog->findChild<QLineEdit *>(u"dataFolderEdit"_s)->text().isEmpty());
    QTest::mouseClick(buttons(dialog.get())->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const AppSettings reread(settingsFile());
    QCOMPARE(reread.language(), QString());
    QCOMPARE(reread.transferTimeoutSeconds(), 30);
    QCOMPARE(reread.batchSize(), 500);
    QCOMPARE(reread.concurrency(), 4);
}

void TestUiPreferences::unusableFolderIsRefusedBesideTheField()
{
    QFile blocker(path(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AppSettings settings(settingsFile());
    auto dialog = newDialog(&settings);
    QSignalSpy saved(dialog.get(), &PreferencesDialog::preferencesSaved);
    auto *folder = dialog->findChild<QLineEdit *>(u"dataFolderEdit"_s);
    auto *problem = dialog->findChild<QWidget *>(u"dataFolderProblem"_s);
    auto *problemText = dialog->findChild<QLabel *>(u"dataFolderProblemText"_s);
    QVERIFY(!problem->isVisible());
    dialog->findChild<QSpinBox *>(u"batchSizeSpin"_s)->setValue(42);

    for (const QString &bad : {path(u"a-file/sub"_s), u"relative/folder"_s, path(u"a-file"_s)}) {
        folder->setText(bad);
        QTest::mouseClick(buttons(dialog.get())->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(dialog->isVisible(), qPrintable(bad));
        QVERIFY2(problem->isVisible(), qPrintable(bad));
        QVERIFY(!problemText->text().isEmpty());
        QVERIFY(folder->hasFocus());
    }
    // Right below the field, not in a box somewhere else.
    const QPoint fieldBottom = folder->mapTo(dialog.get(), QPoint(0, folder->height()));
    const QPoint problemTop = problem->mapTo(dialog.get(), QPoint(0, 0));
    QVERIFY(problemTop.y() >= fieldBottom.y() && problemTop.y() - fieldBottom.y() < 20);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(AppSettings(settingsFile()).batchSize(), 500); // nothing half-written
    folder->setText(path(u"good"_s));
    QVERIFY(!problem->isVisible()); // typing clears the complaint
}

void TestUiPreferences::movingTheDataIsAskedFirst_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("moves");
    QTest::newRow("move them") << int(DialogService::Choice::Accept) << true << true;
    QTest::newRow("leave them") << int(DialogService::Choice::Discard) << true << false;
    QTest::newRow("cancel") << int(DialogService::Choice::Cancel) << false << false;
}

void TestUiPreferences::movingTheDataIsAskedFirst()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QFETCH(bool, moves);
    QFile draft(AppPaths::draftsDir(u"p1"_s) + u"/badge-1.json"_s);
    QVERIFY(draft.open(QIODevice::WriteOnly));
    draft.write("{}");
    draft.close();

    AppSettings settings(settingsFile());
    auto dialog = newDialog(&settings);
    QSignalSpy saved(dialog.get(), &PreferencesDialog::preferencesSaved);
    m_dialogs.answers.enqueue(DialogService::Choice(answer));
    dialog->findChild<QLineEdit *>(u"dataFolderEdit"_s)->setText(path(u"new"_s));
    QTest::mouseClick(buttons(dialog.get())->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY(m_dialogs.questions.first().contains(QDir::toNativeSeparators(path(u"data"_s))));
    QTRY_COMPARE(saved.count(), closes ? 1 : 0);
    QTest::qWait(10);
    QCOMPARE(dialog->isVisible(), !closes);

    const AppSettings reread(settingsFile());
    QCOMPARE(reread.dataFolder(), closes ? path(u"new"_s) : QString());
    QCOMPARE(reread.pendingMove().isEmpty(), !moves);
    if (moves) {
        QCOMPARE(reread.pendingMove().from, path(u"data"_s));
        QCOMPARE(reread.pendingMove().to, path(u"new"_s));
    }
    // Nothing moves while this session runs: the draft is where it was.
    QVERIFY(QFile::exists(draft.fileName()));
    if (closes) {
        // Reopened, the dialog says what happens at the next start.
        auto again = newDialog(&settings);
        const QString note = again->findChild<QLabel *>(u"dataFolderNote"_s)->text();
        QVERIFY2(note.contains(QDir::toNativeSeparators(path(u"new"_s))), qPrintable(note));
        QCOMPARE(note.contains(u"moved"_s), moves);
    }
}

void TestUiPreferences::languageChangeSaysItAppliesAtTheNextStart()
{
    AppSettings settings(settingsFile());
    auto dialog = newDialog(&settings);
    dialog->setLanguageInUse(u"en"_s);
    auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    auto *note = dialog->findChild<QLabel *>(u"languageNote"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    QVERIFY(!note->isVisible());
    language->setCurrentIndex(language->findData(u"de"_s));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"Deutsch"_s));
    QVERIFY(note->text().contains(u"next time"_s));
    QCOMPARE(language->itemText(language->findData(u"de"_s)), u"Deutsch"_s);
}

void TestUiPreferences::everyFieldHasALabelWithAMnemonicAndATooltip()
{
    AppSettings settings(settingsFile());
    auto dialog = newDialog(&settings);
    QHash<QWidget *, QLabel *> labelFor;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->buddy())
            labelFor.insert(label->buddy(), label);
    QStringList mnemonics;
    QList<QWidget *> fields;
    for (QWidget *w : dialog->findChildren<QSpinBox *>())
        fields << w;
    fields << dialog->findChild<QComboBox *>(u"languageCombo"_s)
           << dialog->findChild<QLineEdit *>(u"dataFolderEdit"_s);
    QCOMPARE(fields.size(), 7);
    for (QWidget *field : std::as_const(fields)) {
        QLabel *label = labelFor.value(field);
        QVERIFY2(label, qPrintable(field->objectName()));
        const qsizetype amp = label->text().indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(label->text()));
        mnemonics << label->text().mid(amp + 1, 1).toLower();
        QVERIFY2(field->toolTip().size() > 40, qPrintable(field->objectName()));
        QVERIFY(!field->accessibleName().isEmpty());
    }
    for (const char *name : {"browseFolderButton", "resetFolderButton"}) {
        auto *button = dialog->findChild<QPushButton *>(QLatin1String(name));
        const qsizetype amp = button->text().indexOf(u'&');
        QVERIFY(amp >= 0);
        mnemonics << button->text().mid(amp + 1, 1).toLower();
    }
    const QSet<QString> unique(mnemonics.cbegin(), mnemonics.cend());
    QCOMPARE(unique.size(), mnemonics.size());
}

void TestUiPreferences::addProfile()
{
    ProfileStore store(path(u"profiles.json"_s));
    store.load();
    m_profile = ProfileStore::createProfile(u"Staging"_s);
    m_profile.region = Region::Custom;
    m_profile.customBaseUrl = m_sandbox->baseUrl();
    m_profile.tokens = {ProfileSecrets::describeNewToken(u"main"_s, u"token-A"_s)};
    m_profile.activeTokenId = m_profile.tokens.first().id;
    m_keychain->write(m_profile.apiKeySecretKey(), u"key-A"_s, nullptr, {});
    m_keychain->write(m_profile.tokenSecretKey(m_profile.activeTokenId), u"token-A"_s, nullptr, {});
    store.upsert(m_profile);
    store.setCurrentId(m_profile.id);
    QVERIFY(store.save());
}

std::unique_ptr<AppController> TestUiPreferences::startApp()
{
    if (!m_sandbox) {
        SandboxOptions options;
        SandboxProject project;
        project.apiKey = u"key-A"_s;
        project.bearerTokens = {u"token-A"_s};
        options.projects = {project};
        options.demo = true;
        m_sandbox = std::make_unique<SandboxServer>(options);
        if (!m_sandbox->start())
            return nullptr;
        m_keychain = std::make_unique<MemorySecretStore>();
        addProfile();
    }
    auto app = std::make_unique<AppController>(path(u"profiles.json"_s), m_keychain.get());
    app->setPrompter(&m_prompter);
    QSignalSpy opened(app.get(), &AppController::profileOpened);
    app->start();
    if (!opened.wait(5000) && opened.isEmpty())
        return nullptr;
    return app;
}

void TestUiPreferences::settingsReachTheClientAndNewJobs()
{
    AppSettings settings(settingsFile());
    settings.setTransferTimeoutSeconds(45);
    settings.setDeadlineSeconds(200);
    settings.setBatchSize(3);
    settings.setConcurrency(2);
    QVERIFY(settings.save());

    auto app = startApp();
    QVERIFY(app);
    QCOMPARE(app->settings()->filePath(), settingsFile()); // beside profiles.json
    QCOMPARE(app->client()->options().transferTimeoutMs, 45'000);
    QCOMPARE(app->client()->options().deadlineMs, 200'000);

    MainWindow *window = app->mainWindow();
    QTRY_VERIFY(!window->badgeModel()->badges().isEmpty());
    emit window->assignRequested({window->badgeModel()->badges().first()});
    AssignDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<AssignDialog *>()) && dialog->isVisible());
    dialog->idEditor()->setText(u"u1\nu2\nu3\nu4\nu5\nu6\nu7"_s);
    QTRY_VERIFY(!dialog->idEditor()->isParsing());
    const qsizetype before = app->requestLog(m_profile.id)->entries().size();
    QVERIFY2(dialog->startJob(), qPrintable(dialog->dryRunText()));
    QCOMPARE(dialog->runner()->options().batchSize, 3);
    QCOMPARE(dialog->runner()->options().maxInFlight, 2);
    QCOMPARE(dialog->runner()->job().batchSize, 3);
    QSignalSpy settled(dialog->runner(), &JobRunner::settled);
    QVERIFY(settled.wait(10000));
    QCOMPARE(dialog->runner()->job().counts().done, 7);
    // Seven IDs in batches of three: three assign calls reached the server.
    int assignCalls = 0;
    const QList<RequestLogEntry> entries = app->requestLog(m_profile.id)->entries();
    for (qsizetype i = before; i < entries.size(); ++i)
        assignCalls +=
            entries.at(i).method == "POST" && entries.at(i).url.path().endsWith(u"/users"_s);
    QCOMPARE(assignCalls, 3);
}

void TestUiPreferences::savedPreferencesReachTheOpenClient()
{
    auto app = startApp();
    QVERIFY(app);
    QCOMPARE(app->client()->options().transferTimeoutMs, 30'000);
    auto *action = app->mainWindow()->findChild<QAction *>(u"preferencesAction"_s);
    QVERIFY(action);
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    QVERIFY(!action->shortcut().isEmpty());
    action->trigger();
    PreferencesDialog *dialog = app->preferencesDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    dialog->findChild<QSpinBox *>(u"transferTimeoutSpin"_s)->setValue(75);
    dialog->findChild<QSpinBox *>(u"deadlineSpin"_s)->setValue(900);
    dialog->accept();
    QCOMPARE(app->client()->options().transferTimeoutMs, 75'000);
    QCOMPARE(app->client()->options().deadlineMs, 900'000);
    QCOMPARE(app->jobOptions().maxInFlight, AppSettings::DefaultConcurrency);
}

void TestUiPreferences::mainWindowLayoutIsRestored()
{
    QRect placed;
    {
        auto app = startApp();
        QVERIFY(app);
        MainWindow *window = app->mainWindow();
        auto *dock = window->findChild<QDockWidget *>(u"requestLogDock"_s);
        QVERIFY(dock && !dock->isVisible());
        dock->show();
        // Smaller than the default 1280 × 760, yet room for the list, editor and the dock.
        const QSize least = window->minimumSizeHint().expandedTo(QSize(640, 480));
        placed = QRect(QPoint(20, 30), least);
        QVERIFY(window->screen()->availableGeometry().contains(placed));
        window->setGeometry(placed);
        QTRY_COMPARE(window->geometry(), placed);
        window->close();
        QTRY_VERIFY(!app->mainWindow());
    }
    auto app = startApp();
    QVERIFY(app);
    MainWindow *window = app->mainWindow();
    QCOMPARE(window->geometry(), placed);
    QVERIFY(window->findChild<QDockWidget *>(u"requestLogDock"_s)->isVisible());
}

void TestUiPreferences::offScreenGeometryIsBroughtBack()
{
    {
        auto app = startApp();
        QVERIFY(app);
        // Where a second monitor used to be.
        app->mainWindow()->setGeometry(QRect(5000, 4000, 600, 400));
        QTRY_COMPARE(app->mainWindow()->geometry().topLeft(), QPoint(5000, 4000));
    } // the controller saves the layout as it goes
    QVERIFY(!AppSettings(settingsFile()).windowLayout(u"mainWindow/geometry"_s).isEmpty());
    auto app = startApp();
    QVERIFY(app);
    const QRect screen = app->mainWindow()->screen()->availableGeometry();
    QCOMPARE(app->mainWindow()->size(), QSize(600, 400)); // the saved layout, not the default
    // Qt places the window itself on the screen; its estimate of the frame may spill a pixel
    // or two over the edge, which no user would notice.
    const QRect frame = app->mainWindow()->frameGeometry();
    QVERIFY2(screen.contains(frame.topLeft()) && screen.adjusted(-4, -4, 4, 4).contains(frame),
             qPrintable(u"%1 in %2"_s.arg(QDebug::toString(frame), QDebug::toString(screen))));
}

void TestUiPreferences::jobsWindowGeometryIsRemembered()
{
    auto app = startApp();
    QVERIFY(app);
    auto *action = app->mainWindow()->findChild<QAction *>(u"actionJobs"_s);
    QVERIFY(action);
    action->trigger();
    JobsWindow *jobs = nullptr;
    QTRY_VERIFY((jobs = app->mainWindow()->findChild<JobsWindow *>()) && jobs->isVisible());
    const QRect placed(60, 70, 500, 380);
    QVERIFY(jobs->geometry() != placed);
    jobs->setGeometry(placed);
    QTRY_COMPARE(jobs->geometry(), placed);
    QPointer<JobsWindow> closed(jobs);
    jobs->close();
    QTRY_VERIFY(!closed);

    action->trigger();
    QTRY_VERIFY((jobs = app->mainWindow()->findChild<JobsWindow *>()) && jobs->isVisible());
    QCOMPARE(jobs->geometry(), placed);
}

void TestUiPreferences::resumedJobsUseTheConcurrencySetting()
{
    AppSettings settings(settingsFile());
    settings.setConcurrency(2);
    QVERIFY(settings.save());
    auto app = startApp();
    QVERIFY(app);
    auto *action = app->mainWindow()->findChild<QAction *>(u"actionJobs"_s);
    QVERIFY(action);
    action->trigger();
    JobsWindow *jobs = nullptr;
    QTRY_VERIFY((jobs = app->mainWindow()->findChild<JobsWindow *>()) && jobs->isVisible());
    QCOMPARE(jobs->jobOptions().maxInFlight, 2);
}

QTEST_MAIN(TestUiPreferences)
#include "tst_ui_preferences.moc"
