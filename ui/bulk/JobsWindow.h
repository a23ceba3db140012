#pragma once

#include "JobOptions.h"
#include "Profile.h"

#include <QPointer>
#include <QWidget>

class DialogService;
class JobProgressPanel;
class JobRunner;
class QTableWidget;
class QPushButton;
#include "WatchersClient.h"

// This profile's jobs from their journals, newest first; unfinished ones can be resumed (only
// what was not confirmed is sent) and any can be opened to see and export its results.
class JobsWindow : public QWidget
{
    Q_OBJECT

public:
    JobsWindow(WatchersClient *client, const Profile &profile, QWidget *parent = nullptr);

    void reload();
    int jobCount() const;
    int unfinishedCount() const;
    void openJob(int row, bool resume);
    // How hard a resumed job may push the server (Preferences → Bulk jobs); a job keeps the
    // batch size it was started with, which its journal records.
    void setJobOptions(const JobOptions &options) { m_options = options; }
    const JobOptions &jobOptions() const { return m_options; }

private:
    QPointer<WatchersClient> m_client;
    Profile m_profile;
    QTableWidget *m_table;
    QPushButton *m_resume;
    QPushButton *m_refresh;
    JobProgressPanel *m_panel;
    JobRunner *m_runner = nullptr;
    JobOptions m_options;
    int m_unfinished = 0;
};
