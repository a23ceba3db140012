#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The outcome of one keychain operation, in words a person can act on.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // no such item (reading or deleting)
        NoKeychain, // no keychain service at all (e.g. Linux without a Secret Service)
        Denied, // locked, or the user refused access
        Failed, // anything else
    };

    Status status = Status::Ok;
    QString value; // the secret, for a successful read only
    QString message; // translated; empty when Ok

    bool ok() const { return status == Status::Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Where bearer tokens and API keys live. Implementations: KeychainSecretStore (QtKeychain, the
// OS keychain, never the plaintext fallback) and MemorySecretStore (this session only). Keys
// are full item names such as Profile::tokenSecretKey(). Callbacks run on the event loop,
// never inside the call, and not at all once `context` is destroyed.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, SecretCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       SecretCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, SecretCallback done) = 0;
    // "OS keychain", "this session only": shown to the user where secrets are kept.
    virtual QString description() const = 0;
};
