#include "SessionFallbackSecretStore.h"

#include <QPointer>

SessionFallbackSecretStore::SessionFallbackSecretStore(SecretStore *keychain,
                                                       MemorySecretStore *session, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
    , m_session(session)
{ }

void SessionFallbackSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    if (isSessionOnly(key)) {
        m_session->read(key, context, std::move(done));
        return;
    }
    m_keychain->read(key, context, std::move(done));
}

void SessionFallbackSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                       SecretCallback done)
{
    // A secret that now reaches the keychain must not be shadowed by an older session copy.
    QPointer<MemorySecretStore> session = m_session;
    m_keychain->write(key, secret, context,
                      [session, key, done = std::move(done)](const SecretResult &result) {
                          if (result.ok() && session && session->contains(key))
                              session->remove(key, nullptr, {});
                          if (done)
                              done(result);
                      });
}

void SessionFallbackSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    const bool hadSessionCopy = isSessionOnly(key);
    if (hadSessionCopy)
        m_session->remove(key, nullptr, {});
    m_keychain->remove(key, context, [hadSessionCopy, done = std::move(done)](SecretResult result) {
        // Gone from where it was kept is success; the keychain not having it is then expected.
        if (hadSessionCopy && !result.ok()) {
            result = {};
        }
        if (done)
            done(result);
    });
}

QString SessionFallbackSecretStore::description() const
{
    return m_keychain ? m_keychain->description() : m_session->description();
}

void SessionFallbackSecretStore::keepForSession(const QString &key, const QString &secret,
                                                QObject *context, SecretCallback done)
{
    m_session->write(key, secret, context, std::move(done));
}

bool SessionFallbackSecretStore::isSessionOnly(const QString &key) const
{
    return m_session && m_session->contains(key);
}
