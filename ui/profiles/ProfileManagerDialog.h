#pragma once

#include "RequestLog.h"
#include "SecretStore.h"

#include <QDialog>
#include <QPointer>

class ProfileStore;
class ProfilesPrompter;
class QListWidget;
class QPushButton;
struct Profile;

// "Profiles and tokens…": every saved profile with its colour and production marker; new,
// edit, tokens, delete (with its keychain items and local data), switch. Changes are saved
// to the ProfileStore as they happen.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileManagerDialog(ProfileStore *profiles, SecretStore *store,
                         ProfilesPrompter *prompter = nullptr, QWidget *parent = nullptr);

    void setRequestLog(RequestLog *log) { m_log = log; }
    QString selectedProfileId() const;
    void selectProfile(const QString &id);

public slots:
    void newProfile();
    void editSelected();
    void manageTokensOfSelected();
    void deleteSelected();
    void deleteProfile(const Profile &doomed);

signals:
    void switchRequested(const QString &profileId);
    void profileDeleted(const QString &profileId);

private:
    void refresh();
    void persist(const Profile &profile);
    QStringList namesExcept(const QString &id) const;

    ProfileStore *m_profiles;
    QPointer<SecretStore> m_store;
    ProfilesPrompter *m_prompter;
    QPointer<RequestLog> m_log;
    QListWidget *m_list;
    QPushButton *m_editButton;
    QPushButton *m_tokensButton;
    QPushButton *m_deleteButton;
    QPushButton *m_switchButton;
};
