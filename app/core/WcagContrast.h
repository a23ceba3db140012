#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

// WCAG 2.x contrast maths (1.4.3 text, 1.4.6 enhanced, 1.4.11 non-text) and the chat's own
// backgrounds, so that the editor can say whether a chip is readable where it will be shown.
class WcagContrast
{
    Q_DECLARE_TR_FUNCTIONS(WcagContrast)

public:
    enum class Level { Fail, AALarge, AA, AAA };

    static constexpr double AaNormal = 4.5;
    static constexpr double AaLarge = 3.0; // also the 1.4.11 threshold for a chip on its page
    static constexpr double AaaNormal = 7.0;

    // The chat's message-list backgrounds in its light and dark themes.
    static QColor chatLightBackground();
    static QColor chatDarkBackground();

    // Relative luminance per WCAG 2.x (sRGB, 0.03928 threshold), 0 (black) … 1 (white).
    static double relativeLuminance(const QColor &color);
    // (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 … 21. Alpha is composited first: the text
    // over the background, the background over white.
    static double ratio(const QColor &foreground, const QColor &background);
    static Level levelFor(double ratio);
    static QString levelName(Level level); // "AAA", "AA", "AA large only", "Fail"
    // "4.52 : 1"
    static QString formatRatio(double ratio);
    // `over` painted on `under` with its alpha.
    static QColor composite(const QColor &over, const QColor &under);

    // The colour closest to `text` in lightness (same hue and saturation) that reaches `target`
    // against `background`; black or white when no shade of that hue gets there.
    static QColor nearestAccessible(const QColor &text, const QColor &background,
                                    double target = AaNormal);
};
