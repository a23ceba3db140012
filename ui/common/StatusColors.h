#pragma once

#include <QColor>

class QPalette;
class QWidget;

// Text colours for states (a problem, a warning, a pass) that stay readable on the palette
// they are drawn on: the dark red that reads well on a light window is unreadable on a dark
// one, so a dark palette gets lighter tones. Colour is never the only sign; words and icons
// go with it.
namespace StatusColors {

enum class Status { Problem, Warning, Ok };

QColor text(Status status, const QPalette &palette);
// "color: #rrggbb;" for a label's style sheet, for the widget's current palette.
QString styleSheet(Status status, const QWidget *widget);

} // namespace StatusColors
