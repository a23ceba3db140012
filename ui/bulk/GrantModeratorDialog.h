#pragma once

#include "BulkDialogBase.h"

class QLineEdit;

// The moderator role in one room for one user or a list. The API has no revoke, and the
// dialog says so where a user would look for it.
class GrantModeratorDialog : public BulkDialogBase
{
    Q_OBJECT

public:
    GrantModeratorDialog(WatchersClient *client, const Profile &profile, QWidget *parent = nullptr);

protected:
    std::optional<JobAction> action(QString *problem) const override;

private:
    QLineEdit *m_room;
};
