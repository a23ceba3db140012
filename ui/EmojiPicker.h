#pragma once

#include <QMenu>

// A compact grid of emoji people put on badges, as a popup menu under the label field.
// Picking one inserts it at the cursor; the system's own emoji input still works as well.
class EmojiPicker : public QMenu
{
    Q_OBJECT

public:
    explicit EmojiPicker(QWidget *parent = nullptr);

    static QStringList emoji();

signals:
    void emojiPicked(const QString &emoji);
};
