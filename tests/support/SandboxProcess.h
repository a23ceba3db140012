#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Runs the real badgedesk-sandbox binary (path from $BADGEDESK_SANDBOX_BIN) for tests. start()
// adds `--port 0` and reads the base URL from the first stdout line; the destructor stops the
// process (SIGTERM, then kill).
class SandboxProcess
{
public:
    struct Finished
    {
        bool started = false;
        bool timedOut = false;
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        QByteArray standardOutput;
        QByteArray standardError;
    };

    explicit SandboxProcess(QStringList arguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // $BADGEDESK_SANDBOX_BIN, or empty when it is not set.
    static QString binaryPath();
    // Runs the binary with exactly `arguments` until it exits (for --help, bad arguments).
    static Finished run(const QStringList &arguments, int timeoutMs = 10000);

    // Starts the sandbox and waits for its base URL. False (see errorString()) on failure.
    bool start(int timeoutMs = 10000);
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }
    QStringList arguments() const { return m_arguments; }

    // SIGTERM, wait up to timeoutMs, then SIGKILL. True when it exited normally with code 0.
    bool stop(int timeoutMs = 5000);
    // SIGKILL: no chance to clean up (for "was it already on disk?" tests).
    void kill();
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

    // Everything the process printed so far (stdout after the base URL line; the request log
    // on stderr).
    QByteArray standardOutput();
    QByteArray standardError();

private:
    void drain();

    QStringList m_arguments;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
