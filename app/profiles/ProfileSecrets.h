#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class SecretStore;

// Bookkeeping around the secrets of a profile, so the metadata in the profiles file and the
// items in the keychain stay in step.
class ProfileSecrets
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSecrets)

public:
    // Metadata for a newly pasted token: fresh id, created now, and what its JWT says (project,
    // uid, issued) when it decodes. `token` must already be normalised.
    static TokenInfo describeNewToken(const QString &label, const QString &token,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Refreshes the JWT-derived fields after a token was replaced (rotated).
    static void updateFromToken(TokenInfo &info, const QString &token);

    // Warnings worth showing next to a token (project mismatch, older than the rotation age).
    static QStringList warningsFor(const Profile &profile, const TokenInfo &token,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Removes every keychain item of a profile (deleting the profile). `done` gets the number
    // of items that could not be removed (missing ones count as removed).
    static void removeAll(const Profile &profile, SecretStore *store, QObject *context,
                          std::function<void(int failures, const QString &firstError)> done);
};
