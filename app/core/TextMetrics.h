#pragma once

#include <QString>

// How long a string is, as the server counts it and as a person sees it.
class TextMetrics
{
public:
    // Unicode code points: the unit the contract's limits (140/140/180) are counted in.
    static int codePoints(const QString &text);
    // Grapheme clusters: what a user perceives as characters (👍🏽 is one, but two code
    // points).
    static int graphemes(const QString &text);
};
