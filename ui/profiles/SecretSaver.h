#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class ProfilesPrompter;
class QWidget;
class SecretStore;

// Saves one secret the way every dialog should: into the keychain; if there is none (or it
// refuses), tell the user exactly that and offer to keep it for this session only — possible
// when the store is a SessionFallbackSecretStore.
class SecretSaver
{
    Q_DECLARE_TR_FUNCTIONS(SecretSaver)

public:
    enum class Where { Keychain, SessionOnly, NotSaved };
    using Callback = std::function<void(Where where, const QString &error)>;

    static void save(SecretStore *store, ProfilesPrompter *prompter, QWidget *parent,
                     const QString &key, const QString &secret, Callback done);
};
