#pragma once

#include "Profile.h"
#include "ProfileEditorDialog.h"

#include <QPointer>
#include <QWidget>
class ProfilesPrompter;
class QLabel;
class QPushButton;
class QStackedWidget;
#include "RequestLog.h"
#include "SecretStore.h"

// First run: "Try the local sandbox" (no credentials at all) or "Connect to a Watchers
// project" (region, key, token, test, save — the profile editor, embedded).
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    WelcomeWidget(SecretStore *store, ProfilesPrompter *prompter = nullptr,
                  QWidget *parent = nullptr);

    void setRequestLog(RequestLog *log) { m_log = log; }
    void setTakenNames(const QStringList &names) { m_takenNames = names; }
    ProfileEditorDialog *connectForm() const { return m_editor; }

public slots:
    void showChoices();
    void showConnectForm();
    void setSandboxStarting(bool starting);
    void showSandboxError(const QString &message);

signals:
    void sandboxRequested();
    void profileCreated(const Profile &profile);

private:
    QPointer<SecretStore> m_store;
    ProfilesPrompter *m_prompter;
    QPointer<RequestLog> m_log;
    QStringList m_takenNames;
    QStackedWidget *m_pages;
    QPushButton *m_sandboxButton;
    QPushButton *m_connectButton;
    QLabel *m_statusLabel;
    QWidget *m_formPage;
    QPointer<ProfileEditorDialog> m_editor;
};
