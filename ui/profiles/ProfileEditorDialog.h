#pragma once

#include "ConnectionCheck.h"
#include "Profile.h"

#include <QDialog>
#include <QPointer>

class ProfilesPrompter;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
#include "RequestLog.h"
#include "SecretStore.h"
#include "TokenManagerDialog.h"

// Create or edit one profile: name, region or custom base URL, API key, a first token, colour,
// production flag. Secrets are written to the store on save and never shown again here (the
// fields stay empty: typing replaces). Emits profileSaved() with the metadata to persist.
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileEditorDialog(const Profile &profile, bool isNew, SecretStore *store,
                        ProfilesPrompter *prompter = nullptr, QWidget *parent = nullptr);

    Profile profile() const { return m_profile; }
    bool isNew() const { return m_isNew; }
    // Names already used by other profiles (compared case-insensitively).
    void setTakenNames(const QStringList &names) { m_takenNames = names; }
    void setRequestLog(RequestLog *log);

    // The form as a profile (not yet saved), and the typed secrets, for the connection test.
    Profile profileFromForm() const;

public slots:
    void save();
    void testConnection();
    void openTokenManager();

signals:
    void profileSaved(const Profile &profile);
    void connectionTested(const ConnectionCheck::Result &result);
    void statusShown(const QString &text);

private:
    void buildUi();
    void updateRegionFields();
    QString validate() const;
    void setStatus(const QString &text, bool problem = false);
    void saveSecrets(const Profile &target, QStringList pending);

    Profile m_profile;
    bool m_isNew;
    QPointer<SecretStore> m_store;
    ProfilesPrompter *m_prompter;
    ConnectionCheck *m_check;
    QPointer<RequestLog> m_log;
    QStringList m_takenNames;
    QPointer<TokenManagerDialog> m_tokens;

    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_apiKeyEdit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLineEdit *m_tokenLabelEdit = nullptr;
    QLineEdit *m_projectEdit = nullptr;
    QComboBox *m_colorCombo = nullptr;
    QCheckBox *m_productionCheck = nullptr;
    QPushButton *m_tokensButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};
