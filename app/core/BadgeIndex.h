#pragma once

#include "Badge.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// The filtered and sorted view of a badge list as a vector of source rows. Each keystroke
// rebuilds it in one pass over a cached sort order (QSortFilterProxyModel's incremental path
// can stall for over a second at 100,000 rows); typing more letters only narrows the last result.
class BadgeIndex
{
public:
    enum class SortKey { Text, Tooltip, Holders, Id };

    // Precomputes the search keys; keeps the filter and the sort.
    void reset(const QList<Badge> *badges);
    // One badge changed in place (after a save): its keys are recomputed.
    void update(int sourceRow);

    // Case-insensitive substring over text, tooltip and id. Returns true when the rows changed.
    bool setFilter(const QString &filter);
    void setSort(SortKey key, Qt::SortOrder order);

    const QString &filter() const { return m_filter; }
    SortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const std::vector<int> &rows() const { return m_rows; }
    int sourceCount() const { return int(m_haystacks.size()); }

private:
    void rebuild(bool narrowing);
    const std::vector<int> &sortedOrder();
    bool matches(int sourceRow) const;

    const QList<Badge> *m_badges = nullptr;
    QStringList m_haystacks; // case-folded "text \x1f tooltip \x1f id"
    QStringList m_sortTexts; // case-folded text, for sorting
    QStringList m_sortTooltips;
    std::vector<int> m_order; // all rows in the current sort order, ascending
    bool m_orderValid = false;
    std::vector<int> m_rows;
    QString m_filter; // case-folded
    SortKey m_sortKey = SortKey::Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
