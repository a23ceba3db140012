#include "AppController.h"
#include "AppSettings.h"
#include "AppTranslations.h"
#include "DataFolderMove.h"
#include "ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The names first: the settings file's folder is derived from them.
    QApplication::setApplicationName(u"badgedesk"_s);
    QApplication::setOrganizationDomain(u"badgedesk.org"_s);
    AppSettings settings;
    const QString language = AppTranslations::install(&app, settings.language());
    QApplication::setWindowIcon(QIcon(u":/icons/org.badgedesk.BadgeDesk.svg"_s));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Badge Desk"));
    QApplication::setApplicationVersion(QStringLiteral(BADGEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(BADGEDESK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Badge Desk: admin panel for the Watchers chat API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s,
        QApplication::translate("main",
                                "Start a private local sandbox with demo data and open it."));
    const QCommandLineOption environmentOption(
        u"from-environment"_s,
        QApplication::translate("main",
                                "Connect with WATCHERS_BASE_URL or WATCHERS_REGION, "
                                "WATCHERS_API_KEY and WATCHERS_TOKEN, without a saved "
                                "profile."));
    const QCommandLineOption profileOption(
        u"profile"_s, QApplication::translate("main", "Open the saved profile NAME."),
        QApplication::translate("main", "NAME"));
    parser.addOption(sandboxOption);
    parser.addOption(environmentOption);
    parser.addOption(profileOption);
    parser.process(app);

    // Before anything opens a draft or a journal: finish a data move asked for in Preferences.
    const QString moveProblem = DataFolderMove::applyAtStart(&settings);
    if (!moveProblem.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "Badge Desk"), moveProblem);

    AppController controller(ProfileStore::defaultFilePath());
    controller.setLanguageInUse(language);
    if (parser.isSet(environmentOption)) {
        QString error;
        const auto connection =
            ConnectionSettings::fromEnvironment(QProcessEnvironment::systemEnvironment(), &error);
        if (!connection) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Badge Desk"), error);
            return 2;
        }
        controller.startWithConnection(*connection, connection->regionDisplayName());
    } else if (parser.isSet(sandboxOption)) {
        controller.startSandbox();
    } else if (parser.isSet(profileOption)) {
        controller.profiles()->load();
        const auto profile = controller.profiles()->findByName(parser.value(profileOption));
        if (!profile) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Badge Desk"),
                QApplication::translate("main", "There is no profile named \"%1\".")
                    .arg(parser.value(profileOption)));
            return 2;
        }
        controller.switchToProfile(profile->id);
    } else {
        controller.start();
    }
    return QApplication::exec();
}
