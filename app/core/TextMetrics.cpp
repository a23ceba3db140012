#include "TextMetrics.h"

#include <QTextBoundaryFinder>

int TextMetrics::codePoints(const QString &text)
{
    // A valid surrogate pair is one code point; a lone surrogate (broken input) still counts
    // once, the way the server's UTF-8 decoder turns it into one replacement character.
    qsizetype count = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return int(count);
}

int TextMetrics::graphemes(const QString &text)
{
    // Qt 6.4 implements the extended grapheme cluster rules of UAX #29 (Unicode 14), including
    // GB9 (Extend, ZWJ), GB11 (emoji ZWJ sequences) and GB12/13 (regional indicator pairs), so
    // 👍🏽, 👨‍👩‍👧 and 🇩🇪 each come out as one cluster. tst_textmetrics pins
    // this down in case a Qt update changes it.
    if (text.isEmpty())
        return 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}
