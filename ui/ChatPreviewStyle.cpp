#include "ChatPreviewStyle.h"

#include "WcagContrast.h"

ChatPreviewStyle ChatPreviewStyle::light()
{
    return {WcagContrast::chatLightBackground(), QColor(0x1f, 0x1f, 0x24), QColor(0x33, 0x33, 0x3a),
            QColor(0x6b, 0x6e, 0x78), QColor(0xf2, 0xf3, 0xf5)};
}

ChatPreviewStyle ChatPreviewStyle::dark()
{
    return {WcagContrast::chatDarkBackground(), QColor(0xf1, 0xf1, 0xf4), QColor(0xdc, 0xdc, 0xe2),
            QColor(0x9a, 0x9d, 0xa8), QColor(0x2a, 0x2c, 0x33)};
}
