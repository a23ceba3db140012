#include "StatusColors.h"

#include <QPalette>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace StatusColors {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor text(Status status, const QPalette &palette)
{
    // Each pair keeps at least 4.5 : 1 against Qt's default light and dark window colours.
    const bool dark = isDark(palette);
    switch (status) {
    case Status::Problem:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Status::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x5b, 0x00);
    case Status::Ok:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2a, 0x6f, 0x2e);
    }
    return palette.color(QPalette::WindowText);
}

QString styleSheet(Status status, const QWidget *widget)
{
    return u"color: %1;"_s.arg(text(status, widget->palette()).name());
}

} // namespace StatusColors
