#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QFileInfo>

SandboxProcess::SandboxProcess(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    // Drain stderr while the test's event loop runs, so a chatty sandbox never blocks on a
    // full pipe.
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_stderr += m_process.readAllStandardError(); });
}

SandboxProcess::~SandboxProcess()
{
    stop(3000);
}

QString SandboxProcess::binaryPath()
{
    return qEnvironmentVariable("BADGEDESK_SANDBOX_BIN");
}

SandboxProcess::Finished SandboxProcess::run(const QStringList &arguments, int timeoutMs)
{
    Finished result;
    QProcess process;
    process.start(binaryPath(), arguments);
    if (!process.waitForStarted(timeoutMs))
        return result;
    result.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(timeoutMs);
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

bool SandboxProcess::start(int timeoutMs)
{
    const QString program = binaryPath();
    if (program.isEmpty()) {
        m_error = QStringLiteral("BADGEDESK_SANDBOX_BIN is not set (run the test through ctest)");
        return false;
    }
    if (!QFileInfo(program).isExecutable()) {
        m_error = QStringLiteral("BADGEDESK_SANDBOX_BIN=%1 is not an executable").arg(program);
        return false;
    }
    m_baseUrl.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_process.start(program,
                    m_arguments + QStringList {QStringLiteral("--port"), QStringLiteral("0")});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            drain();
            m_error = QStringLiteral("the sandbox printed no base URL (exit code %1): %2")
                          .arg(m_process.exitCode())
                          .arg(QString::fromLocal8Bit(m_stderr));
            stop(1000);
            return false;
        }
        m_process.waitForReadyRead(50);
    }
    const QString line = QString::fromLocal8Bit(m_process.readLine()).trimmed();
    m_baseUrl = QUrl(line, QUrl::StrictMode);
    if (!m_baseUrl.isValid() || m_baseUrl.scheme() != QLatin1String("http")
        || m_baseUrl.port() <= 0) {
        m_error = QStringLiteral("the first stdout line is not a base URL: \"%1\"").arg(line);
        stop(1000);
        return false;
    }
    return true;
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool SandboxProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        drain();
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    m_process.terminate(); // SIGTERM on Unix
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
        drain();
        return false;
    }
    drain();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    drain();
}

QByteArray SandboxProcess::standardOutput()
{
    drain();
    return m_stdout;
}

QByteArray SandboxProcess::standardError()
{
    drain();
    return m_stderr;
}

void SandboxProcess::drain()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}
