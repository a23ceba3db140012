// badgedesk-cli: Badge Desk's actions headless (see CliApp::helpText()).

#include "AppTranslations.h"
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppTranslations::install(&app);
    QCoreApplication::setOrganizationName(QStringLiteral("BadgeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("badgedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BADGEDESK_VERSION));
    CliApp cli;
    const int immediate = cli.run(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
