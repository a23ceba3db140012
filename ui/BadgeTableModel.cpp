#include "BadgeTableModel.h"

#include "HexColor.h"

#include <QBrush>
#include <QColor>

BadgeTableModel::BadgeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BadgeTableModel::setBadges(QList<Badge> badges)
{
    beginResetModel();
    m_badges = std::move(badges);
    endResetModel();
}

int BadgeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_badges.size());
}

int BadgeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BadgeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_badges.size())
        return {};
    const Badge &badge = m_badges.at(index.row());
    if (index.column() == ChipColumn) {
        // Until the chip delegate lands, the cell itself takes the badge's colours. An empty or
        // invalid colour (the seed's `textColor: ""`) falls back to the palette, never fails.
        if (role == Qt::DisplayRole)
            return badge.text;
        if (role == Qt::BackgroundRole) {
            if (const auto color = HexColor::parse(badge.backgroundColor))
                return QBrush(*color);
            return {};
        }
        if (role == Qt::ForegroundRole) {
            if (const auto color = HexColor::parse(badge.textColor))
                return QBrush(*color);
            return {};
        }
        if (role == Qt::ToolTipRole)
            return badge.tooltip;
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == HoldersColumn || index.column() == IdColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TextColumn:
        return badge.text;
    case TooltipColumn:
        return badge.tooltip;
    case HoldersColumn:
        return badge.userCount ? QVariant(*badge.userCount) : QVariant();
    case IdColumn:
        return badge.id ? QVariant(*badge.id) : QVariant();
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
