// Issue 6, accessibility and the keyboard: every window and dialog, opened as a user opens it,
// has a name for every control, a label for every field, a Tab order that reaches everything,
// and no two Alt+letters alike; Help › Keyboard shortcuts lists what the keys really do; and
// the editor never says "wrong" with colour alone.

#include "AppController.h"
#include "AppTranslations.h"
#include "BadgeEditor.h"
#include "BadgeTableModel.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "WidgetWalker.h"
#include "WindowTour.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestUiAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walkerFindsWhatItLooksFor();
    void everyWindowWorksWithKeyboardAndScreenReader();
    void noShortcutIsBoundTwice();
    void shortcutsDialogListsEveryShortcut();
    void helpMenuOpensShortcutsWithF1();
    void contrastVerdictHasWordsAndIcon();
    void fieldErrorHasWordsAndIcon();

private:
    std::unique_ptr<WindowTour> m_tour;
};

void TestUiAccessibility::initTestCase()
{
    AppTranslations::install(qApp, u"en"_s); // as the app starts: English plural forms
    m_tour = std::make_unique<WindowTour>();
    QString error;
    QVERIFY2(m_tour->start(&error), qPrintable(error));
}

void TestUiAccessibility::walkerFindsWhatItLooksFor()
{
    // A window with one of each mistake, so that a clean tour means something.
    QDialog window;
    auto *form = new QFormLayout(&window);
    auto *named = new QLineEdit(&window);
    form->addRow(u"&Name:"_s, named); // a buddy label: fine
    auto *anonymous = new QLineEdit(&window); // no label, no name
    form->addRow(anonymous);
    auto *trap = new QPlainTextEdit(&window); // Tab types a tab here and stays
    trap->setAccessibleName(u"Notes"_s);
    form->addRow(trap);
    auto *behind = new QPushButton(u"&Nudge"_s, &window); // Alt+N twice
    form->addRow(behind);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const WidgetWalker walker(&window);

    const QStringList unnamed = walker.unnamedControls();
    QCOMPARE(unnamed.size(), 1);
    QVERIFY2(unnamed.first().contains(u"QLineEdit"_s), qPrintable(unnamed.first()));
    QCOMPARE(walker.unlabelledFields().size(), 1);
    const QStringList clashes = walker.mnemonicCollisions();
    QCOMPARE(clashes.size(), 1);
    QVERIFY2(clashes.first().startsWith(u"Alt+N"_s), qPrintable(clashes.first()));
    const QStringList tab = walker.tabOrderProblems().join(u'\n').split(u'\n');
    QVERIFY2(tab.first().contains(u"Tab trap"_s), qPrintable(tab.join(u'\n')));
    QVERIFY2(tab.join(u'\n').contains(u"never reaches QPushButton"_s), qPrintable(tab.join(u'\n')));

    // Fixed, the same window passes.
    anonymous->setAccessibleName(u"Nickname"_s);
    trap->setTabChangesFocus(true);
    behind->setText(u"N&udge"_s);
    QCOMPARE(walker.unnamedControls(), QStringList());
    QCOMPARE(walker.unlabelledFields(), QStringList());
    QCOMPARE(walker.mnemonicCollisions(), QStringList());
    QCOMPARE(walker.tabOrderProblems(), QStringList());
}

void TestUiAccessibility::everyWindowWorksWithKeyboardAndScreenReader()
{
    QStringList problems;
    QStringList visited;
    QString error;
    const bool ok = m_tour->run(
        [&](const QString &name, QWidget *window) {
            visited << name;
            const WidgetWalker walker(window);
            QStringList found;
            found << walker.unnamedControls() << walker.unlabelledFields()
                  << walker.mnemonicCollisions();
            // Last: it moves the focus round the window.
            found << walker.tabOrderProblems();
            // For a look at every window (at QT_SCALE_FACTOR=1.5 or 2, say): one PNG each.
            if (const QString dir = qEnvironmentVariable("BADGEDESK_GRAB_DIR"); !dir.isEmpty())
                window->grab().save(dir + u'/' + QString(name).replace(u' ', u'-') + u".png"_s);
            if (qEnvironmentVariableIsSet("BADGEDESK_SHOW_TAB_ORDER"))
                qInfo().noquote() << name << "focus chain:\n  "
                                  << walker.focusChain().join(u"\n  "_s) << "\nTab order:\n  "
                                  << walker.tabOrder().join(u"\n  "_s);
            for (const QString &problem : std::as_const(found))
                problems << name + u": "_s + problem;
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    // The windows the issue names, so that a tour cut short cannot pass for a clean one.
    for (const QString &name :
         {u"main window"_s, u"unsaved changes question"_s, u"delete confirmation"_s,
          u"keyboard shortcuts"_s, u"about"_s, u"assign"_s, u"unassign"_s, u"ban"_s,
          u"grant moderator"_s, u"jobs"_s, u"moderation log"_s, u"profile manager"_s,
          u"profile editor"_s, u"token manager"_s, u"welcome"_s})
        QVERIFY2(visited.contains(name), qPrintable(name));
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem; // all of them: a failure message is cut short
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
}

void TestUiAccessibility::noShortcutIsBoundTwice()
{
    // Two actions on one key in a window: Qt calls it ambiguous and runs neither.
    MainWindow *window = m_tour->mainWindow();
    QMap<QString, QStringList> byKey;
    for (QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts())
            byKey[keys.toString(QKeySequence::PortableText)]
                << ShortcutsDialog::withoutMnemonic(action->text());
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.key() + u": "_s + it.value().join(u", "_s);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestUiAccessibility::shortcutsDialogListsEveryShortcut()
{
    MainWindow *window = m_tour->mainWindow();
    ShortcutsDialog dialog(window);
    auto *list = dialog.findChild<QTreeWidget *>(u"shortcutsList"_s);
    QVERIFY(list);
    QStringList rows;
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            rows << group->child(i)->text(0) + u'\t' + group->child(i)->text(1);
    }
    int checked = 0;
    for (QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            const QString command = ShortcutsDialog::withoutMnemonic(action->text());
            const QString native = keys.toString(QKeySequence::NativeText);
            const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) {
                return row.section(u'\t', 0, 0) == command
                    && row.section(u'\t', 1).split(u"; "_s).contains(native);
            });
            QVERIFY2(listed, qPrintable(command + u" — "_s + native));
            ++checked;
        }
    }
    // The window's own, the editor's, the bulk tools' and the request log's at least.
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
    for (const QString &command : {u"Refresh"_s, u"Save badge"_s, u"Ban / unban users…"_s})
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                             [&](const QString &row) { return row.startsWith(command + u'\t'); }),
                 qPrintable(command));

    // The filter narrows the list to what matches, by command or by key.
    auto *filter = dialog.findChild<QLineEdit *>(u"shortcutsFilter"_s);
    filter->setText(u"F5"_s);
    int shown = 0;
    for (int g = 0; g < list->topLevelItemCount(); ++g)
        for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
            shown += list->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 1);
}

void TestUiAccessibility::helpMenuOpensShortcutsWithF1()
{
    MainWindow *window = m_tour->mainWindow();
    auto *help = window->menuBar()->findChild<QMenu *>(u"helpMenu"_s);
    QVERIFY(help);
    QStringList items;
    for (QAction *action : help->actions())
        items << ShortcutsDialog::withoutMnemonic(action->text());
    QVERIFY2(items.contains(u"Keyboard shortcuts"_s), qPrintable(items.join(u", "_s)));
    QVERIFY2(items.contains(u"About Badge Desk"_s), qPrintable(items.join(u", "_s)));

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = window->findChild<ShortcutsDialog *>();
        return dialog && dialog->isVisible();
    }));
    dialog->close();
}

void TestUiAccessibility::contrastVerdictHasWordsAndIcon()
{
    MainWindow *window = m_tour->mainWindow();
    BadgeEditor *editor = window->editor();
    Badge badge = window->badgeModel()->badges().first();
    badge.backgroundColor = u"#1e88e5"_s;
    badge.textColor = u"#ffffff"_s; // 3.7 : 1, below AA for normal text
    editor->startEditing(badge);
    auto *icon = editor->findChild<QLabel *>(u"contrastTextIcon"_s);
    auto *verdict = editor->findChild<QLabel *>(u"contrastText"_s);
    QVERIFY(icon && verdict);
    const QString failing = WidgetWalker::plainText(verdict->text());
    QVERIFY2(failing.contains(u"Fail"_s) || failing.contains(u"large text only"_s),
             qPrintable(failing));
    QVERIFY(!icon->pixmap().isNull());
    const qint64 failIcon = icon->pixmap().cacheKey();

    badge.textColor = u"#000000"_s; // 5.5 : 1, AA
    editor->startEditing(badge);
    const QString passing = WidgetWalker::plainText(verdict->text());
    QVERIFY2(passing.contains(u"AA"_s) && !passing.contains(u"Fail"_s), qPrintable(passing));
    QVERIFY(!icon->pixmap().isNull());
    // A reader who cannot tell red from green still sees a different sign.
    QVERIFY(icon->pixmap().cacheKey() != failIcon);
    editor->clearEditing();
}

void TestUiAccessibility::fieldErrorHasWordsAndIcon()
{
    MainWindow *window = m_tour->mainWindow();
    BadgeEditor *editor = window->editor();
    Badge badge = window->badgeModel()->badges().first();
    badge.backgroundColor = u"#12"_s; // not a colour
    editor->startEditing(badge);
    auto *error = editor->findChild<QLabel *>(u"backgroundColorError"_s);
    auto *icon = editor->findChild<QLabel *>(u"backgroundColorErrorIcon"_s);
    QVERIFY(error && icon);
    QVERIFY(error->isVisible());
    QVERIFY2(!WidgetWalker::plainText(error->text()).trimmed().isEmpty(),
             qPrintable(error->text()));
    QVERIFY(icon->isVisible());
    QVERIFY(!icon->pixmap().isNull());

    badge.backgroundColor = u"#1e88e5"_s;
    editor->startEditing(badge);
    QVERIFY(!error->isVisible());
    QVERIFY(!icon->isVisible());
    editor->clearEditing();
}

QTEST_MAIN(TestUiAccessibility)
#include "tst_ui_accessibility.moc"
