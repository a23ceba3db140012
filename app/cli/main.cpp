// badgedesk-cli: Badge Desk's actions headless (see CliApp::helpText()).

#include "AppPaths.h"
#include "AppSettings.h"
#include "AppTranslations.h"
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppTranslations::install(&app);
    // The same names as the GUI (ui/main.cpp), so both find the same profiles, settings and
    // data folders.
    QCoreApplication::setOrganizationDomain(QStringLiteral("badgedesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("badgedesk"));
    // The data folder chosen in Preferences, unless BADGEDESK_DATA_DIR names one. A move to a
    // new folder is finished by the GUI at its next start; until then the data is still in
    // the old one.
    if (qEnvironmentVariableIsEmpty("BADGEDESK_DATA_DIR")) {
        const AppSettings settings;
        const AppSettings::PendingMove move = settings.pendingMove();
        AppPaths::setDataRootOverride(move.isEmpty() ? settings.dataFolder() : move.from);
    }
    QCoreApplication::setApplicationVersion(QStringLiteral(BADGEDESK_VERSION));
    CliApp cli;
    const int immediate = cli.run(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
