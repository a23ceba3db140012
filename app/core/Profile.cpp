#include "Profile.h"

#include "HexColor.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"org.badgedesk.BadgeDesk"_s;

QString isoOrEmpty(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime utcFrom(const QJsonValue &value)
{
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace

const TokenInfo *Profile::activeToken() const
{
    for (const TokenInfo &token : tokens)
        if (token.id == activeTokenId)
            return &token;
    return nullptr;
}

QUrl Profile::baseUrl() const
{
    return region == Region::Custom ? customBaseUrl : RegionInfo::baseUrl(region);
}

QString Profile::apiKeySecretKey() const
{
    return AppId + u"/profile/"_s + id + u"/api-key"_s;
}

QString Profile::tokenSecretKey(const QString &tokenId) const
{
    return AppId + u"/profile/"_s + id + u"/token/"_s + tokenId;
}

QStringList Profile::secretKeys() const
{
    QStringList keys {apiKeySecretKey()};
    for (const TokenInfo &token : tokens)
        keys.append(tokenSecretKey(token.id));
    return keys;
}

QJsonObject Profile::toJson() const
{
    QJsonArray tokenArray;
    for (const TokenInfo &token : tokens)
        tokenArray.append(QJsonObject {{u"id"_s, token.id},
                                       {u"label"_s, token.label},
                                       {u"created"_s, isoOrEmpty(token.created)},
                                       {u"lastUsed"_s, isoOrEmpty(token.lastUsed)},
                                       {u"lastVerified"_s, isoOrEmpty(token.lastVerified)},
                                       {u"project"_s, token.project},
                                       {u"uid"_s, token.uid},
                                       {u"issuedAt"_s, isoOrEmpty(token.issuedAt)}});
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"region"_s, RegionInfo::key(region)},
            {u"customBaseUrl"_s, customBaseUrl.toString()},
            {u"color"_s, color.isValid() ? HexColor::format(color) : QString()},
            {u"production"_s, production},
            {u"sandbox"_s, sandbox},
            {u"tokens"_s, tokenArray},
            {u"activeTokenId"_s, activeTokenId},
            {u"projectId"_s, projectId},
            {u"tokenRotationDays"_s, tokenRotationDays}};
}

Decoded<Profile> Profile::fromJson(const QJsonObject &json)
{
    Profile profile;
    profile.id = json.value(u"id"_s).toString();
    profile.name = json.value(u"name"_s).toString();
    if (profile.id.isEmpty() || profile.name.isEmpty())
        return Decoded<Profile>::failure(
            QCoreApplication::translate("Profile", "A saved profile has no id or name."));
    const auto region = RegionInfo::fromKey(json.value(u"region"_s).toString());
    profile.region = region.value_or(Region::Europe);
    profile.customBaseUrl = QUrl(json.value(u"customBaseUrl"_s).toString());
    if (const auto color = HexColor::parse(json.value(u"color"_s).toString()))
        profile.color = *color;
    profile.production = json.value(u"production"_s).toBool();
    profile.sandbox = json.value(u"sandbox"_s).toBool();
    for (const QJsonValue &item : json.value(u"tokens"_s).toArray()) {
        const QJsonObject o = item.toObject();
        TokenInfo token;
        token.id = o.value(u"id"_s).toString();
        if (token.id.isEmpty())
            continue;
        token.label = o.value(u"label"_s).toString();
        token.created = utcFrom(o.value(u"created"_s));
        token.lastUsed = utcFrom(o.value(u"lastUsed"_s));
        token.lastVerified = utcFrom(o.value(u"lastVerified"_s));
        token.project = o.value(u"project"_s).toString();
        token.uid = o.value(u"uid"_s).toString();
        token.issuedAt = utcFrom(o.value(u"issuedAt"_s));
        profile.tokens.append(token);
    }
    profile.activeTokenId = json.value(u"activeTokenId"_s).toString();
    profile.projectId = json.value(u"projectId"_s).toString();
    profile.tokenRotationDays =
        qBound(0, json.value(u"tokenRotationDays"_s).toInt(DefaultTokenRotationDays), 3650);
    return Decoded<Profile>::success(profile);
}
