#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// The sandbox's body validation (contract §4.1, §4.7, §4.8, §5, §6, §7). Every function returns
// the list of problems, each naming the field first ("tooltip must be at most 140 characters");
// an empty list means valid. The messages are API wire text and stay in English.
class SandboxValidator
{
public:
    static constexpr int TooltipMax = 140;
    static constexpr int CommunicationTitleMax = 140;
    static constexpr int CommunicationTextMax = 180;
    static constexpr int MessageTextMax = 4000;

    // Unicode code points, the unit every length limit is counted in (not UTF-16 units).
    static int codePoints(const QString &text);
    static bool isHexColor(const QString &text);

    // A complete badge: create bodies and the merged result of a PATCH.
    static QStringList badge(const QJsonObject &badge);
    // Only the fields a PATCH body carries (types and limits; nothing is required).
    static QStringList badgePatch(const QJsonObject &patch);
    // `trigger` when it is an object (§4.8).
    static QStringList trigger(const QJsonObject &trigger);

    // {"userIds": [...]}: a non-empty array of non-empty strings, at most `cap` of them.
    static QStringList userIds(const QJsonObject &body, int cap, QStringList *ids);

    static QStringList ban(const QJsonObject &body, const QDateTime &nowUtc);
    static QStringList moderator(const QJsonObject &body);
    static QStringList room(const QJsonObject &body);
    static QStringList message(const QJsonObject &body);

    // `YYYY-MM-DD HH:mm:ss` read as UTC; an invalid QDateTime when the text does not match.
    static QDateTime parseBanExpiry(const QString &text);

private:
    static void checkBadgeField(const QString &name, const QJsonValue &value, QStringList *errors);
};
