#pragma once

#include "ConnectionSettings.h"
#include "Profile.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

class SecretStore;

// Turns a saved profile into connection settings: region from the profile, API key and active
// bearer token from the secret store. Secrets only ever live in the returned settings.
class ProfileCredentials
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCredentials)

public:
    using Callback =
        std::function<void(const std::optional<ConnectionSettings> &, const QString &error)>;

    // `done` runs on the event loop, never inside the call, and not at all once `context` is
    // destroyed. On failure the error says which secret is missing and what to do.
    static void resolve(const Profile &profile, SecretStore *store, QObject *context,
                        Callback done);

    // Region and base URL only (no secrets): what resolve() fills in before reading secrets.
    static ConnectionSettings connectionFor(const Profile &profile);
};
