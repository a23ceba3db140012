#pragma once

#include "Badge.h"
#include "BulkDialogBase.h"

#include <QList>

class QComboBox;
class QLabel;

// "Assign to users…": a badge (chip, holders, the welcome message every new holder sees) and a
// list of user IDs, sent in batches as a resumable job.
class AssignDialog : public BulkDialogBase
{
    Q_OBJECT

public:
    AssignDialog(WatchersClient *client, const Profile &profile, const QList<Badge> &badges,
                 QWidget *parent = nullptr);

    Badge currentBadge() const;

protected:
    std::optional<JobAction> action(QString *problem) const override;

private:
    void showBadge();

    QList<Badge> m_badges;
    QComboBox *m_badgePicker;
    QLabel *m_chip;
    QLabel *m_holders;
    QLabel *m_welcome;
};
