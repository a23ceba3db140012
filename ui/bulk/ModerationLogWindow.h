#pragma once

#include "ModerationLogEntry.h"
#include "Profile.h"

#include <QWidget>

class DialogService;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The team's record of moderation (the API cannot list bans): search, filter by action,
// export as CSV, and undo an entry (unban what was banned; un-assign where supported).
class ModerationLogWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ModerationLogWindow(const Profile &profile, QWidget *parent = nullptr);

    void reload();
    int visibleRows() const;
    void exportTo(const QString &path) const;

signals:
    // The caller opens the matching dialog, pre-filled (BulkActions does).
    void undoRequested(const JobAction &inverse, const QStringList &userIds);

private:
    void applyFilter();

    Profile m_profile;
    DialogService *m_prompts;
    QList<ModerationLogEntry> m_entries;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QTableWidget *m_table;
    QPushButton *m_undo;
    QPushButton *m_export;
};
