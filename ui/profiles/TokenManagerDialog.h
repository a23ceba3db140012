#pragma once

#include "ConnectionCheck.h"
#include "Profile.h"

#include <QDialog>
#include <QPointer>

class ProfilesPrompter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class RequestLog;
class SecretClipboard;
#include "SecretStore.h"

// The bearer tokens of one profile: add by pasting, rename, replace (rotate), remove, reveal,
// copy, choose the active one, and test the connection. Secrets go to the store only; this
// dialog keeps metadata (label, dates, what the JWT says) and reports it with profileChanged()
// so the owner can save the profile.
class TokenManagerDialog : public QDialog
{
    Q_OBJECT

public:
    TokenManagerDialog(const Profile &profile, SecretStore *store,
                       ProfilesPrompter *prompter = nullptr, QWidget *parent = nullptr);
    ~TokenManagerDialog() override;

    Profile profile() const { return m_profile; }
    void setRequestLog(RequestLog *log);
    void setClipboardClearMs(int ms) { m_clipboardClearMs = ms; }

    QString selectedTokenId() const;
    void selectToken(const QString &tokenId);

signals:
    void profileChanged(const Profile &profile);
    void connectionTested(const ConnectionCheck::Result &result);
    void statusShown(const QString &text); // every status line, for tests and screen readers

private:
    void buildUi();
    void refreshList();
    void updateSelectionPane();
    void setStatus(const QString &text, bool problem = false);
    void commit(const QString &status);
    TokenInfo *tokenById(const QString &id);
    void readSelected(std::function<void(const QString &secret)> then);

    void addToken();
    void renameSelected();
    void replaceSelected();
    void removeSelected();
    void removeToken(const QString &id, const QString &label);
    void activateSelected();
    void toggleReveal(bool reveal);
    void copySelected();
    void testConnection();

    Profile m_profile;
    QPointer<SecretStore> m_store;
    ProfilesPrompter *m_prompter;
    ConnectionCheck *m_check;
    SecretClipboard *m_clipboard;
    int m_clipboardClearMs;

    QTreeWidget *m_list = nullptr;
    QLineEdit *m_labelEdit = nullptr;
    QLineEdit *m_secretView = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_activateButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QLineEdit *m_newLabelEdit = nullptr;
    QLineEdit *m_pasteEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QSpinBox *m_rotationSpin = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};
