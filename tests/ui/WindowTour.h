#pragma once

#include "Badge.h"
#include "Profile.h"
#include "ProfilesTestPrompter.h"

#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class AppController;
class MainWindow;
class MemorySecretStore;
class QWidget;
class SandboxServer;

// Opens every window and dialog of Badge Desk the way a user does — through the menus of the
// real main window that AppController builds — against an in-process sandbox with demo data,
// on a production profile (so the production warnings show) with a token that is a readable
// JWT, and in states that show the most text: a badge open with an edit that breaks it, bulk
// jobs run to the end, the moderation log with an entry, the request log with a request open.
// Every file it writes goes to a throw-away folder.
class WindowTour
{
public:
    using Visit = std::function<void(const QString &name, QWidget *window)>;

    WindowTour();
    ~WindowTour();

    // Starts the sandbox and the app and waits for the badge list. False with *error set.
    bool start(QString *error);
    // Opens each window in turn, calls `visit` while it is shown and settled, closes it.
    // False with *error set when a window did not open.
    bool run(const Visit &visit, QString *error);

    // What is shown as it is, not translated: the profile, token and sandbox data, and the IDs
    // and rooms the tour types.
    QStringList dataShown() const;
    AppController *app() const { return m_app.get(); }
    MainWindow *mainWindow() const;
    const Profile &profile() const { return m_profile; }

private:
    QWidget *waitForNewWindow(const QSet<QWidget *> &before, const char *className) const;
    QWidget *openedBy(const std::function<void()> &trigger, const char *className) const;
    void close(QWidget *window) const;
    bool runBulkJob(QWidget *widget, const QString &ids, QString *error) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<AppController> m_app;
    ProfilesTestPrompter m_prompter;
    Profile m_profile;
    QString m_token;
    QList<Badge> m_badges;
};
