#include "WcagContrast.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

QColor WcagContrast::chatLightBackground()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor WcagContrast::chatDarkBackground()
{
    return QColor(0x1c, 0x1d, 0x21);
}

double WcagContrast::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
        + 0.0722 * linear(rgb.blueF());
}

QColor WcagContrast::composite(const QColor &over, const QColor &under)
{
    const QColor a = over.toRgb();
    const QColor b = under.toRgb();
    const double alpha = a.alphaF();
    if (alpha >= 1.0)
        return a;
    auto mix = [alpha](double x, double y) {
        return x * alpha + y * (1.0 - alpha);
    };
    return QColor::fromRgbF(float(mix(a.redF(), b.redF())), float(mix(a.greenF(), b.greenF())),
                            float(mix(a.blueF(), b.blueF())));
}

double WcagContrast::ratio(const QColor &foreground, const QColor &background)
{
    const QColor back = composite(background, Qt::white);
    const QColor fore = composite(foreground, back);
    const double l1 = relativeLuminance(fore);
    const double l2 = relativeLuminance(back);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

WcagContrast::Level WcagContrast::levelFor(double ratio)
{
    // Compared after rounding down to two decimals would be stricter than WCAG; WCAG compares
    // the exact value, so 4.499 fails AA and 4.5 passes.
    if (ratio >= AaaNormal)
        return Level::AAA;
    if (ratio >= AaNormal)
        return Level::AA;
    if (ratio >= AaLarge)
        return Level::AALarge;
    return Level::Fail;
}

QString WcagContrast::levelName(Level level)
{
    switch (level) {
    case Level::AAA:
        return tr("AAA");
    case Level::AA:
        return tr("AA");
    case Level::AALarge:
        return tr("AA large text only");
    case Level::Fail:
        break;
    }
    return tr("Fail");
}

QString WcagContrast::formatRatio(double ratio)
{
    // Truncated, not rounded: 4.499 must never be shown as 4.50 next to a "Fail".
    const double truncated = std::floor(ratio * 100.0) / 100.0;
    return tr("%1 : 1").arg(QString::number(truncated, 'f', 2));
}

QColor WcagContrast::nearestAccessible(const QColor &text, const QColor &background, double target)
{
    const QColor back = composite(background, Qt::white);
    const QColor start = composite(text, back).toHsl();
    if (ratio(start, back) >= target)
        return start.toRgb();
    const float hue = start.hslHueF();
    const float saturation = start.hslSaturationF();
    const float lightness = start.lightnessF();
    // Walk away from the current lightness in both directions, one 8-bit step at a time; the
    // first shade that passes is the least visible change.
    for (int step = 1; step <= 255; ++step) {
        const float delta = float(step) / 255.0f;
        for (const float candidate : {lightness - delta, lightness + delta}) {
            if (candidate < 0.0f || candidate > 1.0f)
                continue;
            const QColor color = QColor::fromHslF(hue, saturation, candidate).toRgb();
            if (ratio(color, back) >= target)
                return color;
        }
    }
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    return ratio(black, back) >= ratio(white, back) ? black : white;
}
