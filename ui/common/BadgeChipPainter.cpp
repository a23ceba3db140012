#include "BadgeChipPainter.h"

#include "HexColor.h"
#include "TextLayoutCache.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int HorizontalPadding = 6;
constexpr int VerticalPadding = 2;
constexpr qreal Radius = 4.0;
// Fallbacks the chat would plausibly use for a missing colour: a neutral grey chip, dark text.
const QColor DefaultBackground(0x9e, 0x9e, 0x9e);
const QColor DefaultText(0x11, 0x11, 0x11);
} // namespace

QColor BadgeChipPainter::backgroundOf(const Badge &badge)
{
    return HexColor::parse(badge.backgroundColor).value_or(DefaultBackground);
}

QColor BadgeChipPainter::textOf(const Badge &badge)
{
    return HexColor::parse(badge.textColor).value_or(DefaultText);
}

QSize BadgeChipPainter::sizeHint(const Badge &badge, const QFont &font, TextLayoutCache *labels)
{
    const QFontMetrics metrics(font);
    const int advance =
        labels ? labels->advance(badge.text, font) : metrics.horizontalAdvance(badge.text);
    return {advance + 2 * HorizontalPadding, metrics.height() + 2 * VerticalPadding};
}

QRect BadgeChipPainter::paint(QPainter *painter, const QRect &rect, const Badge &badge,
                              const QFont &font, TextLayoutCache *labels)
{
    const QSize natural = sizeHint(badge, font, labels);
    const QSize size = natural.boundedTo(rect.size());
    const QRect chip(rect.left(), rect.top() + (rect.height() - size.height()) / 2, size.width(),
                     size.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip), Radius, Radius);
    painter->fillPath(path, backgroundOf(badge));
    painter->setFont(font);
    painter->setPen(textOf(badge));
    // Elide only when the rect is really too small: elidedText() and horizontalAdvance() can
    // disagree by a pixel on emoji, which would cut a label that fits.
    const bool fits = chip.width() >= natural.width();
    if (fits && labels) {
        labels->drawLeftVCentered(painter,
                                  chip.adjusted(HorizontalPadding, 0, -HorizontalPadding + 4, 0),
                                  badge.text, font);
    } else {
        const QString label = fits
            ? badge.text
            : QFontMetrics(font).elidedText(badge.text, Qt::ElideRight,
                                            chip.width() - 2 * HorizontalPadding);
        painter->drawText(
            chip.adjusted(HorizontalPadding, 0, -HorizontalPadding + (fits ? 4 : 0), 0),
            Qt::AlignVCenter | Qt::AlignLeft | Qt::TextDontClip, label);
    }
    painter->restore();
    return chip;
}
