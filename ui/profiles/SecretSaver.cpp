#include "SecretSaver.h"

#include "ProfilesPrompter.h"
#include "SessionFallbackSecretStore.h"

#include <QPointer>
#include <QWidget>

void SecretSaver::save(SecretStore *store, ProfilesPrompter *prompter, QWidget *parent,
                       const QString &key, const QString &secret, Callback done)
{
    QPointer<QWidget> guard(parent);
    QPointer<SecretStore> storeGuard(store);
    store->write(key, secret, parent, [=](const SecretResult &result) {
        if (result.ok()) {
            done(Where::Keychain, QString());
            return;
        }
        auto *layered = qobject_cast<SessionFallbackSecretStore *>(storeGuard.data());
        const bool canFallBack = layered
            && (result.status == SecretResult::Status::NoKeychain
                || result.status == SecretResult::Status::Denied);
        if (!canFallBack) {
            done(Where::NotSaved, result.message);
            return;
        }
        QPointer<SessionFallbackSecretStore> fallback(layered);
        prompter->offerSessionOnly(
            guard, result.message,
            [fallback, guard, key, secret, done, message = result.message](bool accepted) {
                if (!accepted || !fallback || !guard) {
                    done(Where::NotSaved, message);
                    return;
                }
                fallback->keepForSession(key, secret, guard, [done](const SecretResult &kept) {
                    done(kept.ok() ? Where::SessionOnly : Where::NotSaved, kept.message);
                });
            });
    });
}
