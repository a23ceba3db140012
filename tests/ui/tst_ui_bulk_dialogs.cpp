// The bulk dialogs headless against the in-process sandbox: parse, dry run, typed confirmation,
// a real job to the end, the ban form's rules, and the moderator dialog's no-revoke note.

#include "AppPaths.h"
#include "AssignDialog.h"
#include "BanDialog.h"
#include "GrantModeratorDialog.h"
#include "IdListEditor.h"
#include "JobProgressPanel.h"
#include "JobRunner.h"
#include "JobsWindow.h"
#include "ModerationLogWindow.h"
#include "RawHttp.h"
#include "SandboxServer.h"
#include "UserIdListParser.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonArray holdersOf(SandboxServer *sandbox, qint64 badgeId)
{
    return RawHttp(sandbox->baseUrl())
        .get(u"/__sandbox/badges/%1/holders"_s.arg(badgeId))
        .json()
        .toArray();
}
} // namespace

class TestUiBulkDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignDialogDryRunConfirmAndRun();
    void banDialogRulesAndUtcNote();
    void moderatorDialogSaysThereIsNoRevoke();
    void unassignRemovesTheBadgeWhereSupported();
    void unassignIsRefusedWhereTheApiHasNone();
    void jobsWindowResumesAnUnfinishedJob();

private:
    // A badge stored on the sandbox (nullopt when the sandbox refused or did not answer).
    std::optional<Badge> createBadge(const QString &text, const QString &background,
                                     const QString &foreground, const QString &welcomeTitle);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WatchersClient> m_client;
    Profile m_profile;
};

void TestUiBulkDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppPaths::setDataRootOverride(m_dir->path());
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = u"k"_s;
    project.bearerTokens = {u"t"_s};
    project.rooms = {u"lobby"_s};
    options.projects = {project};
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    ConnectionSettings c;
    c.region = Region::Custom;
    c.customBaseUrl = m_sandbox->baseUrl();
    c.apiKey = u"k"_s;
    c.bearerToken = u"t"_s;
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(c);
    m_profile = {};
    m_profile.id = u"p1"_s;
    m_profile.name = u"Prod EU"_s;
    m_profile.production = true;
}

std::optional<Badge> TestUiBulkDialogs::createBadge(const QString &text, const QString &background,
                                                    const QString &foreground,
                                                    const QString &welcomeTitle)
{
    Badge badge;
    badge.text = text;
    badge.backgroundColor = background;
    badge.textColor = foreground;
    badge.tooltip = u"t"_s;
    badge.communicationTitle = welcomeTitle;
    badge.communicationText = u"x"_s;
    std::optional<ApiResult<Badge>> created;
    m_client->createBadge(badge, this, [&](const ApiResult<Badge> &r) { created = r; });
    if (!QTest::qWaitFor([&created] { return created.has_value(); }, 10000) || !created->ok())
        return std::nullopt;
    return created->value();
}

void TestUiBulkDialogs::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    AppPaths::setDataRootOverride({});
}

void TestUiBulkDialogs::assignDialogDryRunConfirmAndRun()
{
    const std::optional<Badge> stored =
        createBadge(u"🔥 Fan"_s, u"#ea00fc"_s, u"#000000"_s, u"Welcome, fan!"_s);
    QVERIFY(stored);
    const Badge &badge = *stored;
    Badge saved = badge;
    saved.userCount = 12;

    auto *dialog = new AssignDialog(m_client.get(), m_profile, {saved});
    dialog->show();
    QVERIFY(dialog->findChild<QLabel *>(u"welcomeWarning"_s)->text().contains(u"Welcome, fan!"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"badgeHolders"_s)->text().contains(u"12"_s));
    auto *start = dialog->findChild<QPushButton *>(u"startJob"_s);
    QSignalSpy parsed(dialog->idEditor(), &IdListEditor::parsed);
    dialog->idEditor()->setText(u"userId\na1, a2;a3\ta1\n\"a4\"\nq83vEjZ8ZJw/1kH+zQ==\n"_s);
    QVERIFY(parsed.wait(5000));
    QVERIFY(dialog->findChild<QLabel *>(u"idSummary"_s)->text().contains(u"4 unique"_s));
    dialog->dryRun();
    QVERIFY2(dialog->dryRunText().contains(u"4 user"_s), qPrintable(dialog->dryRunText()));
    QVERIFY(!start->isEnabled()); // production: typed confirmation first
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"typedConfirmation"_s), u"Prod EU"_s);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(dialog->runner());
    QSignalSpy settled(dialog->runner(), &JobRunner::settled);
    QVERIFY(settled.wait(10000));
    QCOMPARE(dialog->runner()->job().counts().done, 4);
    QVERIFY(dialog->progressPanel()->statusText().contains(u"4 of 4"_s));
    QTest::qWait(400); // the results table refresh is coalesced
    delete dialog;
}

void TestUiBulkDialogs::banDialogRulesAndUtcNote()
{
    m_profile.production = false;
    auto *dialog = new BanDialog(m_client.get(), m_profile);
    dialog->show();
    auto *note = dialog->findChild<QLabel *>(u"zoneNote"_s);
    QVERIFY(note->text().contains(u"UTC"_s));
    auto *reason = dialog->findChild<QComboBox *>(u"banReason"_s);
    reason->setCurrentIndex(reason->findData(6)); // forbidden nickname
    QVERIFY(!dialog->findChild<QComboBox *>(u"banExpiry"_s)->isEnabled());
    QVERIFY(note->text().contains(u"nickname"_s));
    auto *type = dialog->findChild<QComboBox *>(u"banType"_s);
    type->setCurrentIndex(1);
    dialog->idEditor()->setText(u"u1\nu2"_s);
    QTRY_VERIFY(!dialog->idEditor()->isParsing());
    QVERIFY(!dialog->startJob()); // room missing
    QVERIFY(dialog->dryRunText().contains(u"room"_s));
    dialog->findChild<QLineEdit *>(u"banRoom"_s)->setText(u"lobby"_s);
    QVERIFY2(!dialog->dryRunText().contains(u"Enter the room ID"_s),
             qPrintable(dialog->dryRunText()));
    QVERIFY(dialog->startJob());
    QSignalSpy settled(dialog->runner(), &JobRunner::settled);
    QVERIFY(settled.wait(10000));
    QCOMPARE(dialog->runner()->job().counts().done, 2);
    delete dialog;

    ModerationLogWindow log(m_profile);
    QCOMPARE(log.visibleRows(), 2);
    log.findChild<QLineEdit *>(u"logSearch"_s)->setText(u"u2"_s);
    QCOMPARE(log.visibleRows(), 1);
}

void TestUiBulkDialogs::moderatorDialogSaysThereIsNoRevoke()
{
    GrantModeratorDialog dialog(m_client.get(), m_profile);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QVERIFY(
        dialog.findChild<QLabel *>(u"noRevokeNote"_s)->text().contains(u"cannot take it back"_s));
}

void TestUiBulkDialogs::unassignRemovesTheBadgeWhereSupported()
{
    const std::optional<Badge> stored = createBadge(u"VIP"_s, u"#0ea5e9"_s, u"#ffffff"_s, u"w"_s);
    QVERIFY(stored);
    const Badge &badge = *stored;
    const qint64 id = *badge.id;
    std::optional<ApiResult<AssignOutcome>> assigned;
    m_client->assignUsers(id, {u"a"_s, u"b"_s, u"c"_s}, this,
                          [&](const ApiResult<AssignOutcome> &r) { assigned = r; });
    QTRY_VERIFY(assigned.has_value());
    QCOMPARE(holdersOf(m_sandbox.get(), id).size(), 3);

    Profile sandbox;
    sandbox.id = u"sandbox"_s;
    sandbox.name = u"Local sandbox"_s;
    sandbox.sandbox = true;
    auto *dialog = new AssignDialog(m_client.get(), sandbox, {badge});
    dialog->setMode(AssignDialog::Mode::Unassign);
    dialog->show();
    QVERIFY(dialog->windowTitle().contains(u"Remove"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"welcomeWarning"_s)->text().contains(u"lose"_s));
    QSignalSpy parsed(dialog->idEditor(), &IdListEditor::parsed);
    dialog->idEditor()->setText(u"a\nb"_s);
    QVERIFY(parsed.wait(5000));
    QVERIFY2(dialog->startJob(), qPrintable(dialog->dryRunText()));
    QSignalSpy settled(dialog->runner(), &JobRunner::settled);
    QVERIFY(settled.wait(10000));
    QCOMPARE(holdersOf(m_sandbox.get(), id), QJsonArray {u"c"_s});
    delete dialog;
}

void TestUiBulkDialogs::unassignIsRefusedWhereTheApiHasNone()
{
    Badge badge;
    badge.id = 7;
    badge.text = u"VIP"_s;
    auto *dialog = new AssignDialog(m_client.get(), m_profile, {badge}); // a real project
    dialog->setMode(AssignDialog::Mode::Unassign);
    dialog->show();
    QSignalSpy parsed(dialog->idEditor(), &IdListEditor::parsed);
    dialog->idEditor()->setText(u"a"_s);
    QVERIFY(parsed.wait(5000));
    dialog->findChild<QLineEdit *>(u"typedConfirmation"_s)->setText(m_profile.name);
    QVERIFY(!dialog->startJob());
    QVERIFY2(dialog->dryRunText().contains(u"admin panel"_s), qPrintable(dialog->dryRunText()));
    delete dialog;
}

void TestUiBulkDialogs::jobsWindowResumesAnUnfinishedJob()
{
    const std::optional<Badge> stored =
        createBadge(u"Helper"_s, u"#facc15"_s, u"#111111"_s, u"w"_s);
    QVERIFY(stored);
    const Badge &badge = *stored;
    const qint64 id = *badge.id;
    {
        // A job written to its journal, then the app went away before sending anything.
        JobRunner runner(m_client.get());
        const UserIdList ids = UserIdListParser::parse(u"u1\nu2\nu3\nu4\nu5"_s);
        QVERIFY(
            runner.create(Job::create(m_profile.id, JobAction::assign(id, badge.text), ids, 2)));
    }
    QCOMPARE(holdersOf(m_sandbox.get(), id).size(), 0);

    JobsWindow window(m_client.get(), m_profile);
    window.show();
    QCOMPARE(window.jobCount(), 1);
    QCOMPARE(window.unfinishedCount(), 1);
    window.openJob(0, true);
    QTRY_COMPARE_WITH_TIMEOUT(holdersOf(m_sandbox.get(), id).size(), 5, 10000);
    QTRY_COMPARE(window.unfinishedCount(), 0);
}

QTEST_MAIN(TestUiBulkDialogs)
#include "tst_ui_bulk_dialogs.moc"
