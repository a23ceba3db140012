#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

#include <cmath>

namespace {

// The cases where Fusion (QCommonStyle's CE_ItemViewItem) draws the text at a place that does
// not depend on the text's own layout.
bool isPlainCell(const QStyleOptionViewItem &opt, const QStyle *style)
{
    constexpr auto extras = QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasCheckIndicator
        | QStyleOptionViewItem::HasDecoration;
    // The focus frame is sized to the text, so a focused cell is drawn the usual way.
    constexpr auto states = QStyle::State_HasFocus | QStyle::State_Editing;
    return style->name().compare(u"fusion", Qt::CaseInsensitive) == 0 && !(opt.features & extras)
        && !(opt.state & states) && opt.direction == Qt::LeftToRight
        && opt.displayAlignment == (Qt::AlignLeft | Qt::AlignVCenter)
        && opt.textElideMode == Qt::ElideRight && !opt.text.isEmpty()
        && TextLayoutCache::isSingleLine(opt.text);
}

QColor textColor(const QStyleOptionViewItem &opt)
{
    QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    return opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

} // namespace

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    if (!isPlainCell(opt, style)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QString shown = shownText(opt, opt.rect.width() - 2 * margin);
    const QTextLayout &layout = m_layouts.layout(shown, opt.font, opt.direction);
    const QTextLine line = layout.lineAt(0);

    // Background, selection and the rest as the style draws them, then the text where it would.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    painter->setPen(textColor(opt));
    painter->setFont(opt.font);
    const int height = int(std::ceil(line.height()));
    // Centred on a whole pixel: text drawn at half a pixel blurs.
    const int top = opt.rect.top() + (opt.rect.height() - height) / 2;
    layout.draw(painter, QPointF(opt.rect.left() + margin, top));
    painter->restore();
}

QString CachedTextDelegate::shownText(const QStyleOptionViewItem &opt, int width) const
{
    if (m_layouts.layout(opt.text, opt.font, opt.direction).lineAt(0).naturalTextWidth() <= width)
        return opt.text;
    const QString key = QString::number(width) + opt.font.key() + QChar(u'\n') + opt.text;
    if (const QString *elided = m_elided.object(key))
        return *elided;
    const QString elided = QFontMetrics(opt.font).elidedText(opt.text, Qt::ElideRight, width);
    m_elided.insert(key, new QString(elided));
    return elided;
}
