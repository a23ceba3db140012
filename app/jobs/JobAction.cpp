#include "JobAction.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

JobAction JobAction::assign(qint64 badgeId, const QString &badgeText)
{
    JobAction action;
    action.kind = Kind::Assign;
    action.badgeId = badgeId;
    action.badgeText = badgeText;
    return action;
}

BanRequest JobAction::banRequestFor(const QString &userId) const
{
    BanRequest request;
    request.userId = userId;
    request.ban = kind == Kind::Ban;
    request.type = banType;
    request.roomId = banType == BanType::InRoom ? roomId : QString();
    if (request.ban) {
        request.reason = reason;
        request.expires = expires;
        request.description = description;
    }
    return request;
}

ModeratorGrant JobAction::grantFor(const QString &userId) const
{
    return ModeratorGrant {userId, roomId};
}

ValidationResult JobAction::validate(const QDateTime &nowUtc) const
{
    const QString placeholder = u"user"_s;
    switch (kind) {
    case Kind::Assign:
    case Kind::Unassign: {
        ValidationResult result;
        if (badgeId <= 0)
            result.addError(u"badgeId"_s, tr("Choose a badge."));
        return result;
    }
    case Kind::Ban:
    case Kind::Unban:
        return banRequestFor(placeholder).validate(nowUtc);
    case Kind::GrantModerator:
        return grantFor(placeholder).validate();
    }
    return {};
}

std::optional<JobAction> JobAction::inverse() const
{
    JobAction undo = *this;
    switch (kind) {
    case Kind::Assign:
        undo.kind = Kind::Unassign;
        return undo;
    case Kind::Unassign:
        undo.kind = Kind::Assign;
        return undo;
    case Kind::Ban:
        undo.kind = Kind::Unban; // same type and room: the contract's rule for unbans
        undo.reason.reset();
        undo.expires.reset();
        undo.description.clear();
        return undo;
    case Kind::Unban:
    case Kind::GrantModerator:
        return std::nullopt; // re-banning needs a reason and expiry; no revoke exists
    }
    return std::nullopt;
}

QString JobAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Assign:
        return u"assign"_s;
    case Kind::Unassign:
        return u"unassign"_s;
    case Kind::Ban:
        return u"ban"_s;
    case Kind::Unban:
        return u"unban"_s;
    case Kind::GrantModerator:
        return u"grant-moderator"_s;
    }
    return {};
}

std::optional<JobAction::Kind> JobAction::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Assign, Kind::Unassign, Kind::Ban, Kind::Unban, Kind::GrantModerator}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString JobAction::displayName() const
{
    const QString badge =
        badgeText.isEmpty() ? QString::number(badgeId) : u"%1 (#%2)"_s.arg(badgeText).arg(badgeId);
    switch (kind) {
    case Kind::Assign:
        return tr("Assign badge %1").arg(badge);
    case Kind::Unassign:
        return tr("Remove badge %1").arg(badge);
    case Kind::Ban:
        return banType == BanType::InRoom ? tr("Ban in room %1").arg(roomId) : tr("Ban in the app");
    case Kind::Unban:
        return banType == BanType::InRoom ? tr("Unban in room %1").arg(roomId)
                                          : tr("Unban in the app");
    case Kind::GrantModerator:
        return tr("Grant moderator in room %1").arg(roomId);
    }
    return {};
}

QString JobAction::parametersText() const
{
    QStringList parts;
    if (isBatched())
        parts << tr("badge %1").arg(badgeId);
    if (kind == Kind::Ban || kind == Kind::Unban) {
        parts << BanRequest::typeName(banType);
        if (banType == BanType::InRoom)
            parts << tr("room %1").arg(roomId);
    }
    if (kind == Kind::GrantModerator)
        parts << tr("room %1").arg(roomId);
    if (kind == Kind::Ban) {
        parts << (reason ? BanReasonInfo::displayName(*reason) : tr("no reason"));
        parts << (expires ? tr("until %1 UTC").arg(BanRequest::formatExpiry(*expires))
                          : tr("permanent"));
        if (!description.isEmpty())
            parts << tr("note: %1").arg(description);
    }
    return parts.join(u", "_s);
}

QJsonObject JobAction::toJson() const
{
    QJsonObject json {{u"kind"_s, kindName(kind)}};
    if (isBatched()) {
        json.insert(u"badgeId"_s, badgeId);
        if (!badgeText.isEmpty())
            json.insert(u"badgeText"_s, badgeText);
    }
    if (kind == Kind::Ban || kind == Kind::Unban)
        json.insert(u"type"_s, BanRequest::typeName(banType));
    if (!roomId.isEmpty())
        json.insert(u"roomId"_s, roomId);
    if (kind == Kind::Ban) {
        json.insert(u"reason"_s, reason ? QJsonValue(BanReasonInfo::code(*reason)) : QJsonValue());
        json.insert(u"expires"_s,
                    expires ? QJsonValue(BanRequest::formatExpiry(*expires)) : QJsonValue());
        if (!description.isEmpty())
            json.insert(u"description"_s, description);
    }
    return json;
}

std::optional<JobAction> JobAction::fromJson(const QJsonObject &json)
{
    const auto kind = kindFromName(json.value(u"kind"_s).toString());
    if (!kind)
        return std::nullopt;
    JobAction action;
    action.kind = *kind;
    action.badgeId = json.value(u"badgeId"_s).toInteger();
    action.badgeText = json.value(u"badgeText"_s).toString();
    action.banType =
        BanRequest::typeFromName(json.value(u"type"_s).toString()).value_or(BanType::InApp);
    action.roomId = json.value(u"roomId"_s).toString();
    if (json.value(u"reason"_s).isDouble())
        action.reason = BanReasonInfo::fromCode(json.value(u"reason"_s).toInt());
    if (json.value(u"expires"_s).isString())
        action.expires = BanRequest::parseExpiry(json.value(u"expires"_s).toString());
    action.description = json.value(u"description"_s).toString();
    return action;
}
