#pragma once

#include <QDockWidget>
#include <QPointer>

#include <functional>

class ProfilesPrompter;
class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;
#include "RequestLog.h"
class RequestLogModel;
struct RequestLogEntry;

// Every call the app made: time, method, URL, status, duration, size; details of the selected
// one on demand; copy as cURL with placeholders for the token and API key unless the user
// explicitly asks to include them; export as text (always without secrets).
class RequestLogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RequestLogDock(QWidget *parent = nullptr);

    void setLog(RequestLog *log);
    void setPrompter(ProfilesPrompter *prompter) { m_prompter = prompter; }
    // Where "include the secrets" gets the current token and API key from (the live client).
    void setSecretsProvider(std::function<QPair<QString, QString>()> provider)
    {
        m_secrets = std::move(provider);
    }
    // Injectable file picker for Export (tests return a path; empty = cancelled).
    void setSaveFileChooser(std::function<QString(QWidget *)> chooser)
    {
        m_chooseFile = std::move(chooser);
    }

    RequestLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The command for one entry; secrets only with includeSecrets (and a provider).
    void copyCurl(const RequestLogEntry &entry, bool includeSecrets);
    QString curlFor(const RequestLogEntry &entry, bool includeSecrets) const;
    QString detailsFor(const RequestLogEntry &entry) const;
    bool exportTo(const QString &path, QString *error = nullptr) const;

public slots:
    void copySelectedAsCurl();
    void exportLog();

signals:
    void curlCopied(const QString &command);

private:
    const RequestLogEntry *selectedEntry() const;
    void showDetails();

    QPointer<RequestLog> m_log;
    RequestLogModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QCheckBox *m_includeSecrets;
    QPushButton *m_copyButton;
    ProfilesPrompter *m_prompter;
    std::function<QPair<QString, QString>()> m_secrets;
    std::function<QString(QWidget *)> m_chooseFile;
};
