#include "BulkDialogBase.h"

#include "DialogService.h"
#include "FocusOrder.h"
#include "IdListEditor.h"
#include "JobProgressPanel.h"
#include "JobRunner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BulkDialogBase::BulkDialogBase(WatchersClient *client, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_profile(profile)
    , m_prompts(new DialogService(this))
    , m_parameters(new QVBoxLayout)
    , m_ids(new IdListEditor(m_prompts, this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_dryRun(new QPushButton(tr("&Dry run"), this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_panel(new JobProgressPanel(m_prompts, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_ids->setObjectName(u"idEditor"_s);
    m_confirm->setObjectName(u"typedConfirmation"_s);
    m_confirm->setAccessibleName(tr("Typed confirmation"));
    m_message->setObjectName(u"dialogMessage"_s);
    m_message->setWordWrap(true);
    m_dryRun->setObjectName(u"dryRun"_s);
    m_start->setObjectName(u"startJob"_s);
    m_start->setDefault(true);
    m_panel->hide();

    const bool production = m_profile.production;
    m_confirmLabel->setText(tr("<b>%1 is a production profile.</b> Type <b>%2</b> to confirm.")
                                .arg(m_profile.name.toHtmlEscaped(), confirmationWord()));
    m_confirmLabel->setVisible(production);
    m_confirm->setVisible(production);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_parameters);
    layout->addWidget(m_ids, 1);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    layout->addWidget(m_panel, 2);

    connect(m_ids, &IdListEditor::parsed, this, &BulkDialogBase::updateStartEnabled);
    connect(m_confirm, &QLineEdit::textChanged, this, &BulkDialogBase::updateStartEnabled);
    connect(m_dryRun, &QPushButton::clicked, this, &BulkDialogBase::dryRun);
    connect(m_start, &QPushButton::clicked, this, &BulkDialogBase::startJob);
    resize(680, 620);
    updateStartEnabled();
}

BulkDialogBase::~BulkDialogBase() = default;

void BulkDialogBase::showEvent(QShowEvent *event)
{
    // The subclass's fields were made after the base's list and buttons; Tab should still go
    // top to bottom, as the dialog reads.
    if (!m_tabOrderSet) {
        m_tabOrderSet = true;
        FocusOrder::followLayout(this);
    }
    QDialog::showEvent(event);
}

void BulkDialogBase::setPrompts(DialogService *prompts)
{
    m_prompts = prompts;
    // The editor and panel keep the default ones; tests drive files through loadFile/exportTo.
}

QString BulkDialogBase::confirmationWord() const
{
    return m_profile.name;
}

void BulkDialogBase::updateStartEnabled()
{
    const bool confirmed =
        !m_profile.production || m_confirm->text().trimmed() == confirmationWord();
    const bool haveIds = !m_ids->isParsing() && !m_ids->list().ids.isEmpty();
    const bool idle = !m_runner;
    m_start->setEnabled(idle && haveIds && confirmed);
    m_dryRun->setEnabled(haveIds);
    // A problem shown earlier must not outlive its fix ("enter a room" after the room is typed).
    if (idle && m_messageIsProblem) {
        QString problem;
        if (action(&problem))
            showMessage({});
        else
            showProblem(problem);
    }
}

void BulkDialogBase::showProblem(const QString &problem)
{
    m_message->setText(problem);
    m_messageIsProblem = true;
}

void BulkDialogBase::showMessage(const QString &text)
{
    m_message->setText(text);
    m_messageIsProblem = false;
}

QString BulkDialogBase::dryRunText() const
{
    return m_message->text();
}

void BulkDialogBase::dryRun()
{
    QString problem;
    const auto act = action(&problem);
    if (!act) {
        showProblem(problem);
        return;
    }
    const UserIdList list = m_ids->list();
    const qsizetype n = list.ids.size();
    const int batch = act->isBatched() ? m_options.batchSize : 1;
    const qsizetype calls = (n + batch - 1) / batch;
    showMessage(tr("Dry run: %1 — %n user(s), ", nullptr, int(n)).arg(act->displayName())
                + tr("%n call(s). Nothing was sent.", nullptr, int(calls)));
}

bool BulkDialogBase::startJob()
{
    QString problem;
    const auto act = action(&problem);
    if (!act) {
        showProblem(problem);
        return false;
    }
    const ValidationResult check = act->validate(QDateTime::currentDateTimeUtc());
    if (!check.ok()) {
        showProblem(check.errors().first().message);
        return false;
    }
    if (m_profile.production && m_confirm->text().trimmed() != confirmationWord()) {
        showProblem(tr("Type %1 to confirm first.").arg(confirmationWord()));
        return false;
    }
    const UserIdList list = m_ids->list();
    if (list.ids.isEmpty() || !m_client) {
        showProblem(tr("Add at least one user ID."));
        return false;
    }
    m_runner = new JobRunner(m_client, this);
    m_runner->setOptions(m_options);
    m_runner->setProfileName(m_profile.name);
    QString error;
    if (!m_runner->create(Job::create(m_profile.id, *act, list, m_options.batchSize), &error)) {
        showProblem(error);
        delete m_runner;
        m_runner = nullptr;
        return false;
    }
    showMessage(tr("Job %1 started. You can close this window; the job is saved and "
                   "can be resumed from Tools → Jobs.")
                    .arg(m_runner->job().id));
    m_panel->setRunner(m_runner);
    m_panel->show();
    m_ids->setEnabled(false);
    updateStartEnabled();
    m_runner->start();
    emit jobStarted(m_runner->job().id);
    return true;
}
