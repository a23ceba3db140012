#include "BulkActions.h"

#include "AssignDialog.h"
#include "BanDialog.h"
#include "GrantModeratorDialog.h"
#include "IdListEditor.h"
#include "JobsWindow.h"
#include "ModerationLogWindow.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

BulkActions::BulkActions(QObject *parent)
    : QObject(parent)
{ }

void BulkActions::install(QMenu *toolsMenu, QWidget *parentWindow)
{
    m_parent = parentWindow;
    auto add = [this, toolsMenu](const QString &text, const QString &name, const QKeySequence &keys,
                                 void (BulkActions::*slot)()) {
        auto *action = new QAction(text, toolsMenu);
        action->setObjectName(name);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        toolsMenu->addAction(action);
        m_actions.append(action);
    };
    toolsMenu->addSeparator();
    add(tr("&Ban / unban users…"), u"actionBanUsers"_s, QKeySequence(u"Ctrl+Shift+B"_s),
        &BulkActions::openBanDialog);
    add(tr("Grant &moderator…"), u"actionGrantModerator"_s, QKeySequence(u"Ctrl+Shift+M"_s),
        &BulkActions::openGrantModeratorDialog);
    add(tr("Moderation &log"), u"actionModerationLog"_s, QKeySequence(u"Ctrl+Shift+L"_s),
        &BulkActions::openModerationLog);
    add(tr("&Jobs"), u"actionJobs"_s, QKeySequence(u"Ctrl+Shift+J"_s), &BulkActions::openJobs);
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(m_client);
}

void BulkActions::setContext(WatchersClient *client, const Profile &profile)
{
    m_client = client;
    m_profile = profile;
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(client);
}

void BulkActions::assign(const QList<Badge> &badges)
{
    if (!m_client || badges.isEmpty())
        return;
    auto *dialog = new AssignDialog(m_client, m_profile, badges, m_parent);
    dialog->show();
}

void BulkActions::openBanDialog()
{
    if (!m_client)
        return;
    (new BanDialog(m_client, m_profile, BanDialog::Mode::Ban, m_parent))->show();
}

void BulkActions::openGrantModeratorDialog()
{
    if (!m_client)
        return;
    (new GrantModeratorDialog(m_client, m_profile, m_parent))->show();
}

void BulkActions::openModerationLog()
{
    auto *window = new ModerationLogWindow(m_profile, m_parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ModerationLogWindow::undoRequested, this, &BulkActions::undo);
    window->show();
}

void BulkActions::openJobs()
{
    if (!m_client)
        return;
    auto *window = new JobsWindow(m_client, m_profile, m_parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void BulkActions::undo(const JobAction &inverse, const QStringList &userIds)
{
    if (!m_client)
        return;
    if (inverse.kind == JobAction::Kind::Unban) {
        auto *dialog = new BanDialog(m_client, m_profile, BanDialog::Mode::Unban, m_parent);
        dialog->prefill(inverse, userIds);
        dialog->show();
    } else if (inverse.kind == JobAction::Kind::Unassign) {
        // The log knows the badge by id and label only; the dialog shows what it has.
        Badge badge;
        badge.id = inverse.badgeId;
        badge.text = inverse.badgeText;
        auto *dialog = new AssignDialog(m_client, m_profile, {badge}, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setMode(AssignDialog::Mode::Unassign);
        dialog->idEditor()->setText(userIds.join(u'\n'));
        dialog->show();
    }
}
