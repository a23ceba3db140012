// Renders Badge Desk's windows to PNG files for the README and for review:
//   badgedesk-screenshots OUTPUT_DIR
// Runs headless (QT_QPA_PLATFORM=offscreen) against an in-process sandbox with demo data.

#include "MainWindow.h"
#include "SandboxServer.h"
#include "WatchersClient.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        err << "usage: badgedesk-screenshots OUTPUT_DIR\n";
        return 2;
    }
    const QDir out(args.at(1));
    if (!QDir().mkpath(out.absolutePath())) {
        err << "cannot create " << out.absolutePath() << '\n';
        return 1;
    }

    SandboxOptions options;
    options.demo = true;
    SandboxServer sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        err << error << '\n';
        return 1;
    }
    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = sandbox.baseUrl();
    connection.apiKey = SandboxProject().apiKey;
    connection.bearerToken = SandboxProject().bearerTokens.first();
    WatchersClient client;
    client.setConnection(connection);

    MainWindow window(&client, QApplication::translate("main", "Local sandbox"));
    window.resize(1100, 560);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::badgesLoaded);
    window.refresh();
    if (!loaded.wait(10000)) {
        err << "the badge list did not load\n";
        return 1;
    }
    const QString path = out.filePath(u"main-window.png"_s);
    if (!window.grab().save(path)) {
        err << "cannot write " << path << '\n';
        return 1;
    }
    err << "wrote " << path << '\n';
    return 0;
}
