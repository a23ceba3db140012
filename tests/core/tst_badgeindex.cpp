// BadgeIndex: the list's filter and sort. The search keys fold case exactly as Qt does, whether
// they are computed when first needed or handed over from a worker thread.

#include "BadgeIndex.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Badge badge(qint64 id, const QString &text, const QString &tooltip = {}, qint64 holders = 0)
{
    Badge b;
    b.id = id;
    b.text = text;
    b.tooltip = tooltip;
    b.userCount = holders;
    return b;
}

QList<qint64> idsOf(const QList<Badge> &badges, const std::vector<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids.append(*badges.at(row).id);
    return ids;
}

} // namespace

class TestBadgeIndex : public QObject
{
    Q_OBJECT

private slots:
    void foldingMatchesQtForEveryCodePoint();
    void filterIgnoresCaseInEveryScript();
    void filterStaysWithinOneField();
    void keysAreComputedWhenFirstNeeded();
    void keysFromElsewhereAreAdoptedOnlyWhenTheyFit();
    void sortByTextAndTooltip();
    void sortedAndUnsortedListsGiveTheSameOrder();
    void updatedBadgeIsFoundByItsNewText();
    void previousKeysAreHandedBackAfterReset();
};

void TestBadgeIndex::foldingMatchesQtForEveryCodePoint()
{
    // Every code point (lone surrogates included) in texts and tooltips mixed with ASCII, so
    // that both the quick path and QString::toCaseFolded() are exercised.
    QList<Badge> badges;
    QString text = u"Mixed ASCII "_s;
    for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
        if (QChar::requiresSurrogates(cp)) {
            text += QChar(QChar::highSurrogate(cp));
            text += QChar(QChar::lowSurrogate(cp));
        } else {
            text += QChar(char16_t(cp));
        }
        if (text.size() >= 64) {
            badges.append(badge(badges.size(), text, text + u" TOOLTIP"_s));
            text = u"Again ABC "_s;
        }
    }
    badges.append(badge(badges.size(), text));
    // One special character amid plain text, each on its own.
    for (const QString &special :
         {u"Straße"_s, u"İstanbul"_s, u"ǅemal"_s, u"Ⓐbc"_s, u"x\u0345y"_s, u"ﬁne"_s, u"ΣΑΣ"_s,
          u"🏆 GOLD — Top"_s, u"中文 ABC"_s, u"\xD800 lone"_s}) {
        badges.append(badge(badges.size(), special, special));
    }

    const BadgeIndex::KeyList keys = BadgeIndex::keysFor(badges);
    QCOMPARE(keys.size(), size_t(badges.size()));
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const BadgeIndex::Keys &k = keys.at(size_t(i));
        if (k.text() != badges.at(i).text.toCaseFolded()
            || k.tooltip() != badges.at(i).tooltip.toCaseFolded()) {
            QFAIL(qPrintable(
                u"badge %1 folds differently from Qt: %2"_s.arg(i).arg(badges.at(i).text.left(8))));
        }
    }
}

void TestBadgeIndex::filterIgnoresCaseInEveryScript()
{
    const QList<Badge> badges {badge(1, u"Gold ÄRGER"_s), badge(2, u"ärger"_s),
                               badge(3, u"🏆 GOLD"_s), badge(4, u"Ⓐbc"_s),
                               badge(5, u"Plain"_s, u"ΣΟΦΙΑ"_s)};
    BadgeIndex index;
    index.reset(&badges);
    index.setFilter(u"ärger"_s);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({1, 2}));
    index.setFilter(u"gold"_s);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({1, 3}));
    index.setFilter(u"ⓐ"_s);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({4}));
    index.setFilter(u"σοφια"_s);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({5}));
    index.setFilter(u"🏆"_s);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({3}));
}

void TestBadgeIndex::filterStaysWithinOneField()
{
    const QList<Badge> badges {badge(17, u"ab"_s, u"cd"_s), badge(2, u"abcd"_s)};
    BadgeIndex index;
    index.reset(&badges);
    index.setFilter(u"bc"_s); // "ab" + "cd" must not read as "abcd"
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({2}));
    index.setFilter(u"17"_s); // the id is searched too
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({17}));
    index.setFilter(u"CD"_s);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({2, 17}));
}

void TestBadgeIndex::keysAreComputedWhenFirstNeeded()
{
    const QList<Badge> badges {badge(3, u"Gamma"_s), badge(1, u"Alpha"_s), badge(2, u"Beta"_s)};
    BadgeIndex index;
    index.reset(&badges);
    // An empty filter sorted by id needs no keys: a new list costs next to nothing.
    QVERIFY(!index.hasKeys());
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({1, 2, 3}));
    index.setFilter(u"ETA"_s);
    QVERIFY(index.hasKeys());
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({2}));
    // A new list under a filter is filtered at once.
    const QList<Badge> more {badge(4, u"Zeta"_s), badge(5, u"Omega"_s)};
    index.reset(&more);
    QCOMPARE(idsOf(more, index.rows()), QList<qint64>({4}));
}

void TestBadgeIndex::keysFromElsewhereAreAdoptedOnlyWhenTheyFit()
{
    const QList<Badge> badges {badge(1, u"One"_s), badge(2, u"Two"_s)};
    const QList<Badge> other {badge(9, u"Nine"_s)};
    BadgeIndex index;
    index.reset(&badges);
    index.setKeys(BadgeIndex::keysFor(other)); // computed for another list: one key too few
    QVERIFY(!index.hasKeys());
    index.setKeys(BadgeIndex::keysFor(badges));
    QVERIFY(index.hasKeys());
    index.setFilter(u"tw"_s);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({2}));
}

void TestBadgeIndex::sortByTextAndTooltip()
{
    const QList<Badge> badges {badge(1, u"beta"_s, u"Zz"_s), badge(2, u"Alpha"_s, u"yy"_s),
                               badge(3, u"alpha"_s, u"XX"_s), badge(4, u"🏆 Cup"_s, u"ww"_s)};
    BadgeIndex index;
    index.reset(&badges);
    index.setSort(BadgeIndex::SortKey::Text, Qt::AscendingOrder);
    // Case-insensitive, ties broken by id; the emoji sorts after the letters.
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({2, 3, 1, 4}));
    index.setSort(BadgeIndex::SortKey::Text, Qt::DescendingOrder);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({4, 1, 3, 2}));
    index.setSort(BadgeIndex::SortKey::Tooltip, Qt::AscendingOrder);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({4, 3, 2, 1}));
}

void TestBadgeIndex::sortedAndUnsortedListsGiveTheSameOrder()
{
    // A list that arrives in order skips the sort; one that does not is sorted. Either way the
    // rows come out the same, ties in holders and text broken by id.
    const QList<Badge> inOrder {badge(1, u"b"_s, u"t3"_s, 5), badge(2, u"a"_s, u"t1"_s, 7),
                                badge(3, u"B"_s, u"t2"_s, 5), badge(4, u"c"_s, u"t0"_s, 1)};
    const QList<Badge> shuffled {inOrder[2], inOrder[0], inOrder[3], inOrder[1]};
    using Key = BadgeIndex::SortKey;
    const QList<std::tuple<Key, Qt::SortOrder, QList<qint64>>> expectations {
        {Key::Id, Qt::AscendingOrder, {1, 2, 3, 4}},
        {Key::Id, Qt::DescendingOrder, {4, 3, 2, 1}},
        {Key::Holders, Qt::AscendingOrder, {4, 1, 3, 2}},
        {Key::Holders, Qt::DescendingOrder, {2, 3, 1, 4}},
        {Key::Text, Qt::AscendingOrder, {2, 1, 3, 4}},
        {Key::Tooltip, Qt::AscendingOrder, {4, 2, 3, 1}},
    };
    for (const QList<Badge> *list : {&inOrder, &shuffled}) {
        for (const auto &[key, order, ids] : expectations) {
            BadgeIndex index;
            index.reset(list);
            index.setSort(key, order);
            QCOMPARE(idsOf(*list, index.rows()), ids);
        }
    }
}

void TestBadgeIndex::updatedBadgeIsFoundByItsNewText()
{
    QList<Badge> badges {badge(1, u"Old name"_s), badge(2, u"Other"_s)};
    BadgeIndex index;
    index.reset(&badges);
    index.setKeys(BadgeIndex::keysFor(badges));
    badges[0].text = u"Fresh NAME"_s;
    index.update(0);
    index.setFilter(u"fresh"_s);
    QCOMPARE(idsOf(badges, index.rows()), QList<qint64>({1}));
    index.setFilter(u"old"_s);
    QVERIFY(index.rows().empty());
}

void TestBadgeIndex::previousKeysAreHandedBackAfterReset()
{
    const QList<Badge> first {badge(1, u"One"_s), badge(2, u"Two"_s), badge(3, u"Three"_s)};
    const QList<Badge> second {badge(4, u"Four"_s)};
    BadgeIndex index;
    index.reset(&first);
    index.setFilter(u"t"_s); // computes the keys
    index.reset(&second);
    const BadgeIndex::KeyList retired = index.takeRetiredKeys();
    QCOMPARE(retired.size(), size_t(3));
    QCOMPARE(retired.at(1).text(), u"two"_s);
    QVERIFY(index.takeRetiredKeys().empty());
}

QTEST_GUILESS_MAIN(TestBadgeIndex)
#include "tst_badgeindex.moc"
