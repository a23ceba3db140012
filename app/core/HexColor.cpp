#include "HexColor.h"

#include <array>

namespace {

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The channels of "#rgb", "#rrggbb" or "#rrggbbaa", or nothing. Whitespace is not trimmed: the
// sandbox's pattern does not allow it either, and a colour sent with a stray space would fail.
std::optional<std::array<int, 4>> channels(const QString &text)
{
    const qsizetype digits = text.size() - 1;
    if (!text.startsWith(u'#') || (digits != 3 && digits != 6 && digits != 8))
        return std::nullopt;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (hexDigit(text.at(i)) < 0)
            return std::nullopt;
    }
    std::array<int, 4> rgba {0, 0, 0, 255};
    if (digits == 3) {
        for (int i = 0; i < 3; ++i)
            rgba[i] = hexDigit(text.at(1 + i)) * 17; // "#f80" is "#ff8800"
    } else {
        // Alpha comes last (#rrggbbaa, as CSS writes it). QColor's own parser reads eight digits
        // as #aarrggbb, which would swap the channels, so it is not used here.
        for (qsizetype i = 0; i < digits / 2; ++i)
            rgba[i] = hexDigit(text.at(1 + 2 * i)) * 16 + hexDigit(text.at(2 + 2 * i));
    }
    return rgba;
}

} // namespace

bool HexColor::isValid(const QString &text)
{
    return channels(text).has_value();
}

std::optional<QColor> HexColor::parse(const QString &text)
{
    const auto rgba = channels(text);
    if (!rgba)
        return std::nullopt;
    return QColor((*rgba)[0], (*rgba)[1], (*rgba)[2], (*rgba)[3]);
}

QString HexColor::format(const QColor &color)
{
    // An invalid colour has no hex form; an empty string makes the caller's mistake visible.
    if (!color.isValid())
        return {};
    return color.name(QColor::HexRgb).toLower();
}

QString HexColor::normalized(const QString &text)
{
    const auto color = parse(text);
    return color ? format(*color) : text;
}
