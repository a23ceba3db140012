// The workspace against the in-process sandbox: create, update, revert/undo, delete with a
// confirmation that names the badge and its holders, unsaved-edit questions, draft recovery
// after a simulated crash, the conflict warning, and the error paths.

#include "BadgeEditor.h"
#include "BadgeTableModel.h"
#include "BadgeValidator.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "ScriptedDialogs.h"
#include "TypeText.h"
#include "WatchersClient.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiWorkspaceSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsANewBadge();
    void updatesAndTheListFollows();
    void revertAndUndo();
    void switchingBadgesAsksFirst();
    void deleteConfirmationNamesBadgeAndHolders();
    void deleteOnProductionNeedsTheNameTyped();
    void failedSaveKeepsTheForm();
    void conflictIsAnnouncedBeforeOverwriting();
    void draftIsOfferedAfterACrash();
    void filterNarrowsAndKeepsTheEditedBadge();
    void exportThenImportRecreatesTheBadges();
    void copyToAnotherProfileCreatesThere();

private:
    MainWindow *makeWindow();
    void typeInto(const QString &name, const QString &text);
    Badge firstBadge() const;
    template<typename T> T awaitCall(std::function<void(std::function<void(const T &)>)> start)
    {
        std::optional<T> out;
        start([&out](const T &value) { out = value; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
            qFatal("the sandbox did not answer");
        return *out;
    }

    QTemporaryDir m_data;
    Profile m_profile;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WatchersClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs *m_dialogs = nullptr;
    ConnectionSettings m_connection;
};

void TestUiWorkspaceSave::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("BADGEDESK_DATA_DIR", m_data.path().toUtf8());
    m_profile.id = u"sandbox"_s;
    m_profile.name = u"Local sandbox"_s;
    m_profile.sandbox = true;
}

void TestUiWorkspaceSave::init()
{
    QDir(m_data.path()).removeRecursively();
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = u"ws-key"_s;
    project.bearerTokens = {u"ws-token-0123456789"_s};
    options.projects = {project};
    options.demo = true;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_connection.region = Region::Custom;
    m_connection.customBaseUrl = m_sandbox->baseUrl();
    m_connection.apiKey = project.apiKey;
    m_connection.bearerToken = project.bearerTokens.first();
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(m_connection);
    makeWindow();
}

MainWindow *TestUiWorkspaceSave::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_dialogs = new ScriptedDialogs(m_window.get());
    m_window->setDialogService(m_dialogs);
    m_window->show();
    QSignalSpy loaded(m_window.get(), &MainWindow::badgesLoaded);
    m_window->setCurrentProfile(m_profile);
    if (!loaded.wait(10000))
        qFatal("the list did not load");
    return m_window.get();
}

void TestUiWorkspaceSave::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestUiWorkspaceSave::typeInto(const QString &name, const QString &text)
{
    QWidget *widget = m_window->editor()->findChild<QWidget *>(name);
    QVERIFY2(widget, qPrintable(name));
    widget->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->end(false);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->moveCursor(QTextCursor::End);
    typeText(widget, text);
}

Badge TestUiWorkspaceSave::firstBadge() const
{
    return *m_window->badgeModel()->badgeAt(0);
}

void TestUiWorkspaceSave::createsANewBadge()
{
    const int before = m_window->badgeModel()->totalCount();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    BadgeEditor *editor = m_window->editor();
    QVERIFY(editor->isNew());
    QVERIFY(!editor->canSave()); // tooltip, title and text are still empty
    typeInto(u"tooltipEdit"_s, u"Say hello"_s);
    typeInto(u"communicationTitleEdit"_s, u"Welcome!"_s);
    typeInto(u"communicationTextEdit"_s, u"Glad you are here."_s);
    QVERIFY2(editor->canSave(), qPrintable(editor->saveBlockedReason()));
    QSignalSpy saved(m_window.get(), &MainWindow::badgeSaved);
    editor->saveAction()->trigger();
    QVERIFY(saved.wait(10000));
    const Badge created = saved.first().first().value<Badge>();
    QVERIFY(created.id);
    QCOMPARE(m_window->badgeModel()->totalCount(), before + 1);
    QVERIFY(!editor->isNew());
    QVERIFY(!editor->isDirty());
    const auto fromServer = awaitCall<ApiResult<Badge>>(
        [&](auto done) { m_client->getBadge(*created.id, m_window.get(), done); });
    QVERIFY(fromServer.ok());
    QCOMPARE(fromServer.value().tooltip, u"Say hello"_s);
}

void TestUiWorkspaceSave::updatesAndTheListFollows()
{
    const Badge badge = firstBadge();
    m_window->openBadge(*badge.id);
    typeInto(u"tooltipEdit"_s, u" (updated)"_s);
    QVERIFY(m_window->editor()->isDirty());
    QSignalSpy saved(m_window.get(), &MainWindow::badgeSaved);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(10000));
    QVERIFY(!m_window->editor()->isDirty());
    const auto listed = m_window->badgeModel()->badgeById(*badge.id);
    QCOMPARE(listed->tooltip, badge.tooltip + u" (updated)"_s);
    QCOMPARE(listed->userCount, badge.userCount); // PATCH answers `true`: the count is kept
    const auto fromServer = awaitCall<ApiResult<Badge>>(
        [&](auto done) { m_client->getBadge(*badge.id, m_window.get(), done); });
    QCOMPARE(fromServer.value().tooltip, badge.tooltip + u" (updated)"_s);
}

void TestUiWorkspaceSave::revertAndUndo()
{
    const Badge badge = firstBadge();
    m_window->openBadge(*badge.id);
    BadgeEditor *editor = m_window->editor();
    QVERIFY(!editor->revertAction()->isEnabled());
    typeInto(u"textEdit"_s, u"!"_s);
    QCOMPARE(editor->badge().text, badge.text + u"!"_s);
    editor->revertAction()->trigger();
    QCOMPARE(editor->badge().text, badge.text);
    QVERIFY(!editor->isDirty());
    editor->undoAction()->trigger(); // undoes the revert
    QCOMPARE(editor->badge().text, badge.text + u"!"_s);
    editor->undoAction()->trigger(); // undoes the typing
    QCOMPARE(editor->badge().text, badge.text);
    editor->redoAction()->trigger();
    QCOMPARE(editor->badge().text, badge.text + u"!"_s);
    QCOMPARE(m_window->editor()->findChild<QLineEdit *>(u"textEdit"_s)->text(),
             badge.text + u"!"_s);
}

void TestUiWorkspaceSave::switchingBadgesAsksFirst()
{
    const Badge a = *m_window->badgeModel()->badgeAt(0);
    const Badge b = *m_window->badgeModel()->badgeAt(1);
    m_window->openBadge(*a.id);
    typeInto(u"tooltipEdit"_s, u" edited"_s);
    m_dialogs->answers.enqueue(DialogService::Choice::Cancel);
    auto *table = m_window->findChild<QTableView *>(u"badgeTable"_s);
    table->selectRow(1);
    QTRY_COMPARE(m_dialogs->questions.size(), 1);
    QVERIFY(m_dialogs->questions.first().contains(a.text));
    QTest::qWait(20);
    QCOMPARE(m_window->editor()->badge().id, a.id); // still editing A
    QVERIFY(m_window->editor()->isDirty());

    m_dialogs->answers.enqueue(DialogService::Choice::Discard);
    m_window->openBadge(*b.id);
    QTRY_COMPARE(m_window->editor()->badge().id, b.id);
    QVERIFY(!m_window->editor()->isDirty());
}

void TestUiWorkspaceSave::deleteConfirmationNamesBadgeAndHolders()
{
    const Badge badge = firstBadge();
    const auto assigned = awaitCall<ApiResult<AssignOutcome>>([&](auto done) {
        m_client->assignUsers(*badge.id, {u"u-1"_s, u"u-2"_s, u"u-3"_s}, m_window.get(), done);
    });
    QVERIFY(assigned.ok());
    QSignalSpy loaded(m_window.get(), &MainWindow::badgesLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    const qint64 holders = m_window->badgeModel()->badgeById(*badge.id)->userCount.value_or(0);
    QVERIFY(holders >= 3);

    m_window->openBadge(*badge.id);
    m_dialogs->answers.enqueue(DialogService::Choice::Cancel);
    m_window->deleteSelected();
    QTRY_COMPARE(m_dialogs->questions.size(), 1);
    QVERIFY2(m_dialogs->questions.first().contains(badge.text),
             qPrintable(m_dialogs->questions.first()));
    QVERIFY2(m_dialogs->questions.first().contains(u"%1 user"_s.arg(holders)),
             qPrintable(m_dialogs->questions.first()));
    QTest::qWait(50);
    QVERIFY(m_window->badgeModel()->badgeById(*badge.id)); // cancelled: nothing deleted

    QSignalSpy deleted(m_window.get(), &MainWindow::badgesDeleted);
    m_dialogs->answers.enqueue(DialogService::Choice::Accept);
    QTest::keyClick(m_window->findChild<QTableView *>(u"badgeTable"_s), Qt::Key_Delete);
    QVERIFY(deleted.wait(10000));
    QVERIFY(!m_window->badgeModel()->badgeById(*badge.id));
    QVERIFY(!m_window->editor()->hasBadge());
    const auto gone = awaitCall<ApiResult<Badge>>(
        [&](auto done) { m_client->getBadge(*badge.id, m_window.get(), done); });
    QCOMPARE(gone.error().kind(), ApiError::Kind::NotFound);
}

void TestUiWorkspaceSave::deleteOnProductionNeedsTheNameTyped()
{
    Profile production = m_profile;
    production.production = true;
    production.name = u"Acme Live"_s;
    QSignalSpy loaded(m_window.get(), &MainWindow::badgesLoaded);
    m_window->setCurrentProfile(production);
    QVERIFY(loaded.wait(10000));
    const Badge badge = firstBadge();
    m_window->openBadge(*badge.id);

    m_dialogs->nextTyped = u"acme live"_s; // close is not enough
    m_dialogs->answers.enqueue(DialogService::Choice::Accept); // a plain click must not do
    m_window->deleteSelected();
    QTRY_COMPARE(m_dialogs->questions.size(), 1);
    QVERIFY(m_dialogs->questions.first().contains(u"PRODUCTION"_s));
    QTest::qWait(100);
    QVERIFY(m_window->badgeModel()->badgeById(*badge.id));

    QSignalSpy deleted(m_window.get(), &MainWindow::badgesDeleted);
    m_dialogs->nextTyped = u"Acme Live"_s;
    m_window->deleteSelected();
    QVERIFY(deleted.wait(10000));
    QVERIFY(!m_window->badgeModel()->badgeById(*badge.id));
}

void TestUiWorkspaceSave::failedSaveKeepsTheForm()
{
    const Badge badge = firstBadge();
    m_window->openBadge(*badge.id);
    typeInto(u"tooltipEdit"_s, u" v2"_s);
    FaultPlan plan;
    plan.addScripted({FaultPlan::Kind::InternalServerError, 1, u"PATCH"_s, u"/external/badge"_s});
    m_sandbox->setFaultPlan(plan);
    QSignalSpy failed(m_window.get(), &MainWindow::saveFailed);
    m_window->editor()->saveAction()->trigger();
    QVERIFY(failed.wait(10000));
    QVERIFY(m_window->editor()->isDirty());
    QCOMPARE(m_window->editor()->badge().tooltip, badge.tooltip + u" v2"_s);
    auto *reason = m_window->editor()->findChild<QLabel *>(u"saveReason"_s);
    QVERIFY2(reason->text().contains(u"500"_s)
                 || reason->text().contains(u"server"_s, Qt::CaseInsensitive),
             qPrintable(reason->text()));

    // A revoked token: the message says so, the form stays.
    ConnectionSettings wrong = m_connection;
    wrong.bearerToken = u"revoked-token-000000000"_s;
    m_client->setConnection(wrong);
    m_window->editor()->saveAction()->trigger();
    QVERIFY(failed.wait(10000));
    QVERIFY2(reason->text().contains(u"Bearer token"_s), qPrintable(reason->text()));
    QVERIFY(!reason->text().contains(wrong.bearerToken));
    QVERIFY(m_window->editor()->isDirty());

    // Fixed: the same form saves.
    m_client->setConnection(m_connection);
    QSignalSpy saved(m_window.get(), &MainWindow::badgeSaved);
    m_window->editor()->saveAction()->trigger();
    QVERIFY(saved.wait(10000));
}

void TestUiWorkspaceSave::conflictIsAnnouncedBeforeOverwriting()
{
    const Badge badge = firstBadge();
    m_window->openBadge(*badge.id);
    typeInto(u"tooltipEdit"_s, u" mine"_s);
    Badge theirs = badge;
    theirs.userCount.reset();
    theirs.tooltip = u"Changed by a colleague"_s;
    const auto patched = awaitCall<ApiResult<Badge>>(
        [&](auto done) { m_client->updateBadge(theirs, m_window.get(), done); });
    QVERIFY(patched.ok());

    m_dialogs->answers.enqueue(DialogService::Choice::Cancel);
    m_window->editor()->saveAction()->trigger();
    QTRY_COMPARE(m_dialogs->questions.size(), 1);
    QVERIFY2(m_dialogs->questions.first().contains(u"changed on the server"_s),
             qPrintable(m_dialogs->questions.first()));
    QTest::qWait(50);
    QVERIFY(m_window->editor()->isDirty());
    auto server = awaitCall<ApiResult<Badge>>(
        [&](auto done) { m_client->getBadge(*badge.id, m_window.get(), done); });
    QCOMPARE(server.value().tooltip, theirs.tooltip); // not overwritten

    m_dialogs->answers.enqueue(DialogService::Choice::Accept);
    QSignalSpy saved(m_window.get(), &MainWindow::badgeSaved);
    m_window->editor()->saveAction()->trigger();
    QVERIFY(saved.wait(10000));
    server = awaitCall<ApiResult<Badge>>(
        [&](auto done) { m_client->getBadge(*badge.id, m_window.get(), done); });
    QCOMPARE(server.value().tooltip, badge.tooltip + u" mine"_s);
}

void TestUiWorkspaceSave::draftIsOfferedAfterACrash()
{
    const Badge badge = firstBadge();
    m_window->openBadge(*badge.id);
    typeInto(u"communicationTitleEdit"_s, u" — draft"_s);
    // The autosave runs shortly after typing stops; wait for it like a user would.
    QTest::qWait(800);
    // A crash: the window vanishes without any question or cleanup code being reached.
    MainWindow *crashed = m_window.release();
    QDir drafts(m_data.path() + u"/profiles/sandbox/drafts"_s);
    QVERIFY2(!drafts.entryList({u"*.json"_s}, QDir::Files).isEmpty(), qPrintable(drafts.path()));
    crashed->hide();
    crashed->deleteLater(); // (the process would be gone; the draft on disk is what counts)

    makeWindow();
    auto *banner = m_window->findChild<QWidget *>(u"draftBanner"_s);
    QVERIFY(banner->isVisible());
    m_dialogs->answers.enqueue(DialogService::Choice::Accept);
    m_window->openBadge(*badge.id);
    QTRY_VERIFY(m_window->editor()->isDirty());
    QCOMPARE(m_window->editor()->badge().communicationTitle,
             badge.communicationTitle + u" — draft"_s);
    QVERIFY(m_dialogs->questions.first().contains(badge.text));

    // Saved: the draft is gone.
    QSignalSpy saved(m_window.get(), &MainWindow::badgeSaved);
    m_window->editor()->saveAction()->trigger();
    QVERIFY(saved.wait(10000));
    QVERIFY(drafts.entryList({u"*.json"_s}, QDir::Files).isEmpty());
    QVERIFY(!banner->isVisible());
}

void TestUiWorkspaceSave::filterNarrowsAndKeepsTheEditedBadge()
{
    const Badge badge = firstBadge();
    m_window->openBadge(*badge.id);
    auto *filter = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    const int total = m_window->badgeModel()->rowCount();
    typeText(filter, badge.text);
    QVERIFY(m_window->badgeModel()->rowCount() >= 1);
    QVERIFY(m_window->badgeModel()->rowCount() <= total);
    QCOMPARE(m_window->selectedBadges().size(), 1);
    QCOMPARE(m_window->selectedBadges().first().id, badge.id);
    filter->clear();
    typeText(filter, u"no badge is called this"_s);
    QCOMPARE(m_window->badgeModel()->rowCount(), 0);
    QCOMPARE(m_window->editor()->badge().id, badge.id); // the editor keeps it
}

void TestUiWorkspaceSave::exportThenImportRecreatesTheBadges()
{
    const QList<Badge> before = m_window->badgeModel()->badges();
    QVERIFY(!before.isEmpty());
    const QString path = m_data.filePath(u"export.json"_s);
    m_dialogs->nextSaveFile = path;
    m_window->exportBadges(); // nothing selected: every badge
    QTRY_VERIFY(QFileInfo::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(!exported.contains(m_connection.bearerToken.toUtf8()));
    QVERIFY(!exported.contains(m_connection.apiKey.toUtf8()));

    m_dialogs->nextOpenFile = path;
    m_dialogs->answers.enqueue(DialogService::Choice::Accept);
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importBadges();
    QVERIFY(imported.wait(15000));
    // The demo data has the seed's `textColor: ""`: the server refuses that one, and says so.
    const auto valid = std::count_if(before.cbegin(), before.cend(), [](const Badge &b) {
        return BadgeValidator::validate(b).ok();
    });
    QVERIFY(valid > 0 && valid < before.size());
    QCOMPARE(imported.first().at(0).toInt(), int(valid));
    QCOMPARE(imported.first().at(1).toInt(), int(before.size() - valid));
    auto *banner = m_window->findChild<QLabel *>(u"errorBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(u"textColor"_s), qPrintable(banner->text()));
    const auto listed = awaitCall<ApiResult<QList<Badge>>>(
        [&](auto done) { m_client->listBadges(m_window.get(), done); });
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), before.size() + valid);
    // The copies carry the same design (text, colours, welcome message), with new ids.
    const Badge &original = before.first();
    const bool copied =
        std::any_of(listed.value().cbegin(), listed.value().cend(), [&original](const Badge &b) {
            return b.id != original.id && b.text == original.text
                && b.backgroundColor == original.backgroundColor
                && b.communicationText == original.communicationText;
        });
    QVERIFY(copied);
}

void TestUiWorkspaceSave::copyToAnotherProfileCreatesThere()
{
    SandboxOptions options;
    SandboxProject other;
    other.apiKey = u"other-key"_s;
    other.bearerTokens = {u"other-token-0123456789"_s};
    options.projects = {other};
    SandboxServer target(options);
    QString error;
    QVERIFY2(target.start(&error), qPrintable(error));
    ConnectionSettings connection = m_connection;
    connection.customBaseUrl = target.baseUrl();
    connection.apiKey = other.apiKey;
    connection.bearerToken = other.bearerTokens.first();
    WatchersClient targetClient;
    targetClient.setConnection(connection);

    const Badge badge = firstBadge();
    QSignalSpy copied(m_window.get(), &MainWindow::copyFinished);
    m_window->copyBadgesTo(&targetClient, u"Staging"_s, {badge});
    QVERIFY(copied.wait(10000));
    QCOMPARE(copied.first().at(0).toInt(), 1);
    QCOMPARE(copied.first().at(1).toInt(), 0);
    const auto listed = awaitCall<ApiResult<QList<Badge>>>(
        [&](auto done) { targetClient.listBadges(m_window.get(), done); });
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().text, badge.text);
    QCOMPARE(listed.value().first().tooltip, badge.tooltip);
}

QTEST_MAIN(TestUiWorkspaceSave)
#include "tst_ui_workspace_save.moc"
