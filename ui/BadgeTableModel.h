#pragma once

#include "Badge.h"

#include <QAbstractTableModel>
#include <QList>

// The badge list as a table: chip, text, tooltip, holders, id.
class BadgeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChipColumn, TextColumn, TooltipColumn, HoldersColumn, IdColumn, ColumnCount };

    explicit BadgeTableModel(QObject *parent = nullptr);

    void setBadges(QList<Badge> badges);
    const QList<Badge> &badges() const { return m_badges; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Badge> m_badges;
};
