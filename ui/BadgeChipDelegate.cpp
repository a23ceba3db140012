#include "BadgeChipDelegate.h"

#include "BadgeChipPainter.h"
#include "BadgeTableModel.h"

#include <QApplication>
#include <QPainter>

void BadgeChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // The cell's own background and selection first, then the chip on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.backgroundBrush = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Badge *badge = static_cast<const BadgeTableModel *>(index.model())->badgeAt(index.row());
    if (!badge)
        return;
    QFont font = option.font;
    font.setBold(true);
    BadgeChipPainter::paint(painter, option.rect.adjusted(4, 2, -4, -2), *badge, font, &m_labels);
}

QSize BadgeChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const Badge *badge = static_cast<const BadgeTableModel *>(index.model())->badgeAt(index.row());
    QFont font = option.font;
    font.setBold(true);
    const QSize chip = badge ? BadgeChipPainter::sizeHint(*badge, font, &m_labels) : QSize(40, 16);
    return chip + QSize(8, 6);
}
