#include "BadgeExchange.h"

#include "JsonParse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QByteArray BadgeExchange::exportJson(const QList<Badge> &badges)
{
    QJsonArray array;
    for (Badge badge : badges) {
        badge.userCount.reset();
        array.append(badge.toJson());
    }
    const QJsonObject root {
        {u"format"_s, u"badgedesk-badges"_s}, {u"version"_s, 1}, {u"badges"_s, array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Decoded<QList<Badge>> BadgeExchange::importJson(const QByteArray &bytes)
{
    const auto parsed = JsonParse::parse(bytes, MaxImportBytes);
    if (!parsed.ok())
        return Decoded<QList<Badge>>::failure(parsed.error);
    const QJsonValue root = parsed.value;
    if (root.isObject() && root.toObject().contains("badges"_L1)) {
        const QJsonObject object = root.toObject();
        if (object.value("format"_L1).toString() != "badgedesk-badges"_L1) {
            return Decoded<QList<Badge>>::failure(
                tr("This file is not a Badge Desk badge export."));
        }
        return Badge::listFromJson(object.value("badges"_L1));
    }
    if (root.isObject() && root.toObject().contains("text"_L1)) {
        auto one = Badge::fromJson(root);
        if (!one.ok())
            return Decoded<QList<Badge>>::failure(one.error);
        return Decoded<QList<Badge>>::success({one.value});
    }
    return Badge::listFromJson(root);
}

Badge BadgeExchange::asNew(Badge badge)
{
    badge.id.reset();
    badge.userCount.reset();
    return badge;
}
