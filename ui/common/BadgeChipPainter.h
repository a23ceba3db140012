#pragma once

#include "Badge.h"

#include <QColor>
#include <QFont>
#include <QRect>
#include <QSize>

class QPainter;
class TextLayoutCache;

// Paints a badge the way the chat shows it beside a nickname: a rounded chip with the label in
// the badge's colours. One painter for the list, the editor preview and the bulk dialogs, so
// they can never disagree. An empty or invalid colour falls back to visible defaults.
class BadgeChipPainter
{
public:
    static QColor backgroundOf(const Badge &badge);
    static QColor textOf(const Badge &badge);
    // `labels`, when given, keeps each label's layout for the next paint: whoever repaints
    // chips often (the list, the previews) passes its own.
    static QSize sizeHint(const Badge &badge, const QFont &font, TextLayoutCache *labels = nullptr);
    // Paints centred vertically in `rect`, left-aligned; returns the chip's rectangle.
    static QRect paint(QPainter *painter, const QRect &rect, const Badge &badge, const QFont &font,
                       TextLayoutCache *labels = nullptr);
};
