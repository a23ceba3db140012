#include "SandboxDemo.h"

#include "SandboxProjectState.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

struct DemoBadge
{
    const char16_t *text;
    const char16_t *backgroundColor;
    const char16_t *textColor;
    const char16_t *tooltip;
    const char16_t *picture;
    const char16_t *title;
    const char16_t *message;
    int holders;
};

QJsonObject badgeJson(const DemoBadge &demo)
{
    return QJsonObject {
        {QStringLiteral("text"), QString::fromUtf16(demo.text)},
        {QStringLiteral("backgroundColor"), QString::fromUtf16(demo.backgroundColor)},
        {QStringLiteral("textColor"), QString::fromUtf16(demo.textColor)},
        {QStringLiteral("tooltip"), QString::fromUtf16(demo.tooltip)},
        {QStringLiteral("communicationPic"),
         demo.picture ? QJsonValue(QString::fromUtf16(demo.picture))
                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("communicationTitle"), QString::fromUtf16(demo.title)},
        {QStringLiteral("communicationText"), QString::fromUtf16(demo.message)},
        {QStringLiteral("pic"), QJsonValue::Null},
        {QStringLiteral("data"), QJsonValue::Null},
        {QStringLiteral("trigger"), QJsonValue::Null},
    };
}

} // namespace

bool SandboxDemo::seed(SandboxProjectState &state)
{
    if (!state.isEmpty())
        return false;

    static const DemoBadge badges[] = {
        {u"🔥 Top fan", u"#ff5a1f", u"#ffffff",
         u"Sent 100+ messages in the last 30 days. Thanks for keeping the chat alive!",
         u"https://cdn.badgedesk.example/badges/top-fan.png", u"You're on fire! 🔥",
         u"You are one of the most active people in this chat. Your Top fan badge lasts 30 "
         u"days, keep it burning!",
         6},
        {u"🎉 First week", u"#7c3aed", u"#f5f3ff",
         u"Joined the community this week. Say hi and make yourself at home.", nullptr,
         u"Welcome aboard! 🎉",
         u"Glad to have you here. Check the pinned rules, then jump into the match chat.", 4},
        {u"💎 VIP", u"#0ea5e9", u"", // the seed's empty colour: real data a client must render
         u"Season ticket holder and long-time supporter.",
         u"https://cdn.badgedesk.example/badges/vip.png", u"VIP access unlocked 💎",
         u"Thanks for your support. Look out for VIP-only polls and early match threads.", 3},
        {u"🛡️ Mod team", u"#16a34a", u"#f0fdf4",
         u"Part of the volunteer moderation team. Ask them if something looks off.", nullptr,
         u"You're on the mod team 🛡️",
         u"Thanks for helping keep the chat friendly. Moderation tools are in your avatar "
         u"menu.",
         2},
        {u"👍🏽 Helper", u"#facc15", u"#1f2937",
         u"Answers newcomers' questions and shares useful links.", nullptr,
         u"Thanks for helping out 👍🏽",
         u"People noticed your helpful answers. Your Helper badge now shows next to your name.", 5},
    };

    int userNumber = 1001;
    for (const DemoBadge &demo : badges) {
        QJsonObject fields = badgeJson(demo);
        if (QString::fromUtf16(demo.text).contains(QStringLiteral("Top fan"))) {
            fields.insert(
                QStringLiteral("trigger"),
                QJsonObject {
                    {QStringLiteral("conditions"),
                     QJsonArray {QJsonObject {
                         {QStringLiteral("type"), QStringLiteral("MESSAGES")},
                         {QStringLiteral("threshold"), 100},
                         {QStringLiteral("period"),
                          QJsonObject {{QStringLiteral("kind"), QStringLiteral("ROLLING")},
                                       {QStringLiteral("days"), 30}}}}}},
                    {QStringLiteral("duration"), QJsonObject {{QStringLiteral("days"), 30}}},
                });
        }
        const QJsonObject stored = state.createBadge(fields);
        QStringList holders;
        for (int i = 0; i < demo.holders; ++i)
            holders.append(QStringLiteral("user-%1").arg(userNumber + (i * 3) % 12));
        state.assign(stored.value(QStringLiteral("id")).toInteger(), holders);
        userNumber += 2;
    }

    const struct
    {
        const char16_t *roomId;
        const char16_t *name;
        const char16_t *about;
    } rooms[] = {
        {u"lobby", u"Lobby", u"Say hi, ask anything, meet other fans."},
        {u"match-2025-final", u"⚽ Cup final 2025", u"Live chat for the cup final."},
        {u"support", u"Help desk", u"Questions about tickets, the app or your account."},
    };
    for (const auto &room : rooms) {
        state.putRoom(QJsonObject {{QStringLiteral("roomId"), QString::fromUtf16(room.roomId)},
                                   {QStringLiteral("name"), QString::fromUtf16(room.name)},
                                   {QStringLiteral("about"), QString::fromUtf16(room.about)}});
    }
    state.addModerator(QStringLiteral("lobby"), QStringLiteral("user-1001"));
    return true;
}
