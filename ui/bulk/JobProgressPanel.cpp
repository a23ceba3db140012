#include "JobProgressPanel.h"

#include "DialogService.h"
#include "JobResultsModel.h"
#include "JobRunner.h"
#include "StatusColors.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

JobProgressPanel::JobProgressPanel(DialogService *prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("Cancel &job"), this))
    , m_retryFailed(new QPushButton(tr("Retry &failed only"), this))
    , m_export(new QPushButton(tr("&Export results…"), this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new JobResultsModel(this))
{
    const std::pair<QWidget *, QString> named[] = {{m_progress, u"jobProgress"_s},
                                                   {m_status, u"jobStatus"_s},
                                                   {m_problem, u"jobProblem"_s},
                                                   {m_pause, u"pauseJob"_s},
                                                   {m_resume, u"resumeJob"_s},
                                                   {m_cancel, u"cancelJob"_s},
                                                   {m_retryFailed, u"retryFailed"_s},
                                                   {m_export, u"exportResults"_s},
                                                   {m_filter, u"resultFilter"_s},
                                                   {m_search, u"resultSearch"_s},
                                                   {m_table, u"results"_s}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(name);
    m_progress->setAccessibleName(tr("Job progress"));
    m_filter->setAccessibleName(tr("Show results"));
    m_search->setAccessibleName(tr("Search results"));
    m_search->setPlaceholderText(tr("Search ID or reason"));
    m_search->setClearButtonEnabled(true);
    m_table->setAccessibleName(tr("Results per user ID"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        u"QLabel { %1 }"_s.arg(StatusColors::styleSheet(StatusColors::Status::Problem, m_problem)));
    m_problem->hide();
    m_filter->addItem(tr("All"), int(JobResults::Filter::All));
    m_filter->addItem(tr("Done"), int(JobResults::Filter::Done));
    m_filter->addItem(tr("Failed"), int(JobResults::Filter::Failed));
    m_filter->addItem(tr("Skipped"), int(JobResults::Filter::Skipped));
    m_filter->addItem(tr("Pending"), int(JobResults::Filter::Pending));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setColumnWidth(JobResultsModel::UserId, 180);

    auto *controls = new QHBoxLayout;
    for (QPushButton *b : {m_pause, m_resume, m_cancel, m_retryFailed})
        controls->addWidget(b);
    controls->addStretch();
    controls->addWidget(m_export);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_filter);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addLayout(controls);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, m_model, &JobResultsModel::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &JobProgressPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &JobProgressPanel::applyFilter);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->pause();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->start();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_retryFailed, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->retryFailed();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!m_prompts || !m_runner)
            return;
        m_prompts->chooseSaveFile(this, tr("Export results"), m_runner->job().id + u".csv"_s,
                                  tr("CSV files (*.csv)"), [this](const QString &path) {
                                      if (!path.isEmpty())
                                          exportTo(path);
                                  });
    });
    updateView();
}

void JobProgressPanel::setRunner(JobRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    m_model->setJob(runner ? &runner->job() : nullptr);
    if (runner) {
        connect(runner, &JobRunner::progressed, this, [this] {
            updateView();
            if (!m_refresh.isActive())
                m_refresh.start();
        });
        connect(runner, &JobRunner::stateChanged, this, [this] {
            updateView();
            m_model->refresh();
        });
    }
    updateView();
}

void JobProgressPanel::applyFilter()
{
    m_model->setFilter(JobResults::Filter(m_filter->currentData().toInt()),
                       m_search->text().trimmed());
}

QString JobProgressPanel::statusText() const
{
    return m_status->text();
}

void JobProgressPanel::updateView()
{
    const bool have = m_runner;
    const JobState state = have ? m_runner->state() : JobState::Ready;
    const Job::Counts c = have ? m_runner->job().counts() : Job::Counts {};
    const qsizetype sendable = c.toSend();
    m_progress->setRange(0, int(qMax<qsizetype>(1, sendable)));
    m_progress->setValue(int(c.done + c.failed));
    QString text = tr("%1 of %2 done · %3 failed · %4 skipped")
                       .arg(c.done)
                       .arg(sendable)
                       .arg(c.failed)
                       .arg(c.skipped);
    if (have && state == JobState::Running) {
        const double rate = m_runner->idsPerSecond();
        if (rate > 0)
            text += tr(" · %1 IDs/s").arg(rate, 0, 'f', rate < 10 ? 1 : 0);
        if (const auto eta = m_runner->etaSeconds())
            text += tr(" · about %1 left")
                        .arg(*eta >= 60 ? tr("%n min", nullptr, int((*eta + 59) / 60))
                                        : tr("%n s", nullptr, int(*eta)));
    }
    if (have)
        text = JobStateInfo::displayName(state) + u" — "_s + text;
    m_status->setText(text);
    const QString reason = have ? m_runner->job().stateReason : QString();
    m_problem->setText(reason);
    m_problem->setVisible(have && state == JobState::Paused && !reason.isEmpty());
    m_pause->setEnabled(have && state == JobState::Running);
    m_resume->setEnabled(
        have
        && (state == JobState::Paused || state == JobState::Cancelled || state == JobState::Ready)
        && c.pending > 0);
    m_cancel->setEnabled(have && (state == JobState::Running || state == JobState::Paused));
    m_retryFailed->setEnabled(have && state != JobState::Running && c.failed > 0);
    m_export->setEnabled(have);
}

void JobProgressPanel::exportTo(const QString &path)
{
    QFile file(path);
    if (!m_runner || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !JobResults::writeCsv(m_runner->job(), &file,
                                 JobResults::Filter(m_filter->currentData().toInt()))) {
        if (m_prompts)
            m_prompts->inform(this, tr("Export results"), tr("Could not write %1.").arg(path));
    }
}
