#include "MainWindow.h"
#include "SandboxLauncher.h"
#include "WatchersClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"badgedesk"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Badge Desk"));
    QApplication::setApplicationVersion(QStringLiteral(BADGEDESK_VERSION));
    QApplication::setOrganizationDomain(u"badgedesk.org"_s);
    QApplication::setDesktopFileName(QStringLiteral(BADGEDESK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Badge Desk: admin panel for the Watchers chat API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s,
        QApplication::translate("main", "Start a private local sandbox with demo data and open it "
                                        "(the default until profiles exist)."));
    const QCommandLineOption environmentOption(
        u"from-environment"_s,
        QApplication::translate("main", "Connect with WATCHERS_BASE_URL or WATCHERS_REGION, "
                                        "WATCHERS_API_KEY and WATCHERS_TOKEN."));
    parser.addOption(sandboxOption);
    parser.addOption(environmentOption);
    parser.process(app);

    WatchersClient client;
    SandboxLauncher sandbox;
    std::unique_ptr<MainWindow> window;
    auto open = [&](const ConnectionSettings &connection, const QString &profileName) {
        client.setConnection(connection);
        window = std::make_unique<MainWindow>(&client, profileName);
        window->show();
        window->refresh();
    };

    if (parser.isSet(environmentOption)) {
        QString error;
        const auto connection =
            ConnectionSettings::fromEnvironment(QProcessEnvironment::systemEnvironment(), &error);
        if (!connection) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Badge Desk"), error);
            return 2;
        }
        open(*connection, connection->regionDisplayName());
    } else {
        QObject::connect(&sandbox, &SandboxLauncher::started, &app, [&](const ConnectionSettings &c) {
            open(c, QApplication::translate("main", "Local sandbox"));
        });
        QObject::connect(&sandbox, &SandboxLauncher::failed, &app, [](const QString &message) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Badge Desk"), message);
            QApplication::exit(1);
        });
        sandbox.start();
    }
    QObject::connect(&app, &QApplication::aboutToQuit, &sandbox, &SandboxLauncher::stop);
    return QApplication::exec();
}
