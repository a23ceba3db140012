#include "KeychainSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Runs `done` once the job finishes, unless `context` is gone by then.
void finishWith(QKeychain::Job *job, QObject *context, KeychainSecretStore::Operation operation,
                SecretCallback done)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, hasContext = context != nullptr, operation,
                      done = std::move(done)](QKeychain::Job *finished) {
                         if (hasContext && !guard)
                             return;
                         SecretResult result = KeychainSecretStore::mapError(
                             finished->error(), finished->errorString(), operation);
                         if (result.ok() && operation == KeychainSecretStore::Operation::Read)
                             result.value =
                                 static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                         if (done)
                             done(result);
                     });
}

template<typename JobType>
JobType *newJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    // Explicit, so that a future default cannot turn plaintext storage on behind our back.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(DefaultService), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    finishWith(job, context, Operation::Read, std::move(done));
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                SecretCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    finishWith(job, context, Operation::Write, std::move(done));
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    finishWith(job, context, Operation::Remove, std::move(done));
    job->start();
}

QString KeychainSecretStore::description() const
{
    return tr("OS keychain");
}

bool KeychainSecretStore::looksLikeMissingKeychain(const QString &errorString)
{
    // What libsecret/GDBus and QtDBus say when there is no session bus, or a bus without
    // org.freedesktop.secrets (no GNOME Keyring, no KWallet).
    static const QStringList markers = {
        u"org.freedesktop.DBus.Error"_s,
        u"org.freedesktop.secrets"_s,
        u"D-Bus"_s,
        u"DBus"_s,
        u"dbus"_s,
        u"autolaunch"_s,
        u"ServiceUnknown"_s,
        u"not provided by any .service"_s,
        u"Could not connect"_s,
        u"No such interface"_s,
        u"NoReply"_s,
        u"No backend"_s,
        u"kwalletd"_s,
        // gnome-keyring activated on a bus where it has no login keyring and cannot prompt.
        u"/org/freedesktop/secrets/"_s,
    };
    for (const QString &marker : markers)
        if (errorString.contains(marker, Qt::CaseInsensitive))
            return true;
    return false;
}

SecretResult KeychainSecretStore::mapError(int keychainError, const QString &errorString,
                                           Operation operation)
{
    SecretResult result;
    const QString detail = errorString.trimmed();
    auto noKeychain = [&] {
        result.status = SecretResult::Status::NoKeychain;
        result.message =
            tr("No OS keychain is available (%1). Badge Desk never stores tokens in plain files; "
               "you can use the token for this session only, or start a keychain service "
               "(GNOME Keyring, KWallet) and try again.")
                .arg(detail.isEmpty() ? tr("no Secret Service on the session bus") : detail);
    };
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = tr("The keychain has no such item.");
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Denied;
        result.message = tr("The keychain refused access (it may be locked, or access was "
                            "declined): %1")
                             .arg(detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        noKeychain();
        return result;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        result.message = tr("The keychain item could not be removed: %1").arg(detail);
        return result;
    case QKeychain::OtherError:
        break;
    }
    const bool locked = detail.contains(u"locked"_s, Qt::CaseInsensitive)
        || detail.contains(u"dismissed"_s, Qt::CaseInsensitive)
        || detail.contains(u"cancel"_s, Qt::CaseInsensitive);
    if (locked) {
        result.status = SecretResult::Status::Denied;
        result.message = tr("The keychain is locked or access was declined: %1").arg(detail);
    } else if (looksLikeMissingKeychain(detail)) {
        noKeychain();
    } else if (operation != Operation::Write
               && detail.contains(u"not found"_s, Qt::CaseInsensitive)) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("The keychain has no such item.");
    } else {
        result.status = SecretResult::Status::Failed;
        result.message = tr("The keychain reported an error: %1").arg(detail);
    }
    return result;
}
