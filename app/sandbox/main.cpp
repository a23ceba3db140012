#include "SandboxCommandLine.h"
#include "SandboxServer.h"
#include "SandboxSignalWatcher.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}

// Request paths come from the network: no control characters in the log.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return text;
}

QString statusText(int status)
{
    if (status == SandboxServer::StatusReset)
        return QStringLiteral("reset");
    if (status == SandboxServer::StatusStalled)
        return QStringLiteral("stall");
    return QString::number(status);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("badgedesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BADGEDESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Badge Desk"));

    const SandboxCommandLine::Result command = SandboxCommandLine::parse(app.arguments());
    if (command.action == SandboxCommandLine::Action::ShowText) {
        printLine(stdout, command.message);
        return 0;
    }
    if (command.action == SandboxCommandLine::Action::Fail) {
        printLine(stderr,
                  QCoreApplication::translate("main", "badgedesk-sandbox: %1\nTry --help.")
                      .arg(command.message));
        return 2;
    }

    // Before the URL goes out: whoever reads it may send SIGTERM right away.
    SandboxSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SandboxSignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);

    SandboxServer server(command.options);
    QString error;
    if (!server.start(&error)) {
        printLine(stderr, QCoreApplication::translate("main", "badgedesk-sandbox: %1").arg(error));
        return 1;
    }
    // The contract with SandboxProcess and scripts: the base URL is the first stdout line.
    printLine(stdout, server.baseUrl().toString());

    if (!command.quiet) {
        QObject::connect(
            &server, &SandboxServer::requestHandled,
            [](const QString &method, const QString &path, int status) {
                printLine(
                    stderr,
                    QStringLiteral("%1 %2 %3").arg(method, printable(path), statusText(status)));
            });
    }
    QObject::connect(&server, &SandboxServer::persistenceFailed, [](const QString &message) {
        printLine(stderr,
                  QCoreApplication::translate("main", "badgedesk-sandbox: could not save: %1")
                      .arg(message));
    });

    const int code = app.exec();
    if (!server.flush(&error)) {
        printLine(stderr,
                  QCoreApplication::translate("main", "badgedesk-sandbox: could not save: %1")
                      .arg(error));
        return 1;
    }
    return code;
}
