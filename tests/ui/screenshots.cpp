// Renders Badge Desk's windows to PNG files for the README and for review:
//   badgedesk-screenshots OUTPUT_DIR
// Runs headless (QT_QPA_PLATFORM=offscreen) against an in-process sandbox with demo data, in
// the light and the dark palette: the main window with the editor open, the editor alone, and
// the chip and welcome-card previews.

#include "AppPaths.h"
#include "AppSettings.h"
#include "AppTranslations.h"
#include "AssignDialog.h"
#include "BadgeEditor.h"
#include "BadgeTableModel.h"
#include "BanDialog.h"
#include "ChipPreview.h"
#include "IdListEditor.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PreferencesDialog.h"
#include "SandboxServer.h"
#include "TokenManagerDialog.h"
#include "TypeText.h"
#include "WatchersClient.h"
#include "WelcomeCardPreview.h"
#include "WelcomeWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8c, 0x92));
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x79, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x79, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x79, 0x80));
    return p;
}

bool save(QWidget *widget, const QDir &out, const QString &name, QTextStream &err)
{
    const QString path = out.filePath(name);
    if (!widget->grab().save(path)) {
        err << "cannot write " << path << '\n';
        return false;
    }
    err << "wrote " << path << '\n';
    return true;
}

bool shoot(WatchersClient *client, const QDir &out, const QString &suffix, QTextStream &err)
{
    MainWindow window(client);
    Profile profile;
    profile.id = u"sandbox"_s;
    profile.name = QApplication::translate("main", "Local sandbox");
    profile.color = QColor(0x43, 0xa0, 0x47);
    profile.sandbox = true;
    Profile production;
    production.id = u"prod"_s;
    production.name = u"Acme Live"_s;
    production.color = QColor(0xe5, 0x39, 0x35);
    production.production = true;
    window.setProfiles({profile, production});
    window.resize(1360, 900);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::badgesLoaded);
    window.setCurrentProfile(profile);
    if (!loaded.wait(10000)) {
        err << "the badge list did not load\n";
        return false;
    }
    QTest::qWait(50);
    // Before any badge is open the editor pane is a hint; the form is built on first use.
    if (!save(&window, out, u"main-window-start%1.png"_s.arg(suffix), err))
        return false;
    const QList<Badge> &badges = window.badgeModel()->badges();
    if (badges.isEmpty() || !badges.first().id)
        return false;
    window.openBadge(*badges.first().id);
    // An edit in progress, so the previews, counters and contrast show real content.
    auto *tooltip = window.editor()->findChild<QLineEdit *>(u"tooltipEdit"_s);
    tooltip->setFocus();
    tooltip->end(false);
    typeText(tooltip, u" — and keep chatting!"_s);
    QTest::qWait(50);
    bool ok = save(&window, out, u"main-window%1.png"_s.arg(suffix), err);
    ok = save(window.editor(), out, u"editor%1.png"_s.arg(suffix), err) && ok;
    ok = save(window.editor()->findChild<ChipPreview *>(), out, u"chip-preview%1.png"_s.arg(suffix),
              err)
        && ok;
    ok = save(window.editor()->findChild<WelcomeCardPreview *>(), out,
              u"welcome-preview%1.png"_s.arg(suffix), err)
        && ok;
    window.editor()->revert();
    return ok;
}

// Preferences with a language and a data folder picked but not yet in effect, so both "next
// start" notes show. Its settings and data live in a throw-away folder.
bool shootPreferences(const QDir &out, const QString &suffix, QTextStream &err)
{
    QTemporaryDir dir;
    const QByteArray dataDir = qgetenv("BADGEDESK_DATA_DIR");
    qunsetenv("BADGEDESK_DATA_DIR"); // set, it would decide the folder and disable the field
    AppPaths::setDataRootOverride(dir.filePath(u"data"_s));
    bool ok = false;
    {
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        settings.setDataFolder(dir.filePath(u"data"_s));
        PreferencesDialog dialog(&settings);
        dialog.setLanguageInUse(u"en"_s);
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        dialog.findChild<QLineEdit *>(u"dataFolderEdit"_s)
            ->setText(QDir::toNativeSeparators(dir.filePath(u"Badge Desk data"_s)));
        dialog.show();
        dialog.resize(dialog.sizeHint().expandedTo(QSize(640, 0)));
        QTest::qWait(50);
        ok = save(&dialog, out, u"preferences%1.png"_s.arg(suffix), err);
    }
    AppPaths::setDataRootOverride({});
    qputenv("BADGEDESK_DATA_DIR", dataDir);
    return ok;
}

// The dialogs a moderator and a first-time user meet, with realistic content.
bool shootDialogs(WatchersClient *client, const QList<Badge> &badges, const QDir &out,
                  QTextStream &err)
{
    Profile production;
    production.id = u"prod"_s;
    production.name = u"Acme Live"_s;
    production.color = QColor(0xe5, 0x39, 0x35);
    production.production = true;
    TokenInfo token;
    token.id = u"t1"_s;
    token.label = u"Release bot"_s;
    token.created = QDateTime::currentDateTimeUtc().addDays(-120);
    token.lastUsed = QDateTime::currentDateTimeUtc().addDays(-1);
    production.tokens = {token};
    production.activeTokenId = token.id;

    const QString ids = u"userId\n1001\n1002, 1003; 1002\n\"ext-42\"\nq83vEjZ8ZJw/1kH+zQ=="_s;
    bool ok = true;
    {
        AssignDialog dialog(client, production, {badges.first()});
        dialog.resize(720, 640);
        dialog.show();
        dialog.idEditor()->setText(ids);
        ok = QTest::qWaitFor([&dialog] { return !dialog.idEditor()->isParsing(); }, 5000) && ok;
        ok = save(&dialog, out, u"assign-dialog.png"_s, err) && ok;
    }
    {
        BanDialog dialog(client, production);
        dialog.resize(720, 600);
        dialog.show();
        dialog.idEditor()->setText(u"troll-17\nspam-bot-4"_s);
        ok = QTest::qWaitFor([&dialog] { return !dialog.idEditor()->isParsing(); }, 5000) && ok;
        ok = save(&dialog, out, u"ban-dialog.png"_s, err) && ok;
    }
    MemorySecretStore store;
    {
        TokenManagerDialog dialog(production, &store);
        dialog.resize(760, 480);
        dialog.show();
        QTest::qWait(50);
        ok = save(&dialog, out, u"token-manager.png"_s, err) && ok;
    }
    {
        WelcomeWidget welcome(&store);
        welcome.resize(760, 520);
        welcome.show();
        QTest::qWait(50);
        ok = save(&welcome, out, u"welcome.png"_s, err) && ok;
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppTranslations::install(&app);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
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
    // Drafts of the screenshot session go to a throw-away folder, never the user's.
    QTemporaryDir data;
    qputenv("BADGEDESK_DATA_DIR", data.path().toUtf8());

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

    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);
    bool ok = shoot(&client, out, QString(), err);
    ok = shootPreferences(out, QString(), err) && ok;
    QApplication::setPalette(darkPalette());
    ok = shoot(&client, out, u"-dark"_s, err) && ok;
    ok = shootPreferences(out, u"-dark"_s, err) && ok;
    QApplication::setPalette(light);
    std::optional<ApiResult<QList<Badge>>> listed;
    client.listBadges(nullptr, [&listed](const ApiResult<QList<Badge>> &r) { listed = r; });
    (void)QTest::qWaitFor([&listed] { return listed.has_value(); }, 10000);
    if (!listed || !listed->ok() || listed->value().isEmpty()) {
        err << "the badge list did not load for the dialogs\n";
        return 1;
    }
    ok = shootDialogs(&client, listed->value(), out, err) && ok;
    return ok ? 0 : 1;
}
