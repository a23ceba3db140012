#pragma once

#include "SecretStore.h"

// The OS keychain through QtKeychain: Keychain Services on macOS, Credential Manager on Windows,
// the Secret Service (GNOME Keyring, KWallet) on Linux. One item per secret under the app id as
// service name. The plaintext fallback of QtKeychain is never enabled: without a keychain the
// caller hears NoKeychain and may keep the secret for this session only (MemorySecretStore).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr auto DefaultService = "org.badgedesk.BadgeDesk";

    enum class Operation { Read, Write, Remove };

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;
    QString description() const override;

    // QtKeychain's error code (QKeychain::Error as int) and text → what the user can act on.
    // Debian 12's QtKeychain 0.13.2 reports a missing Secret Service as OtherError with a D-Bus
    // message rather than NoBackendAvailable, so the text decides in that case.
    static SecretResult mapError(int keychainError, const QString &errorString,
                                 Operation operation);
    static bool looksLikeMissingKeychain(const QString &errorString);

private:
    QString m_service;
};
