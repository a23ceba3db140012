#pragma once

#include "Badge.h"
#include "BadgeIndex.h"

#include <QAbstractTableModel>
#include <QList>

// The badge list as a table: chip, text, tooltip, holders, id. Filtering and sorting happen
// here, on a row-index vector rebuilt in one pass (BadgeIndex), not in a proxy model: that
// keeps typing smooth at 100,000 badges.
class BadgeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChipColumn, TextColumn, TooltipColumn, HoldersColumn, IdColumn, ColumnCount };
    enum Role { BadgeIdRole = Qt::UserRole + 1 };

    explicit BadgeTableModel(QObject *parent = nullptr);

    void setBadges(QList<Badge> badges);
    const QList<Badge> &badges() const { return m_badges; }
    void clear();

    // Rows as shown (after filter and sort).
    const Badge *badgeAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when filtered out or unknown
    std::optional<Badge> badgeById(qint64 id) const;

    // Adds the badge, or replaces the one with the same id (after a save).
    void upsert(const Badge &badge);
    void removeIds(const QList<qint64> &ids);

    void setFilterText(const QString &text);
    QString filterText() const { return m_index.filter(); }
    int totalCount() const { return int(m_badges.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // The filter's keys for the current list are computed on a worker thread (75 ms at 100,000
    // badges that the window would otherwise not paint for); until they arrive, the index
    // computes them itself if the user filters first.
    void computeKeysInBackground();
    // Freeing a list of 100,000 badges takes tens of milliseconds too.
    void releaseInBackground(QList<Badge> badges);

    QList<Badge> m_badges;
    BadgeIndex m_index;
    quint64 m_generation = 0; // changes with every change to m_badges
};
