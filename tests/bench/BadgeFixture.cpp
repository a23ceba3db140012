#include "BadgeFixture.h"

#include "SandboxState.h"

#include <QJsonValue>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QStringList &words()
{
    static const QStringList list {u"Gold"_s,      u"Silver"_s,     u"Bronze"_s,    u"Helper"_s,
                                   u"Legend"_s,    u"Rookie"_s,     u"Streamer"_s,  u"Moderator"_s,
                                   u"Top fan"_s,   u"Early bird"_s, u"Night owl"_s, u"Champion"_s,
                                   u"Collector"_s, u"Explorer"_s,   u"Supporter"_s, u"Veteran"_s,
                                   u"Artist"_s,    u"Speaker"_s,    u"Mentor"_s,    u"Pioneer"_s,
                                   u"Guardian"_s,  u"Spark"_s,      u"Voyager"_s,   u"Builder"_s,
                                   u"Scholar"_s,   u"Dreamer"_s,    u"Ranger"_s,    u"Wizard"_s,
                                   u"Captain"_s,   u"Falcon"_s,     u"Comet"_s,     u"Nova"_s};
    return list;
}

const QStringList &emojis()
{
    static const QStringList list {u"🏆"_s, u"⭐"_s, u"🔥"_s, u"💎"_s, u"🎉"_s, u"🛡️"_s,
                                   u"🚀"_s, u"🎨"_s, u"🎤"_s, u"🌙"_s, u""_s,  u"👑"_s};
    return list;
}

const QStringList &backgrounds()
{
    static const QStringList list {u"#ea00fc"_s, u"#1e88e5"_s, u"#43a047"_s, u"#fdd835"_s,
                                   u"#e53935"_s, u"#6d4c41"_s, u"#00acc1"_s, u"#212121"_s};
    return list;
}

// A small deterministic mix so neighbouring badges differ (no QRandomGenerator state to keep).
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

} // namespace

QString BadgeFixture::word(int index)
{
    return words().at(index % words().size());
}

QJsonObject BadgeFixture::badge(int index)
{
    const quint32 r = mix(quint32(index) + 1);
    const QString name = word(int(r % quint32(words().size())));
    const QString emoji = emojis().at(int((r >> 8) % quint32(emojis().size())));
    const QString background = backgrounds().at(int((r >> 12) % quint32(backgrounds().size())));
    const bool darkText = background == u"#fdd835" || background == u"#00acc1";
    const QString text = (emoji.isEmpty() ? QString() : emoji + u' ') + name + u' '
        + QString::number(int((r >> 4) % 5000));
    return QJsonObject {
        {u"text"_s, text},
        {u"backgroundColor"_s, background},
        {u"textColor"_s, darkText ? u"#000000"_s : u"#ffffff"_s},
        {u"tooltip"_s,
         u"%1 of season %2 — awarded by the community team"_s.arg(name).arg(1 + r % 40)},
        {u"communicationPic"_s, QJsonValue::Null},
        {u"communicationTitle"_s, u"Welcome, %1!"_s.arg(name)},
        {u"communicationText"_s,
         u"You earned the %1 badge. Say hello in the lobby and show it off."_s.arg(name)},
        {u"pic"_s, QJsonValue::Null},
        {u"data"_s, QJsonValue::Null},
        {u"trigger"_s, QJsonValue::Null},
    };
}

bool BadgeFixture::writeSandboxData(const QString &path, const QString &apiKey, int count,
                                    QString *error)
{
    SandboxState state;
    SandboxProjectState &project = state.project(apiKey);
    for (int i = 0; i < count; ++i) {
        const qint64 id = project.createBadge(badge(i)).value(u"id"_s).toInteger();
        const int holders = int(mix(quint32(i) + 7) % 4);
        QStringList userIds;
        for (int h = 0; h < holders; ++h)
            userIds.append(u"user-%1"_s.arg((i * 4 + h) % 50000));
        if (!userIds.isEmpty())
            project.assign(id, userIds);
    }
    return state.save(path, error);
}
