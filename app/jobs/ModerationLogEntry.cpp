#include "ModerationLogEntry.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ModerationLogEntry::targetsText() const
{
    if (userIds.size() <= 3)
        return userIds.join(u", "_s);
    // Computed first: Qt 6.4's lupdate hangs on an arithmetic expression inside the call.
    const int more = int(userIds.size()) - 2;
    return QCoreApplication::translate("ModerationLogEntry", "%1, %2 and %n more", nullptr, more)
        .arg(userIds.at(0), userIds.at(1));
}

QJsonObject ModerationLogEntry::toJson() const
{
    QJsonObject json {{u"id"_s, id},
                      {u"when"_s, whenUtc.toString(Qt::ISODateWithMs)},
                      {u"profileId"_s, profileId},
                      {u"profileName"_s, profileName},
                      {u"action"_s, action.toJson()},
                      {u"userIds"_s, QJsonArray::fromStringList(userIds)},
                      {u"ok"_s, ok},
                      {u"httpStatus"_s, httpStatus},
                      {u"result"_s, result}};
    if (!jobId.isEmpty())
        json.insert(u"jobId"_s, jobId);
    if (!undoOf.isEmpty())
        json.insert(u"undoOf"_s, undoOf);
    return json;
}

std::optional<ModerationLogEntry> ModerationLogEntry::fromJson(const QJsonObject &json)
{
    const auto action = JobAction::fromJson(json.value(u"action"_s).toObject());
    if (!action)
        return std::nullopt;
    ModerationLogEntry entry;
    entry.id = json.value(u"id"_s).toString();
    entry.whenUtc = QDateTime::fromString(json.value(u"when"_s).toString(), Qt::ISODateWithMs);
    entry.profileId = json.value(u"profileId"_s).toString();
    entry.profileName = json.value(u"profileName"_s).toString();
    entry.jobId = json.value(u"jobId"_s).toString();
    entry.action = *action;
    entry.userIds = json.value(u"userIds"_s).toVariant().toStringList();
    entry.ok = json.value(u"ok"_s).toBool();
    entry.httpStatus = json.value(u"httpStatus"_s).toInt();
    entry.result = json.value(u"result"_s).toString();
    entry.undoOf = json.value(u"undoOf"_s).toString();
    return entry;
}
