#pragma once

#include "TextLayoutCache.h"

#include <QStyledItemDelegate>

// Paints the list's first column as the real chip, with the shared BadgeChipPainter.
class BadgeChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Each keystroke in the filter repaints every visible row; labels seen before are not
    // measured and laid out again.
    mutable TextLayoutCache m_labels;
};
