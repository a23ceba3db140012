#pragma once

#include <QColor>
#include <QString>

#include <optional>

// Hex colour strings as the API uses them ("#ea00fc"). The sandbox accepts 3, 6 or 8 digits;
// the client always sends #rrggbb.
class HexColor
{
public:
    static bool isValid(const QString &text);
    // #rgb, #rrggbb and #rrggbbaa (alpha last, as CSS writes it); nullopt when invalid or empty.
    static std::optional<QColor> parse(const QString &text);
    // Lower-case #rrggbb.
    static QString format(const QColor &color);
    // A valid input rewritten as #rrggbb; invalid input is returned unchanged.
    static QString normalized(const QString &text);
};
