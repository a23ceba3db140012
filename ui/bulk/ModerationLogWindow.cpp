#include "ModerationLogWindow.h"

#include "DialogService.h"
#include "ModerationLog.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ModerationLogWindow::ModerationLogWindow(const Profile &profile, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_profile(profile)
    , m_prompts(new DialogService(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_undo(new QPushButton(tr("&Undo…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setWindowTitle(tr("Moderation log — %1").arg(profile.name));
    m_search->setObjectName(u"logSearch"_s);
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search user, room, note, result"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(u"logKind"_s);
    m_kind->setAccessibleName(tr("Action"));
    m_kind->addItem(tr("All actions"), QString());
    // Shown in words; the stable name stays behind as the filter's key.
    const std::pair<JobAction::Kind, QString> kinds[] = {
        {JobAction::Kind::Ban, tr("Bans")},
        {JobAction::Kind::Unban, tr("Unbans")},
        {JobAction::Kind::GrantModerator, tr("Moderator grants")},
        {JobAction::Kind::Assign, tr("Badge assignments")},
        {JobAction::Kind::Unassign, tr("Badge removals")}};
    for (const auto &[kind, label] : kinds)
        m_kind->addItem(label, JobAction::kindName(kind));
    m_table->setObjectName(u"logTable"_s);
    m_table->setAccessibleName(tr("Moderation log"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Action"), tr("Users"), tr("Parameters"), tr("Result")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_undo->setObjectName(u"undoEntry"_s);
    m_export->setObjectName(u"exportLog"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_kind);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undo);
    bottom->addStretch();
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, &ModerationLogWindow::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ModerationLogWindow::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto items = m_table->selectedItems();
        const int i = items.isEmpty() ? -1 : items.first()->data(Qt::UserRole).toInt();
        const auto inverse =
            i >= 0 && m_entries.at(i).ok ? m_entries.at(i).action.inverse() : std::nullopt;
        const bool unsupported =
            inverse && inverse->kind == JobAction::Kind::Unassign && !m_profile.unassignSupported();
        m_undo->setEnabled(inverse && !unsupported);
        m_undo->setToolTip(unsupported ? tr("The Watchers API has no documented way to remove a "
                                            "badge from users; do it in the Watchers admin panel.")
                                       : QString());
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const auto items = m_table->selectedItems();
        if (items.isEmpty())
            return;
        const ModerationLogEntry &entry = m_entries.at(items.first()->data(Qt::UserRole).toInt());
        if (const auto inverse = entry.action.inverse())
            emit undoRequested(*inverse, entry.userIds);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        m_prompts->chooseSaveFile(this, tr("Export moderation log"), u"moderation-log.csv"_s,
                                  tr("CSV files (*.csv)"), [this](const QString &path) {
                                      if (!path.isEmpty())
                                          exportTo(path);
                                  });
    });
    resize(860, 480);
    reload();
}

void ModerationLogWindow::reload()
{
    m_entries = ModerationLog(m_profile.id).load();
    applyFilter();
}

int ModerationLogWindow::visibleRows() const
{
    return m_table->rowCount();
}

void ModerationLogWindow::applyFilter()
{
    const QString text = m_search->text().trimmed();
    const QString kind = m_kind->currentData().toString();
    m_table->setRowCount(0);
    m_undo->setEnabled(false);
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) { // newest first
        const ModerationLogEntry &e = m_entries.at(i);
        if (!kind.isEmpty() && JobAction::kindName(e.action.kind) != kind)
            continue;
        const QStringList cells {QLocale().toString(e.whenUtc.toLocalTime(), QLocale::ShortFormat),
                                 e.action.displayName(), e.targetsText(), e.action.parametersText(),
                                 e.result};
        if (!text.isEmpty()) {
            const bool hit =
                std::any_of(cells.cbegin(), cells.cend(),
                            [&](const QString &c) { return c.contains(text, Qt::CaseInsensitive); })
                || e.userIds.contains(text);
            if (!hit)
                continue;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, i);
            m_table->setItem(row, c, item);
        }
    }
}

void ModerationLogWindow::exportTo(const QString &path) const
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        ModerationLog::writeCsv(m_entries, &file);
}
