#pragma once

#include "Badge.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

// The filtered and sorted view of a badge list as a vector of source rows. Each keystroke
// rebuilds it in one pass over a cached sort order (QSortFilterProxyModel's incremental path
// can stall for over a second at 100,000 rows); typing more letters only narrows the last result.
class BadgeIndex
{
public:
    enum class SortKey { Text, Tooltip, Holders, Id };

    // What the filter searches and the text sorts compare, for one badge.
    struct Keys
    {
        QString haystack; // case-folded "text \x1f tooltip \x1f id"
        qsizetype textLength = 0; // the folded text is the haystack's start…
        qsizetype tooltipLength = 0; // …and the folded tooltip follows the first separator

        QStringView text() const { return QStringView(haystack).first(textLength); }
        QStringView tooltip() const
        {
            return QStringView(haystack).sliced(textLength + 1, tooltipLength);
        }
    };
    using KeyList = std::vector<Keys>;

    // The keys of every badge, in order. Folding the texts is most of what a new list costs
    // (75 ms at 100,000 badges), so the model has this run on a worker thread (it reads only
    // `badges`) and hands the result to setKeys().
    static KeyList keysFor(const QList<Badge> &badges);

    // Takes a new list; keeps the filter and the sort. The keys are computed here only if the
    // filter or the sort needs them now; otherwise when first needed, or given by setKeys().
    void reset(const QList<Badge> *badges);
    // Keys computed elsewhere for the current list; ignored unless one per badge.
    void setKeys(KeyList keys);
    bool hasKeys() const { return m_keysValid; }
    // The keys of the list before the last reset(), for the caller to free where it suits it.
    KeyList takeRetiredKeys() { return std::exchange(m_retiredKeys, {}); }
    // One badge changed in place (after a save): its keys are recomputed.
    void update(int sourceRow);

    // Case-insensitive substring over text, tooltip and id. Returns true when the rows changed.
    bool setFilter(const QString &filter);
    void setSort(SortKey key, Qt::SortOrder order);

    const QString &filter() const { return m_filter; }
    SortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const std::vector<int> &rows() const { return m_rows; }
    int sourceCount() const { return m_badges ? int(m_badges->size()) : 0; }

private:
    static Keys keysOf(const Badge &badge);
    bool needsKeys() const;
    void ensureKeys();
    void rebuild(bool narrowing);
    const std::vector<int> &sortedOrder();
    bool matches(int sourceRow) const;

    const QList<Badge> *m_badges = nullptr;
    KeyList m_keys; // by source row, when m_keysValid
    bool m_keysValid = false;
    KeyList m_retiredKeys;
    std::vector<int> m_order; // all rows in the current sort order, ascending
    bool m_orderValid = false;
    std::vector<int> m_rows;
    QString m_filter; // case-folded
    SortKey m_sortKey = SortKey::Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
