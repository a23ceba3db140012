#pragma once

#include <QColor>

// The chat's two themes as the previews paint them (the backgrounds the contrast check uses).
struct ChatPreviewStyle
{
    QColor background;
    QColor nickname;
    QColor message;
    QColor secondary;
    QColor card;

    static ChatPreviewStyle light();
    static ChatPreviewStyle dark();
};
