#include "GrantModeratorDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GrantModeratorDialog::GrantModeratorDialog(WatchersClient *client, const Profile &profile,
                                           QWidget *parent)
    : BulkDialogBase(client, profile, parent)
    , m_room(new QLineEdit(this))
{
    setWindowTitle(tr("Grant moderator role — %1").arg(profile.name));
    m_room->setObjectName(u"moderatorRoom"_s);
    m_room->setAccessibleName(tr("Room ID"));
    m_room->setPlaceholderText(tr("The room must already exist"));
    auto *noRevoke = new QLabel(
        tr("ℹ The API can grant the role but cannot take it back. To revoke it, open the user's "
           "avatar menu in the Watchers admin panel."),
        this);
    noRevoke->setObjectName(u"noRevokeNote"_s);
    noRevoke->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Roo&m:"), m_room); // Alt+R is the job panel's Resume
    parametersLayout()->addLayout(form);
    parametersLayout()->addWidget(noRevoke);
    connect(m_room, &QLineEdit::textChanged, this, &GrantModeratorDialog::updateStartEnabled);
}

std::optional<JobAction> GrantModeratorDialog::action(QString *problem) const
{
    JobAction act;
    act.kind = JobAction::Kind::GrantModerator;
    act.roomId = m_room->text().trimmed();
    if (act.roomId.isEmpty()) {
        *problem = tr("Enter the room ID.");
        return std::nullopt;
    }
    return act;
}
