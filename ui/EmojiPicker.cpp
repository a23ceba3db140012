#include "EmojiPicker.h"

#include <QGridLayout>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

EmojiPicker::EmojiPicker(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(u"emojiPicker"_s);
    auto *grid = new QWidget(this);
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    const QStringList all = emoji();
    constexpr int Columns = 8;
    for (int i = 0; i < all.size(); ++i) {
        auto *button = new QToolButton(grid);
        button->setText(all.at(i));
        button->setAutoRaise(true);
        button->setAccessibleName(all.at(i));
        button->setObjectName(u"emoji_%1"_s.arg(i));
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        button->setFont(font);
        connect(button, &QToolButton::clicked, this, [this, value = all.at(i)] {
            emit emojiPicked(value);
            close();
        });
        layout->addWidget(button, i / Columns, i % Columns);
    }
    auto *action = new QWidgetAction(this);
    action->setDefaultWidget(grid);
    addAction(action);
}

QStringList EmojiPicker::emoji()
{
    return {u"⭐"_s,       u"🌟"_s,      u"🔥"_s, u"💎"_s, u"👑"_s, u"🏆"_s,       u"🥇"_s,
            u"🎖️"_s, u"❤️"_s, u"💜"_s, u"💙"_s, u"💚"_s, u"🧡"_s,    u"💛"_s,
            u"🖤"_s,    u"🤍"_s,   u"👍"_s, u"👏"_s, u"🙌"_s, u"💪"_s,       u"🤝"_s,
            u"👋"_s,       u"🎉"_s,      u"🎊"_s, u"🚀"_s, u"⚡"_s, u"🌈"_s,       u"☀️"_s,
            u"🌙"_s,       u"🍀"_s,      u"🌸"_s, u"🎯"_s, u"💬"_s, u"🗨️"_s, u"📣"_s,
            u"🎮"_s,       u"⚽"_s,      u"🏀"_s, u"🎵"_s, u"🎬"_s, u"🛡️"_s, u"🔰"_s,
            u"✅"_s,       u"✨"_s,      u"💯"_s, u"🆕"_s, u"🆒"_s, u"🤖"_s};
}
