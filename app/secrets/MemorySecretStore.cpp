#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

void MemorySecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    SecretResult result;
    if (!m_secrets.contains(key)) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No secret is kept for this session under that name.");
    } else {
        result.value = m_secrets.value(key);
    }
    deliver(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              SecretCallback done)
{
    if (!m_failure)
        m_secrets.insert(key, secret);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    SecretResult result;
    if (!m_failure && m_secrets.remove(key) == 0) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No secret is kept for this session under that name.");
    }
    deliver(context, std::move(done), result);
}

QString MemorySecretStore::description() const
{
    return tr("this session only");
}

void MemorySecretStore::clear()
{
    // Overwrite before release: a best effort, QString may have copied the data elsewhere.
    for (QString &secret : m_secrets)
        secret.fill(QChar(u'\0'));
    m_secrets.clear();
}

void MemorySecretStore::simulateFailure(SecretResult::Status status, const QString &message)
{
    if (status == SecretResult::Status::Ok) {
        m_failure.reset();
        return;
    }
    SecretResult failure;
    failure.status = status;
    failure.message = message.isEmpty() ? tr("The secret store is unavailable.") : message;
    m_failure = failure;
}

void MemorySecretStore::deliver(QObject *context, SecretCallback done, SecretResult result)
{
    if (m_failure)
        result = *m_failure;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // Never inside the call, like the real keychain: callers must not depend on ordering.
    QTimer::singleShot(0, this, [guard, hasContext, done = std::move(done), result] {
        if ((hasContext && !guard) || !done)
            return;
        done(result);
    });
}
