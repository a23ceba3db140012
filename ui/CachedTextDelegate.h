#pragma once

#include "TextLayoutCache.h"

#include <QStyledItemDelegate>

// Paints a column of short, one-line text exactly as QStyledItemDelegate does under the Fusion
// style, but from layouts kept between paints (see TextLayoutCache): each keystroke in the
// filter repaints every visible row, and badge texts usually hold an emoji. Anything this does
// not reproduce exactly (other styles, elided, focused or editing cells, icons, right-to-left)
// is left to QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    mutable TextLayoutCache m_layouts;
};
