#pragma once

#include "JobAction.h"
#include "JobOptions.h"
#include "Profile.h"

#include <QDialog>
#include <QPointer>

class DialogService;
class IdListEditor;
class JobProgressPanel;
class JobRunner;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
#include "WatchersClient.h"

// What the assign, ban/unban and moderator dialogs share: the ID list, the dry run, typed
// confirmation on production profiles, and the job with its progress and results. Subclasses
// add their parameters above the list and say which action to run.
class BulkDialogBase : public QDialog
{
    Q_OBJECT

public:
    BulkDialogBase(WatchersClient *client, const Profile &profile, QWidget *parent = nullptr);
    ~BulkDialogBase() override;

    void setPrompts(DialogService *prompts);
    void setJobOptions(const JobOptions &options) { m_options = options; }
    IdListEditor *idEditor() const { return m_ids; }
    const Profile &profile() const { return m_profile; }
    JobRunner *runner() const { return m_runner; }
    JobProgressPanel *progressPanel() const { return m_panel; }
    QString dryRunText() const;

public slots:
    void dryRun();
    bool startJob(); // false (with the reason shown) when something is missing

signals:
    void jobStarted(const QString &jobId);

protected:
    void showEvent(QShowEvent *event) override;
    // Adds the action's own fields; called once by the subclass constructor.
    QVBoxLayout *parametersLayout() const { return m_parameters; }
    // nullopt with *problem set when a field is missing or wrong.
    virtual std::optional<JobAction> action(QString *problem) const = 0;
    QString confirmationWord() const; // the profile's name
    void updateStartEnabled();
    void showProblem(const QString &problem);
    void showMessage(const QString &text);

    QPointer<WatchersClient> m_client;
    Profile m_profile;

private:
    QPointer<DialogService> m_prompts;
    JobOptions m_options;
    QVBoxLayout *m_parameters;
    IdListEditor *m_ids;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_message;
    bool m_messageIsProblem = false;
    QPushButton *m_dryRun;
    QPushButton *m_start;
    JobProgressPanel *m_panel;
    JobRunner *m_runner = nullptr;
    bool m_tabOrderSet = false;
};
