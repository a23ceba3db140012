#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

// Starts a private badgedesk-sandbox on a free loopback port with fresh random credentials,
// reports where it listens, and stops it when destroyed. Used by `badgedesk --sandbox`.
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Next to our own executable first, then BADGEDESK_SANDBOX_BIN, then PATH.
    static QString findExecutable();

    void start(const QStringList &extraArguments = {});
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

signals:
    void started(const ConnectionSettings &connection);
    void failed(const QString &message);
    void stoppedUnexpectedly(int exitCode);

private:
    void readBaseUrl();
    void fail(const QString &message);

    QProcess m_process;
    ConnectionSettings m_connection;
    QByteArray m_stdout;
    bool m_reported = false;
    bool m_stopping = false;
};
