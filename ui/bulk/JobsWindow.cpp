#include "JobsWindow.h"

#include "DialogService.h"
#include "JobJournal.h"
#include "JobProgressPanel.h"
#include "JobRunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

JobsWindow::JobsWindow(WatchersClient *client, const Profile &profile, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_profile(profile)
    , m_table(new QTableWidget(this))
    // The job panel below has its own Alt+R (Resume) and Alt+F (Retry failed only).
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_refresh(new QPushButton(tr("Refres&h"), this))
    , m_panel(new JobProgressPanel(new DialogService(this), this))
{
    setWindowTitle(tr("Jobs — %1").arg(profile.name));
    m_table->setObjectName(u"jobsTable"_s);
    m_table->setAccessibleName(tr("Jobs"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("Action"), tr("State"), tr("Progress")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_resume->setObjectName(u"resumeSelectedJob"_s);
    m_refresh->setObjectName(u"refreshJobs"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_panel, 2);
    connect(m_refresh, &QPushButton::clicked, this, &JobsWindow::reload);
    connect(m_resume, &QPushButton::clicked, this,
            [this] { openJob(m_table->currentRow(), true); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { openJob(row, false); });
    resize(760, 560);
    reload();
}

void JobsWindow::reload()
{
    const auto jobs = JobJournal::list(m_profile.id);
    m_table->setRowCount(0);
    m_unfinished = 0;
    for (const auto &s : jobs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool unfinished = s.resumable() && s.counts.pending > 0;
        m_unfinished += unfinished ? 1 : 0;
        const QStringList cells {s.jobId, s.action.displayName(),
                                 JobStateInfo::displayName(s.state)
                                     + (unfinished ? tr(" — can be resumed") : QString()),
                                 tr("%1 done, %2 failed, %3 pending")
                                     .arg(s.counts.done)
                                     .arg(s.counts.failed)
                                     .arg(s.counts.pending)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, s.path);
            m_table->setItem(row, c, item);
        }
    }
}

int JobsWindow::jobCount() const
{
    return m_table->rowCount();
}

int JobsWindow::unfinishedCount() const
{
    return m_unfinished;
}

void JobsWindow::openJob(int row, bool resume)
{
    if (row < 0 || row >= m_table->rowCount() || !m_client)
        return;
    if (m_runner && m_runner->state() == JobState::Running)
        return; // one job at a time in this window
    delete m_runner;
    m_runner = new JobRunner(m_client, this);
    m_runner->setOptions(m_options);
    m_runner->setProfileName(m_profile.name);
    if (!m_runner->open(m_table->item(row, 0)->data(Qt::UserRole).toString())) {
        delete m_runner;
        m_runner = nullptr;
        return;
    }
    m_panel->setRunner(m_runner);
    connect(m_runner, &JobRunner::settled, this, &JobsWindow::reload);
    if (resume)
        m_runner->start();
}
