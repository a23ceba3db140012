#pragma once

#include "TextLayoutCache.h"

#include <QCache>
#include <QStyledItemDelegate>

// Paints a column of one-line, left-aligned text exactly as QStyledItemDelegate does under the
// Fusion style, but from layouts kept between paints (see TextLayoutCache): each keystroke in
// the filter repaints every visible row, badge texts usually hold an emoji, and tooltips are
// long enough to be elided. Anything this does not reproduce exactly (other styles, focused or
// editing cells, icons, right-to-left) is left to QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    // What fits in `width` of `text`, elided at the right as the style would.
    QString shownText(const QStyleOptionViewItem &opt, int width) const;

    mutable TextLayoutCache m_layouts;
    mutable QCache<QString, QString> m_elided {256}; // key: width, font key, text
};
