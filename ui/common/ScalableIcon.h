#pragma once

#include <QIcon>
#include <QSize>

#include <functional>

class QPainter;

// An icon drawn in code (a profile's colour dot, a swatch) that stays sharp at 150 % and 200 %
// scaling: `draw` paints it in logical pixels once for each common device pixel ratio, and
// the icon picks the closest for the screen.
class ScalableIcon
{
public:
    static QIcon paint(const QSize &size, const std::function<void(QPainter &)> &draw);
};
