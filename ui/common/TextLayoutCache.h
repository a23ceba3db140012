#pragma once

#include <QCache>
#include <QFont>
#include <QString>
#include <QTextLayout>

class QPainter;
class QRect;

// Single-line texts laid out once, then measured and drawn from the kept layout. Qt 6.4 decodes
// a colour emoji's PNG glyph each time a string holding one is measured or laid out (its advance
// cache never matches colour glyphs), so a label like "🏆 Gold" costs about a tenth of a
// millisecond per drawText() or horizontalAdvance(), and a list repaint did that several times
// per row. Owned by a widget or delegate, because the layouts must not outlive the
// application's fonts; GUI thread only.
class TextLayoutCache
{
public:
    // A layout takes about 3 KB; the default holds several screens of list rows.
    explicit TextLayoutCache(int capacity = 256);

    // Text that drawText() would not lay out on one line (line breaks, tabs) is never cached.
    static bool isSingleLine(const QString &text);

    // `text` laid out on one unwrapped line; valid until the next call. Only for single-line
    // text.
    const QTextLayout &layout(const QString &text, const QFont &font,
                              Qt::LayoutDirection direction = Qt::LayoutDirectionAuto);

    // The same value as QFontMetrics(font).horizontalAdvance(text).
    int advance(const QString &text, const QFont &font);
    // Paints exactly what QPainter::drawText(rect, Qt::AlignLeft | Qt::AlignVCenter |
    // Qt::TextDontClip, text) paints with `font` and the painter's pen; sets the painter's font.
    void drawLeftVCentered(QPainter *painter, const QRect &rect, const QString &text,
                           const QFont &font);

private:
    QCache<QString, QTextLayout> m_layouts; // key: direction, font key, text
};
