// The badge list's speed-ups must not change what the user sees: labels drawn from kept layouts
// paint the same pixels as a fresh drawText(), the text and tooltip columns paint exactly as
// Qt's own delegate (elided ones included), and the filter finds the same rows whether its keys
// were computed in the background or on the spot.

#include "BadgeChipDelegate.h"
#include "BadgeChipPainter.h"
#include "BadgeTableModel.h"
#include "CachedTextDelegate.h"
#include "TextLayoutCache.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList Labels {u"🏆 Gold 12"_s,
                          u"Silver 4999"_s,
                          u"🛡️ Guardian 7"_s,
                          u"👩‍👩‍👧 family"_s,
                          u"עברית 🔥"_s,
                          u"🇩🇪 x"_s,
                          u"Ünïcödé ÄÖ"_s,
                          u"中文徽章"_s,
                          u"  padded  "_s,
                          u"A badge text long enough to be cut at the end of its column"_s};

Badge badgeNumber(int i)
{
    Badge badge;
    badge.id = i + 1;
    badge.text = Labels.at(i % Labels.size()) + (i >= Labels.size() ? u" %1"_s.arg(i) : QString());
    badge.tooltip = u"Tooltip %1 — season %2"_s.arg(i).arg(i % 40);
    badge.backgroundColor = i % 2 ? u"#ea00fc"_s : u"#fdd835"_s;
    badge.textColor = i % 3 ? u"#ffffff"_s : QString();
    badge.userCount = i % 7;
    return badge;
}

QList<Badge> badges(int count)
{
    QList<Badge> list;
    for (int i = 0; i < count; ++i)
        list.append(badgeNumber(i));
    return list;
}

QImage blank(qreal dpr)
{
    QImage image(QSize(320, 40) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    return image;
}

QList<qint64> shownIds(const BadgeTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(*model.badgeAt(row)->id);
    return ids;
}

} // namespace

class TestUiBadgeList : public QObject
{
    Q_OBJECT

private slots:
    void keptLayoutsMeasureAndPaintLikeDrawText();
    void chipsPaintTheSameFromKeptLabels();
    void textColumnsPaintLikeQtsOwnDelegate();
    void filterFindsTheSameRowsBeforeAndAfterBackgroundKeys();
    void editedBadgeIsFoundWhileKeysAreComputed();
};

void TestUiBadgeList::keptLayoutsMeasureAndPaintLikeDrawText()
{
    TextLayoutCache cache;
    QFont bold = QApplication::font();
    bold.setBold(true);
    for (const QFont &font : {QApplication::font(), bold}) {
        for (const qreal dpr : {1.0, 2.0}) {
            for (const QString &label : Labels + QStringList {QString(), u"tab\there"_s}) {
                QCOMPARE(cache.advance(label, font), QFontMetrics(font).horizontalAdvance(label));
                const QRect rect(7, 3, 300, 21);
                QImage expected = blank(dpr);
                {
                    QPainter painter(&expected);
                    painter.setFont(font);
                    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                                     label);
                }
                // Laid out on the first paint, drawn from the kept layout on the second.
                for (int paint = 0; paint < 2; ++paint) {
                    QImage kept = blank(dpr);
                    QPainter painter(&kept);
                    cache.drawLeftVCentered(&painter, rect, label, font);
                    painter.end();
                    QVERIFY2(kept == expected, qPrintable(label));
                }
            }
        }
    }
}

void TestUiBadgeList::chipsPaintTheSameFromKeptLabels()
{
    TextLayoutCache labels;
    QFont font = QApplication::font();
    font.setBold(true);
    for (int i = 0; i < Labels.size(); ++i) {
        const Badge badge = badgeNumber(i);
        QCOMPARE(BadgeChipPainter::sizeHint(badge, font, &labels),
                 BadgeChipPainter::sizeHint(badge, font));
        // Wide enough for the label, and too narrow (elided) for the long one.
        for (const int width : {300, 90}) {
            QImage plain = blank(1);
            QImage kept = blank(1);
            QRect plainChip;
            QRect keptChip;
            {
                QPainter painter(&plain);
                plainChip = BadgeChipPainter::paint(&painter, QRect(4, 2, width, 30), badge, font);
            }
            {
                QPainter painter(&kept);
                keptChip =
                    BadgeChipPainter::paint(&painter, QRect(4, 2, width, 30), badge, font, &labels);
            }
            QCOMPARE(keptChip, plainChip);
            QVERIFY2(kept == plain, qPrintable(badge.text));
        }
    }
}

void TestUiBadgeList::textColumnsPaintLikeQtsOwnDelegate()
{
    QApplication::setStyle(u"fusion"_s);
    BadgeTableModel model;
    model.setBadges(badges(40));
    QImage images[2];
    for (int pass = 0; pass < 2; ++pass) {
        QTableView view;
        view.setModel(&model);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 12);
        view.horizontalHeader()->resizeSection(BadgeTableModel::TextColumn, 130);
        view.horizontalHeader()->resizeSection(BadgeTableModel::TooltipColumn, 150); // elided
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setItemDelegateForColumn(BadgeTableModel::ChipColumn, new BadgeChipDelegate(&view));
        if (pass == 1) {
            auto *texts = new CachedTextDelegate(&view);
            view.setItemDelegateForColumn(BadgeTableModel::TextColumn, texts);
            view.setItemDelegateForColumn(BadgeTableModel::TooltipColumn, texts);
        }
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        view.setCurrentIndex(model.index(5, BadgeTableModel::TextColumn)); // a focused cell
        view.selectRow(2);
        view.selectionModel()->select(model.index(9, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        images[pass] = view.grab().toImage();
    }
    QVERIFY(!images[0].isNull());
    QVERIFY2(images[0] == images[1], "the cached text columns paint differently");
}

void TestUiBadgeList::filterFindsTheSameRowsBeforeAndAfterBackgroundKeys()
{
    const QList<Badge> list = badges(3000);
    BadgeTableModel model;
    model.setBadges(list);
    QCOMPARE(model.rowCount(), 3000);
    // Typed at once, before the keys computed in the background can have arrived.
    model.setFilterText(u"GUARDIAN 7 2"_s);
    const QList<qint64> immediate = shownIds(model);
    QVERIFY(!immediate.isEmpty());
    for (const qint64 id : immediate)
        QVERIFY(list.at(id - 1).text.contains(u"Guardian 7 2"_s));

    // A new list, then time for its keys to arrive; the same filter finds the same rows.
    model.setFilterText(QString());
    model.setBadges(list);
    QTest::qWait(500);
    model.setFilterText(u"guardian 7 2"_s);
    QCOMPARE(shownIds(model), immediate);
    model.setFilterText(u"7 — season"_s); // the tooltip
    QVERIFY(!shownIds(model).isEmpty());
    for (const qint64 id : shownIds(model))
        QVERIFY(list.at(id - 1).tooltip.contains(u"7 — season"_s));
}

void TestUiBadgeList::editedBadgeIsFoundWhileKeysAreComputed()
{
    BadgeTableModel model;
    model.setBadges(badges(5000));
    Badge edited = badgeNumber(1234);
    edited.text = u"Renamed Champion"_s;
    model.upsert(edited); // while the keys for the list are being computed
    QTest::qWait(500);
    model.setFilterText(u"renamed"_s);
    QCOMPARE(shownIds(model), QList<qint64>({1235}));
    model.setFilterText(badgeNumber(1234).text);
    QVERIFY(!shownIds(model).contains(1235));
}

QTEST_MAIN(TestUiBadgeList)
#include "tst_ui_badgelist.moc"
