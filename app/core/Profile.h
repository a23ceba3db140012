#pragma once

#include "Decoded.h"
#include "Region.h"

#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// Metadata of one bearer token. The token itself lives only in the OS keychain, under
// Profile::tokenSecretKey(id); this struct never holds it.
struct TokenInfo
{
    QString id; // stable, random (QUuid without braces)
    QString label; // "CI bot", "Anna's laptop"
    QDateTime created; // UTC
    QDateTime lastUsed; // UTC, invalid when never
    QDateTime lastVerified; // UTC, invalid when never

    bool operator==(const TokenInfo &) const = default;
};

// A Watchers project as the user sees it. Everything here may be written to disk (settings,
// exports); secrets (API key, bearer tokens) are only referenced by keychain key.
struct Profile
{
    QString id; // stable, random (QUuid without braces)
    QString name;
    Region region = Region::Europe;
    QUrl customBaseUrl; // when region == Custom
    QColor color; // shown in the switcher and the window frame
    bool production = false; // banner + typed confirmation for destructive and bulk actions
    bool sandbox = false; // the embedded local sandbox: no stored credentials at all
    QList<TokenInfo> tokens;
    QString activeTokenId;

    const TokenInfo *activeToken() const;
    QUrl baseUrl() const;

    // Keychain item names, prefixed with the app id (Windows' Credential Manager ignores the
    // service name, so the prefix is what keeps our items apart).
    QString apiKeySecretKey() const;
    QString tokenSecretKey(const QString &tokenId) const;

    QJsonObject toJson() const; // never contains a secret
    static Decoded<Profile> fromJson(const QJsonObject &json);

    bool operator==(const Profile &) const = default;
};
