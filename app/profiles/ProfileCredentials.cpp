#include "ProfileCredentials.h"

#include "SecretStore.h"

#include <QPointer>
#include <QTimer>

void ProfileCredentials::resolve(const Profile &profile, SecretStore *store, QObject *context,
                                 Callback done)
{
    QPointer<QObject> guard(context);
    auto fail = [guard, done](const QString &error) {
        QTimer::singleShot(0, guard, [done, error] { done(std::nullopt, error); });
    };
    if (!guard)
        return;
    if (profile.sandbox) {
        fail(tr("The local sandbox gets its credentials when it starts; there is nothing to "
                "read from the keychain."));
        return;
    }
    const TokenInfo *token = profile.activeToken();
    if (!token) {
        fail(tr("Profile \"%1\" has no active bearer token. Add one under Profiles and tokens.")
                 .arg(profile.name));
        return;
    }
    if (!store) {
        fail(tr("No secret store is available."));
        return;
    }

    const QString tokenKey = profile.tokenSecretKey(token->id);
    const QString name = profile.name;
    const QString label = token->label;
    ConnectionSettings settings = connectionFor(profile);
    QPointer<SecretStore> storeGuard(store);
    store->read(profile.apiKeySecretKey(), context, [=](const SecretResult &key) {
        if (!key.ok()) {
            done(std::nullopt,
                 key.status == SecretResult::Status::NotFound
                     ? tr("The API key of profile \"%1\" is not in the keychain. Enter it "
                          "again under Profiles and tokens.")
                           .arg(name)
                     : key.message);
            return;
        }
        if (!storeGuard) {
            done(std::nullopt, tr("No secret store is available."));
            return;
        }
        storeGuard->read(tokenKey, guard, [=](const SecretResult &tokenResult) mutable {
            if (!tokenResult.ok()) {
                done(std::nullopt,
                     tokenResult.status == SecretResult::Status::NotFound
                         ? tr("The bearer token \"%1\" of profile \"%2\" is not in the "
                              "keychain. Paste it again under Profiles and tokens.")
                               .arg(label, name)
                         : tokenResult.message);
                return;
            }
            settings.apiKey = key.value.trimmed();
            settings.bearerToken = ConnectionSettings::normalizedToken(tokenResult.value);
            done(settings, QString());
        });
    });
}

ConnectionSettings ProfileCredentials::connectionFor(const Profile &profile)
{
    ConnectionSettings settings;
    settings.region = profile.region;
    settings.customBaseUrl = profile.customBaseUrl;
    return settings;
}
