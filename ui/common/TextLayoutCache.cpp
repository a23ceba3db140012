#include "TextLayoutCache.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRect>

#include <algorithm>

namespace {

// QPainter::drawText's own line width for text that is not wrapped.
constexpr qreal UnwrappedLineWidth = 0x01000000;

} // namespace

TextLayoutCache::TextLayoutCache(int capacity)
    : m_layouts(qMax(1, capacity))
{ }

bool TextLayoutCache::isSingleLine(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
}

const QTextLayout &TextLayoutCache::layout(const QString &text, const QFont &font,
                                           Qt::LayoutDirection direction)
{
    const QString key = QString::number(int(direction)) + font.key() + QChar(u'\n') + text;
    if (const QTextLayout *cached = m_layouts.object(key))
        return *cached;
    auto *layout = new QTextLayout(text, font);
    QTextOption option;
    option.setTextDirection(direction);
    layout->setTextOption(option);
    layout->setCacheEnabled(true); // keeps the shaped glyphs for every later draw
    layout->beginLayout();
    layout->createLine().setLineWidth(UnwrappedLineWidth);
    layout->endLayout();
    m_layouts.insert(key, layout); // cost 1 of at least 1: never refused
    return *layout;
}

int TextLayoutCache::advance(const QString &text, const QFont &font)
{
    if (text.isEmpty() || !isSingleLine(text))
        return QFontMetrics(font).horizontalAdvance(text);
    return qRound(layout(text, font).lineAt(0).horizontalAdvance());
}

void TextLayoutCache::drawLeftVCentered(QPainter *painter, const QRect &rect, const QString &text,
                                        const QFont &font)
{
    painter->setFont(font);
    // Right-to-left painting aligns "left" to the right: drawText() knows how.
    if (text.isEmpty() || !isSingleLine(text) || painter->layoutDirection() != Qt::LeftToRight) {
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text);
        return;
    }
    const QTextLayout &cached = layout(text, font);
    const qreal top = rect.top() + (rect.height() - cached.lineAt(0).height()) / 2;
    cached.draw(painter, QPointF(rect.left(), top));
}
