#pragma once

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

private:
    QPointer<WatchersClient> m_client;
    Profile m_profile;
    QTableWidget *m_table;
    QPushButton *m_resume;
    QPushButton *m_refresh;
    JobProgressPanel *m_panel;
    JobRunner *m_runner = nullptr;
    int m_unfinished = 0;
};
