#pragma once

#include "BulkDialogBase.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

// Ban or unban one user or a list: IN_APP or IN_ROOM (room required), a reason from the
// documented list, an expiry preset or a date and time (sent as UTC, and the dialog says so),
// a note. The nickname reason takes no expiry. An unban repeats the scope of the ban.
class BanDialog : public BulkDialogBase
{
    Q_OBJECT

public:
    enum class Mode { Ban, Unban };

    BanDialog(WatchersClient *client, const Profile &profile, Mode mode = Mode::Ban,
              QWidget *parent = nullptr);

    void setMode(Mode mode);
    // Pre-fills an unban of an earlier ban (undo from the moderation log).
    void prefill(const JobAction &action, const QStringList &userIds);

protected:
    std::optional<JobAction> action(QString *problem) const override;

private:
    void updateFields();
    std::optional<QDateTime> expiryUtc() const;

    QRadioButton *m_ban;
    QRadioButton *m_unban;
    QComboBox *m_type;
    QLineEdit *m_room;
    QComboBox *m_reason;
    QComboBox *m_expiry;
    QDateTimeEdit *m_until;
    QLabel *m_zoneNote;
    QLineEdit *m_description;
};
