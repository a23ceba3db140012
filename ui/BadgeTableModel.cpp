#include "BadgeTableModel.h"

#include "HexColor.h"

#include <QBrush>
#include <QColor>
#include <QFuture>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>

#include <memory>

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
    releaseInBackground(std::move(previous));
    computeKeysInBackground();
}

void BadgeTableModel::computeKeysInBackground()
{
    if (m_index.hasKeys() || m_badges.isEmpty())
        return;
    using Keys = std::shared_ptr<BadgeIndex::KeyList>; // handed over, never copied
    auto promise = std::make_shared<QPromise<Keys>>();
    QFuture<Keys> future = promise->future();
    promise->start();
    // Attached before the work starts (Qt 6.4 can lose a continuation attached to a future that
    // has just finished); dropped if the model is gone, ignored if the list changed meanwhile.
    future.then(this, [this, generation = m_generation](const Keys &keys) {
        if (generation == m_generation)
            m_index.setKeys(std::move(*keys));
    });
    // The worker reads its own reference to the list: a change here detaches from it.
    QThreadPool::globalInstance()->start([promise, snapshot = m_badges] {
        promise->addResult(std::make_shared<BadgeIndex::KeyList>(BadgeIndex::keysFor(snapshot)));
        promise->finish();
    });
}

void BadgeTableModel::releaseInBackground(QList<Badge> badges)
{
    BadgeIndex::KeyList keys = m_index.takeRetiredKeys();
    if (badges.size() + qsizetype(keys.size()) < 1000)
        return; // freed right here, quicker than the trip
    QThreadPool::globalInstance()->start(
        [badges = std::move(badges), keys = std::move(keys)]() mutable {
            badges = {};
            keys = {};
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
