#pragma once

#include "Badge.h"
#include "JobAction.h"
#include "Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;
#include "WatchersClient.h"

// The bulk features as menu actions (Ban/unban…, Grant moderator…, Moderation log, Jobs) and
// the assign entry point, for whoever owns the main window. Independent of MainWindow.
class BulkActions : public QObject
{
    Q_OBJECT

public:
    explicit BulkActions(QObject *parent = nullptr);

    void install(QMenu *toolsMenu, QWidget *parentWindow);
    void setContext(WatchersClient *client, const Profile &profile);
    QList<QAction *> actions() const { return m_actions; }

public slots:
    void assign(const QList<Badge> &badges);
    void openBanDialog();
    void openGrantModeratorDialog();
    void openModerationLog();
    void openJobs();
    void undo(const JobAction &inverse, const QStringList &userIds);

private:
    QPointer<WatchersClient> m_client;
    Profile m_profile;
    QPointer<QWidget> m_parent;
    QList<QAction *> m_actions;
};
