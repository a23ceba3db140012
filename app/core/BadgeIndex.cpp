#include "BadgeIndex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString haystackOf(const Badge &badge)
{
    return (badge.text + u'\x1f' + badge.tooltip + u'\x1f'
            + (badge.id ? QString::number(*badge.id) : QString()))
        .toCaseFolded();
}

} // namespace

void BadgeIndex::reset(const QList<Badge> *badges)
{
    m_badges = badges;
    const qsizetype count = badges ? badges->size() : 0;
    m_haystacks.clear();
    m_sortTexts.clear();
    m_sortTooltips.clear();
    m_haystacks.reserve(count);
    m_sortTexts.reserve(count);
    m_sortTooltips.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Badge &badge = badges->at(i);
        m_haystacks.append(haystackOf(badge));
        m_sortTexts.append(badge.text.toCaseFolded());
        m_sortTooltips.append(badge.tooltip.toCaseFolded());
    }
    m_orderValid = false;
    rebuild(false);
}

void BadgeIndex::update(int sourceRow)
{
    if (!m_badges || sourceRow < 0 || sourceRow >= m_haystacks.size())
        return;
    const Badge &badge = m_badges->at(sourceRow);
    m_haystacks[sourceRow] = haystackOf(badge);
    m_sortTexts[sourceRow] = badge.text.toCaseFolded();
    m_sortTooltips[sourceRow] = badge.tooltip.toCaseFolded();
    m_orderValid = false;
    rebuild(false);
}

bool BadgeIndex::setFilter(const QString &filter)
{
    const QString folded = filter.trimmed().toCaseFolded();
    if (folded == m_filter)
        return false;
    // A longer needle that contains the old one can only match a subset of what matched.
    const bool narrowing = !m_filter.isEmpty() && folded.contains(m_filter);
    m_filter = folded;
    rebuild(narrowing);
    return true;
}

void BadgeIndex::setSort(SortKey key, Qt::SortOrder order)
{
    if (key == m_sortKey && order == m_sortOrder)
        return;
    if (key != m_sortKey)
        m_orderValid = false;
    m_sortKey = key;
    m_sortOrder = order;
    rebuild(false);
}

bool BadgeIndex::matches(int sourceRow) const
{
    return m_filter.isEmpty() || m_haystacks.at(sourceRow).contains(m_filter);
}

const std::vector<int> &BadgeIndex::sortedOrder()
{
    if (m_orderValid)
        return m_order;
    const int count = int(m_haystacks.size());
    m_order.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        m_order[size_t(i)] = i;
    const QList<Badge> &badges = *m_badges;
    auto idOf = [&badges](int row) {
        return badges.at(row).id.value_or(-1);
    };
    switch (m_sortKey) {
    case SortKey::Id:
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return idOf(a) < idOf(b); });
        break;
    case SortKey::Holders:
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const qint64 ua = badges.at(a).userCount.value_or(-1);
            const qint64 ub = badges.at(b).userCount.value_or(-1);
            return ua != ub ? ua < ub : idOf(a) < idOf(b);
        });
        break;
    case SortKey::Text:
    case SortKey::Tooltip: {
        const QStringList &keys = m_sortKey == SortKey::Text ? m_sortTexts : m_sortTooltips;
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const int c = keys.at(a).compare(keys.at(b));
            return c != 0 ? c < 0 : idOf(a) < idOf(b);
        });
        break;
    }
    }
    m_orderValid = true;
    return m_order;
}

void BadgeIndex::rebuild(bool narrowing)
{
    if (!m_badges) {
        m_rows.clear();
        return;
    }
    if (narrowing) {
        std::erase_if(m_rows, [this](int row) { return !matches(row); });
        return;
    }
    const std::vector<int> &order = sortedOrder();
    m_rows.clear();
    m_rows.reserve(order.size());
    if (m_sortOrder == Qt::AscendingOrder) {
        for (const int row : order) {
            if (matches(row))
                m_rows.push_back(row);
        }
    } else {
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            if (matches(*it))
                m_rows.push_back(*it);
        }
    }
}
