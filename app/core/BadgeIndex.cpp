#include "BadgeIndex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Whether case folding can change `codePoint`: the letters that have case, and the few other
// characters with a folding of their own (Ⓐ → ⓐ, the combining ypogegrammeni → ι). The
// foldings into several characters (ß → ss) all start from letters with case.
bool mayFold(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
        return true;
    default:
        return QChar::toCaseFolded(codePoint) != codePoint;
    }
}

// Appends `text` case-folded, exactly as QString::toCaseFolded() would. Badge texts and
// tooltips are mostly ASCII, emoji and punctuation, which are folded (or kept) here directly;
// a string holding any other letter with case goes through toCaseFolded() whole. Folding 100,000
// badges through toCaseFolded() alone took most of a new list's cost.
void appendFolded(QString &out, const QString &text)
{
    const qsizetype start = out.size();
    out += text;
    QChar *folded = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = folded[i].unicode();
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                folded[i] = QChar(c + (u'a' - u'A'));
            continue;
        }
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(folded[i + 1].unicode());
        const char32_t codePoint = pair ? QChar::surrogateToUcs4(c, folded[i + 1].unicode()) : c;
        // toCaseFolded() may also replace a lone surrogate: such broken text takes its path.
        if (mayFold(codePoint) || (QChar::isSurrogate(c) && !pair)) {
            out.truncate(start);
            out += text.toCaseFolded();
            return;
        }
        if (pair)
            ++i;
    }
}

// A server answers in ID order, so a fresh list is usually sorted already: checking costs one
// pass, where std::stable_sort still merges all the way (4 ms at 100,000 badges, on the GUI
// thread while a list arrives). Already sorted, the order is what stable_sort would return.
template<typename Less> void sortStably(std::vector<int> &order, Less less)
{
    if (!std::is_sorted(order.begin(), order.end(), less))
        std::stable_sort(order.begin(), order.end(), less);
}

} // namespace

BadgeIndex::Keys BadgeIndex::keysOf(const Badge &badge)
{
    // One string per badge, folded once: the sort keys are views into it.
    Keys keys;
    keys.haystack.reserve(badge.text.size() + badge.tooltip.size() + 22);
    appendFolded(keys.haystack, badge.text);
    keys.textLength = keys.haystack.size();
    keys.haystack += u'\x1f';
    appendFolded(keys.haystack, badge.tooltip);
    keys.tooltipLength = keys.haystack.size() - keys.textLength - 1;
    keys.haystack += u'\x1f';
    if (badge.id)
        keys.haystack += QString::number(*badge.id);
    return keys;
}

BadgeIndex::KeyList BadgeIndex::keysFor(const QList<Badge> &badges)
{
    KeyList keys;
    keys.reserve(size_t(badges.size()));
    for (const Badge &badge : badges)
        keys.push_back(keysOf(badge));
    return keys;
}

void BadgeIndex::reset(const QList<Badge> *badges)
{
    m_badges = badges;
    m_retiredKeys = std::exchange(m_keys, {});
    m_keysValid = false;
    m_orderValid = false;
    rebuild(false);
}

void BadgeIndex::setKeys(KeyList keys)
{
    if (m_keysValid || !m_badges || keys.size() != size_t(m_badges->size()))
        return;
    m_keys = std::move(keys);
    m_keysValid = true;
}

bool BadgeIndex::needsKeys() const
{
    return !m_filter.isEmpty() || m_sortKey == SortKey::Text || m_sortKey == SortKey::Tooltip;
}

void BadgeIndex::ensureKeys()
{
    if (m_keysValid || !m_badges)
        return;
    m_keys = keysFor(*m_badges);
    m_keysValid = true;
}

void BadgeIndex::update(int sourceRow)
{
    if (!m_badges || sourceRow < 0 || sourceRow >= m_badges->size())
        return;
    if (m_keysValid)
        m_keys[size_t(sourceRow)] = keysOf(m_badges->at(sourceRow));
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
    return m_filter.isEmpty() || m_keys[size_t(sourceRow)].haystack.contains(m_filter);
}

const std::vector<int> &BadgeIndex::sortedOrder()
{
    if (m_orderValid)
        return m_order;
    const int count = sourceCount();
    m_order.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        m_order[size_t(i)] = i;
    const QList<Badge> &badges = *m_badges;
    auto idOf = [&badges](int row) {
        return badges.at(row).id.value_or(-1);
    };
    switch (m_sortKey) {
    case SortKey::Id:
        sortStably(m_order, [&](int a, int b) { return idOf(a) < idOf(b); });
        break;
    case SortKey::Holders:
        sortStably(m_order, [&](int a, int b) {
            const qint64 ua = badges.at(a).userCount.value_or(-1);
            const qint64 ub = badges.at(b).userCount.value_or(-1);
            return ua != ub ? ua < ub : idOf(a) < idOf(b);
        });
        break;
    case SortKey::Text:
    case SortKey::Tooltip: {
        const bool byText = m_sortKey == SortKey::Text;
        auto keyOf = [this, byText](int row) {
            const Keys &keys = m_keys[size_t(row)];
            return byText ? keys.text() : keys.tooltip();
        };
        sortStably(m_order, [&](int a, int b) {
            const int c = keyOf(a).compare(keyOf(b));
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
    if (needsKeys())
        ensureKeys();
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
