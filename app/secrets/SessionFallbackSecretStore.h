#pragma once

#include "MemorySecretStore.h"

#include <QPointer>

// The store the app uses: the OS keychain, with secrets the user chose to keep for this
// session only (because there is no keychain, or it refused) layered on top. Reads prefer the
// session copy; writes go to the keychain and report its failure unchanged, so the caller can
// tell the user and offer keepForSession(); removals clear both places.
class SessionFallbackSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // Takes ownership of neither store.
    SessionFallbackSecretStore(SecretStore *keychain, MemorySecretStore *session,
                               QObject *parent = nullptr);

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;
    QString description() const override;

    // The user accepted that this secret lives in memory until the app quits.
    void keepForSession(const QString &key, const QString &secret, QObject *context,
                        SecretCallback done);
    bool isSessionOnly(const QString &key) const;

    SecretStore *keychain() const { return m_keychain; }
    MemorySecretStore *session() const { return m_session; }

private:
    QPointer<SecretStore> m_keychain;
    QPointer<MemorySecretStore> m_session;
};
