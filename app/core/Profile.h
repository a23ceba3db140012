#pragma once

#include "Decoded.h"
#include "Region.h"

#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
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
    // Read from the token itself (JwtInfo) when it was stored; not secret, kept so the age and
    // project can be shown without unlocking the keychain.
    QString project;
    QString uid;
    QDateTime issuedAt; // UTC, invalid when the token carried no iat

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

    // Removing a badge from users is undocumented in the real API (contract U-5); only the
    // sandbox is known to support it, so only there is "remove from users" offered.
    bool unassignSupported() const { return sandbox; }
    QList<TokenInfo> tokens;
    QString activeTokenId;
    // The Watchers project id the tokens should belong to (from the first token's JWT, or typed
    // by the user); a token for another project is flagged.
    QString projectId;
    int tokenRotationDays = DefaultTokenRotationDays; // warn when a token is older; 0 = never

    static constexpr int DefaultTokenRotationDays = 90;
    static constexpr auto SandboxId = "sandbox"; // the embedded local sandbox profile

    const TokenInfo *activeToken() const;
    QUrl baseUrl() const;

    // Keychain item names, prefixed with the app id (Windows' Credential Manager ignores the
    // service name, so the prefix is what keeps our items apart).
    QString apiKeySecretKey() const;
    QString tokenSecretKey(const QString &tokenId) const;
    // Every keychain item this profile may own: the API key and one per token.
    QStringList secretKeys() const;

    QJsonObject toJson() const; // never contains a secret
    static Decoded<Profile> fromJson(const QJsonObject &json);

    bool operator==(const Profile &) const = default;
};
