#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));

    auto *intro = new QLabel(tr("Every command that has a shortcut, grouped by menu. Tab and "
                                "Shift+Tab move between fields; Alt with an underlined letter "
                                "goes to that field or button."),
                             this);
    intro->setObjectName(u"shortcutsIntro"_s);
    intro->setWordWrap(true);

    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setPlaceholderText(tr("Part of a command or a key"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);

    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    reload();
    resize(560, 560);
}

QString ShortcutsDialog::withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single "&" only marks the mnemonic.
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    if (!window)
        return entries;
    QSet<const QAction *> seen;
    QSet<QString> listed;
    auto add = [&](QAction *action, const QString &group) {
        if (seen.contains(action) || action->isSeparator() || action->shortcuts().isEmpty())
            return;
        seen.insert(action);
        const Entry entry {
            group, withoutMnemonic(action->text()),
            QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText)};
        // The same command reachable from two menus is one line.
        if (listed.contains(entry.command + u'\n' + entry.keys))
            return;
        listed.insert(entry.command + u'\n' + entry.keys);
        entries.append(entry);
    };
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &group) {
        for (QAction *action : menu->actions()) {
            if (QMenu *sub = action->menu())
                walk(sub, group);
            else
                add(action, group);
        }
    };
    // Menu order first, as the user meets the commands; then keys bound anywhere else.
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (QMenu *menu = top->menu())
                walk(menu, withoutMnemonic(menu->title()));
        }
    }
    QList<QAction *> rest = window->actions();
    rest += window->findChildren<QAction *>();
    for (QAction *action : std::as_const(rest))
        add(action, tr("Other"));
    return entries;
}

void ShortcutsDialog::reload()
{
    m_list->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : collect(m_window)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_list, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        auto *item = new QTreeWidgetItem(group, {entry.command, entry.keys});
        item->setData(0, Qt::AccessibleDescriptionRole, entry.keys);
    }
    m_list->expandAll();
    applyFilter(m_filter->text());
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(wanted, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = wanted.isEmpty() || groupMatches
                || item->text(0).contains(wanted, Qt::CaseInsensitive)
                || item->text(1).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}
