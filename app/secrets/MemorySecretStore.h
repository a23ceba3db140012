#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QStringList>

#include <optional>

// Secrets kept in this process only, gone when the app quits: the session-only fallback when
// there is no keychain, and the store tests use. Behaves like a keychain (asynchronous
// callbacks, NotFound for missing items) so callers need no special case.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;
    QString description() const override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QStringList keys() const { return m_secrets.keys(); }
    void clear();

    // Makes every later operation fail like a missing keychain would (tests, diagnostics).
    void simulateFailure(SecretResult::Status status, const QString &message = {});

private:
    void deliver(QObject *context, SecretCallback done, SecretResult result);

    QHash<QString, QString> m_secrets;
    std::optional<SecretResult> m_failure;
};
