#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class DialogService;
class JobResultsModel;
#include "JobRunner.h"
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

// A running (or finished) job: progress with count, rate and ETA; pause, resume, cancel,
// retry failed only; the per-ID results with a filter; export as CSV. Shared by the assign,
// ban and moderator dialogs and the jobs window.
class JobProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgressPanel(DialogService *prompts, QWidget *parent = nullptr);

    void setRunner(JobRunner *runner); // not owned
    JobRunner *runner() const { return m_runner; }
    QString statusText() const;
    void exportTo(const QString &path);

private:
    void updateView();
    void applyFilter();

    QPointer<DialogService> m_prompts;
    QPointer<JobRunner> m_runner;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_problem;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retryFailed;
    QPushButton *m_export;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    JobResultsModel *m_model;
    QTimer m_refresh; // results table refresh, coalesced
};
