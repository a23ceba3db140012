#include "BadgeTableModel.h"

#include "BulkThread.h"
#include "DeliverTo.h"
#include "HexColor.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
constexpr qsizetype MaxBadgesToTrimAfter = 25'000;
} // namespace

BadgeTableModel::BadgeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_index.reset(&m_badges);
}

void BadgeTableModel::setBadges(QList<Badge> badges)
{
    beginResetModel();
    QList<Badge> previous = std::exchange(m_badges, std::move(badges));
    ++m_generation;
    m_index.reset(&m_badges);
    endResetModel();
    // Keys first: allocated before the old list is freed, they do not break up the space it
    // leaves for the next list.
    computeKeysInBackground();
    releaseInBackground(std::move(previous));
}

void BadgeTableModel::computeKeysInBackground()
{
    if (m_index.hasKeys() || m_badges.isEmpty())
        return;
    // Dropped if the model is gone, ignored if the list changed meanwhile. The worker reads its
    // own reference to the list: a change here detaches from it.
    const QPointer<QObject> receiver(this);
    BulkThread::run([receiver, this, generation = m_generation, snapshot = m_badges] {
        auto keys = std::make_shared<BadgeIndex::KeyList>(BadgeIndex::keysFor(snapshot));
        deliverTo(receiver, [this, generation, keys] {
            if (generation == m_generation)
                m_index.setKeys(std::move(*keys));
        });
    });
}

void BadgeTableModel::releaseInBackground(QList<Badge> badges)
{
    BadgeIndex::KeyList keys = m_index.takeRetiredKeys();
    if (badges.size() + qsizetype(keys.size()) < 1000)
        return; // freed right here, quicker than the trip
    // On the thread that decoded the list, so its memory is there for the next one.
    BulkThread::run([badges = std::move(badges), keys = std::move(keys)]() mutable {
        const bool small = badges.size() <= MaxBadgesToTrimAfter;
        badges = {};
        keys = {};
#ifdef __GLIBC__
        // The thread's malloc arena still holds the freed pages, and the next list rarely fits
        // in them exactly: without this the memory of a window reloading 10,000 badges crept up
        // by about 10 MB over a hundred reloads. Trimming holds malloc's locks, the GUI thread's
        // too, for a few milliseconds at 10,000 badges but tens at 100,000: not above this size.
        if (small)
            malloc_trim(0);
#else
        Q_UNUSED(small)
#endif
    });
}

void BadgeTableModel::clear()
{
    setBadges({});
}

const Badge *BadgeTableModel::badgeAt(int row) const
{
    const auto &rows = m_index.rows();
    if (row < 0 || size_t(row) >= rows.size())
        return nullptr;
    return &m_badges.at(rows[size_t(row)]);
}

int BadgeTableModel::rowOfId(qint64 id) const
{
    const auto &rows = m_index.rows();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (m_badges.at(rows[i]).id == id)
            return int(i);
    }
    return -1;
}

std::optional<Badge> BadgeTableModel::badgeById(qint64 id) const
{
    for (const Badge &badge : m_badges) {
        if (badge.id == id)
            return badge;
    }
    return std::nullopt;
}

void BadgeTableModel::upsert(const Badge &badge)
{
    beginResetModel();
    bool replaced = false;
    if (badge.id) {
        for (qsizetype i = 0; i < m_badges.size(); ++i) {
            if (m_badges.at(i).id == badge.id) {
                Badge merged = badge;
                // PATCH answers `true`: the holder count is only known from the list.
                if (!merged.userCount)
                    merged.userCount = m_badges.at(i).userCount;
                m_badges[i] = merged;
                m_index.update(int(i));
                replaced = true;
                break;
            }
        }
    }
    if (!replaced) {
        m_badges.append(badge);
        m_index.reset(&m_badges);
    }
    ++m_generation;
    endResetModel();
    computeKeysInBackground();
}

void BadgeTableModel::removeIds(const QList<qint64> &ids)
{
    beginResetModel();
    m_badges.removeIf([&ids](const Badge &badge) { return badge.id && ids.contains(*badge.id); });
    ++m_generation;
    m_index.reset(&m_badges);
    endResetModel();
    computeKeysInBackground();
}

void BadgeTableModel::setFilterText(const QString &text)
{
    // A reset, not row moves: at 100,000 rows the view copes with a reset far faster.
    beginResetModel();
    m_index.setFilter(text);
    endResetModel();
}

void BadgeTableModel::sort(int column, Qt::SortOrder order)
{
    BadgeIndex::SortKey key = BadgeIndex::SortKey::Id;
    switch (column) {
    case ChipColumn:
    case TextColumn:
        key = BadgeIndex::SortKey::Text;
        break;
    case TooltipColumn:
        key = BadgeIndex::SortKey::Tooltip;
        break;
    case HoldersColumn:
        key = BadgeIndex::SortKey::Holders;
        break;
    default:
        break;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_index.setSort(key, order);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int BadgeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.rows().size());
}

int BadgeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BadgeTableModel::data(const QModelIndex &index, int role) const
{
    const Badge *badge = index.isValid() ? badgeAt(index.row()) : nullptr;
    if (!badge)
        return {};
    if (role == BadgeIdRole)
        return badge->id ? QVariant(*badge->id) : QVariant();
    if (index.column() == ChipColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return badge->text;
        // The delegate paints the chip; these roles keep the colours available to tests and
        // to anything that renders without it.
        if (role == Qt::BackgroundRole) {
            if (const auto color = HexColor::parse(badge->backgroundColor))
                return QBrush(*color);
            return {};
        }
        if (role == Qt::ForegroundRole) {
            if (const auto color = HexColor::parse(badge->textColor))
                return QBrush(*color);
            return {};
        }
        if (role == Qt::ToolTipRole)
            return badge->tooltip;
        return {};
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == HoldersColumn || index.column() == IdColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TextColumn:
        return badge->text;
    case TooltipColumn:
        return badge->tooltip;
    case HoldersColumn:
        return badge->userCount ? QVariant(QLocale().toString(*badge->userCount)) : QVariant();
    case IdColumn:
        return badge->id ? QVariant(*badge->id) : QVariant();
    default:
        return {};
    }
}

QVariant BadgeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChipColumn:
        return tr("Badge");
    case TextColumn:
        return tr("Text");
    case TooltipColumn:
        return tr("Tooltip");
    case HoldersColumn:
        return tr("Holders");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}
