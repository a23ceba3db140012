#include "SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

constexpr int StartTimeoutMs = 15'000;
constexpr int StopGraceMs = 3'000;

} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    // Its per-request log is for people running it by hand; we only need the first line.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readBaseUrl);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local sandbox could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        if (m_reported)
            emit stoppedUnexpectedly(exitCode);
        fail(tr("The local sandbox stopped unexpectedly (exit code %1).").arg(exitCode));
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findExecutable()
{
    const QString name = u"badgedesk-sandbox"_s;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {name, name + u".exe"_s}) {
        const QFileInfo info(here.filePath(candidate));
        if (info.isExecutable())
            return info.absoluteFilePath();
    }
    const QString fromEnv = qEnvironmentVariable("BADGEDESK_SANDBOX_BIN");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;
    return QStandardPaths::findExecutable(name);
}

void SandboxLauncher::start(const QStringList &extraArguments)
{
    const QString program = findExecutable();
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("The local sandbox (badgedesk-sandbox) is not installed next to Badge Desk."));
        });
        return;
    }
    m_reported = false;
    m_stopping = false;
    m_stdout.clear();
    m_connection = {};
    m_connection.region = Region::Custom;
    m_connection.apiKey = randomSecret();
    m_connection.bearerToken = randomSecret();
    QStringList arguments {u"--port"_s,
                           u"0"_s,
                           u"--demo"_s,
                           u"--api-key"_s,
                           m_connection.apiKey,
                           u"--token"_s,
                           m_connection.bearerToken};
    m_process.start(program, arguments + extraArguments);
    QTimer::singleShot(StartTimeoutMs, this, [this] {
        if (!m_reported)
            fail(tr("The local sandbox did not start within %n second(s).", nullptr,
                    StartTimeoutMs / 1000));
    });
}

void SandboxLauncher::readBaseUrl()
{
    if (m_reported) {
        m_process.readAllStandardOutput(); // keep the pipe drained
        return;
    }
    m_stdout += m_process.readAllStandardOutput();
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    const QUrl url(QString::fromUtf8(m_stdout.left(newline)).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.port() <= 0) {
        fail(tr("The local sandbox printed an unexpected address."));
        return;
    }
    m_connection.customBaseUrl = url;
    m_reported = true;
    emit started(m_connection);
}

void SandboxLauncher::fail(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    stop();
    emit failed(message);
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
    m_stopping = false;
}
