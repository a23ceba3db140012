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
    // Unassign takes the badge away again (the undo of an assignment, where supported).
    enum class Mode { Assign, Unassign };

    AssignDialog(WatchersClient *client, const Profile &profile, const QList<Badge> &badges,
                 QWidget *parent = nullptr);

    Badge currentBadge() const;
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

protected:
    std::optional<JobAction> action(QString *problem) const override;

private:
    void showBadge();

    QList<Badge> m_badges;
    QComboBox *m_badgePicker;
    QLabel *m_chip;
    QLabel *m_holders;
    QLabel *m_welcome;
    Mode m_mode = Mode::Assign;
};
