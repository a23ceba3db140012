#pragma once

#include "Region.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

// Where to send calls and with which credentials. Held in memory only: secrets are loaded from
// the keychain (or the environment for headless use) and never written back from here.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    Region region = Region::Europe;
    QUrl customBaseUrl; // used when region == Custom (staging, the sandbox)
    QString apiKey;
    QString bearerToken;

    QUrl baseUrl() const;
    QString regionDisplayName() const; // "Europe", or the custom host
    // Credentials from WATCHERS_BASE_URL or WATCHERS_REGION, WATCHERS_API_KEY, WATCHERS_TOKEN.
    // nullopt with *error set when something is missing or malformed.
    static std::optional<ConnectionSettings> fromEnvironment(const QProcessEnvironment &env,
                                                             QString *error);
    // "Bearer xyz", "Bearer Bearer xyz" (the docs' own typo), quotes and whitespace → "xyz".
    static QString normalizedToken(const QString &pasted);
};
