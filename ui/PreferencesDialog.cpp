#include "PreferencesDialog.h"

#include "AppPaths.h"
#include "AppSettings.h"
#include "AppTranslations.h"
#include "DataFolderMove.h"
#include "DialogService.h"
#include "Profile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString nativeLanguageName(const QString &code)
{
    for (const AppTranslations::Language &language : AppTranslations::available())
        if (language.code == code)
            return language.nativeName;
    return code;
}

QString systemLanguage()
{
    return AppTranslations::resolve(QString(), QLocale::system().uiLanguages());
}

QSpinBox *spinBox(QWidget *parent, const QString &name, int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_dialogs(new DialogService(this))
    , m_languageInUse(
          AppTranslations::resolve(settings->language(), QLocale::system().uiLanguages()))
    , m_folderFromEnvironment(!qEnvironmentVariableIsEmpty("BADGEDESK_DATA_DIR"))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    buildUi();
    load();
    // Wide enough for a typical path and the notes on one line each.
    setMinimumWidth(560);
}

void PreferencesDialog::setDialogService(DialogService *dialogs)
{
    m_dialogs = dialogs;
}

void PreferencesDialog::setLanguageInUse(const QString &code)
{
    m_languageInUse = code;
    updateNotes();
}

QLabel *PreferencesDialog::addRow(QFormLayout *form, const QString &label, QWidget *field,
                                  const QString &tip, QWidget *row)
{
    auto *caption = new QLabel(label, field->parentWidget());
    caption->setBuddy(field);
    caption->setToolTip(tip);
    field->setToolTip(tip);
    field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    form->addRow(caption, row ? row : field);
    return caption;
}

QWidget *PreferencesDialog::column(QWidget *parent, const QList<QWidget *> &widgets)
{
    // Notes go under their field, in the field's column, and take no room while hidden.
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    return box;
}

void PreferencesDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("General"), this);
    general->setObjectName(u"generalGroup"_s);
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default (%1)").arg(nativeLanguageName(systemLanguage())),
                        QString());
    for (const AppTranslations::Language &language : AppTranslations::available())
        m_language->addItem(language.nativeName, language.code);
    m_languageNote = new QLabel(general);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(true);
    addRow(generalForm, tr("&Language:"), m_language,
           tr("The language of Badge Desk's menus and messages. \"System default\" follows the "
              "languages chosen in your system settings. Takes effect the next time Badge "
              "Desk starts."),
           column(general, {m_language, m_languageNote}));
    layout->addWidget(general);

    auto *network = new QGroupBox(tr("Network"), this);
    network->setObjectName(u"networkGroup"_s);
    auto *networkForm = new QFormLayout(network);
    networkForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_transferTimeout =
        spinBox(network, u"transferTimeoutSpin"_s, AppSettings::MinTransferTimeoutSeconds,
                AppSettings::MaxTransferTimeoutSeconds, tr(" seconds"));
    addRow(networkForm, tr("&Transfer timeout:"), m_transferTimeout,
           tr("Give up on a request when no data has moved for this many seconds (%1 to %2). "
              "Requests that only read are then tried again; changes are never sent twice "
              "by themselves.")
               .arg(AppSettings::MinTransferTimeoutSeconds)
               .arg(AppSettings::MaxTransferTimeoutSeconds));
    m_deadline = spinBox(network, u"deadlineSpin"_s, AppSettings::MinDeadlineSeconds,
                         AppSettings::MaxDeadlineSeconds, tr(" seconds"));
    addRow(networkForm, tr("Overall &deadline:"), m_deadline,
           tr("The longest one request may take in all, retries included, in seconds (at least "
              "the transfer timeout, at most %1). Then it fails with a message.")
               .arg(AppSettings::MaxDeadlineSeconds));
    layout->addWidget(network);

    auto *jobs = new QGroupBox(tr("Bulk jobs"), this);
    jobs->setObjectName(u"jobsGroup"_s);
    auto *jobsForm = new QFormLayout(jobs);
    jobsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_batchSize = spinBox(jobs, u"batchSizeSpin"_s, AppSettings::MinBatchSize,
                          AppSettings::MaxBatchSize, QString());
    addRow(jobsForm, tr("&Batch size (IDs per call):"), m_batchSize,
           tr("How many user IDs go into one assign call (%1 to %2; the Watchers API asks for "
              "at most %2). Smaller batches show progress more often, larger ones need fewer "
              "calls. Used by jobs started from now on.")
               .arg(AppSettings::MinBatchSize)
               .arg(AppSettings::MaxBatchSize));
    m_concurrency = spinBox(jobs, u"concurrencySpin"_s, AppSettings::MinConcurrency,
                            AppSettings::MaxConcurrency, QString());
    addRow(jobsForm, tr("&Calls at the same time:"), m_concurrency,
           tr("How many calls a bulk job keeps going at once (%1 to %2). More is faster but "
              "meets the server's rate limits sooner; Badge Desk then waits as the server "
              "asks. Used by jobs started from now on.")
               .arg(AppSettings::MinConcurrency)
               .arg(AppSettings::MaxConcurrency));
    layout->addWidget(jobs);

    auto *security = new QGroupBox(tr("Security"), this);
    security->setObjectName(u"securityGroup"_s);
    auto *securityForm = new QFormLayout(security);
    securityForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_rotation =
        spinBox(security, u"rotationSpin"_s, 0, AppSettings::MaxTokenRotationDays, tr(" days"));
    m_rotation->setSpecialValueText(tr("never warn"));
    addRow(securityForm, tr("&Warn about tokens older than:"), m_rotation,
           tr("For profiles created from now on: warn when the bearer token in use is older "
              "than this many days, as a reminder to rotate it. 0 never warns. A profile's own "
              "value is changed in its token manager."));
    layout->addWidget(security);

    auto *storage = new QGroupBox(tr("Storage"), this);
    storage->setObjectName(u"storageGroup"_s);
    auto *storageForm = new QFormLayout(storage);
    m_folder = new QLineEdit(storage);
    m_folder->setObjectName(u"dataFolderEdit"_s);
    m_folder->setPlaceholderText(tr("Default: %1").arg(native(AppSettings::defaultDataFolder())));
    m_folder->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Br&owse…"), storage);
    m_browse->setObjectName(u"browseFolderButton"_s);
    m_browse->setToolTip(tr("Choose the folder in a file browser."));
    m_resetFolder = new QPushButton(tr("&Reset to default"), storage);
    m_resetFolder->setObjectName(u"resetFolderButton"_s);
    m_resetFolder->setToolTip(
        tr("Use the default folder: %1").arg(native(AppSettings::defaultDataFolder())));
    auto *folderRow = new QWidget(storage);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    folderLayout->addWidget(m_resetFolder);
    const QString folderTip =
        tr("Where drafts, job journals and moderation logs are kept. Empty means the default "
           "folder. Takes effect the next time Badge Desk starts; you are asked whether the "
           "existing data moves along.");
    auto *folderCaption = new QLabel(tr("Data &folder:"), storage);
    folderCaption->setBuddy(m_folder);
    folderCaption->setToolTip(folderTip);
    m_folder->setToolTip(folderTip);
    m_folder->setAccessibleName(tr("Data folder"));

    // Beside the field, where the eye is, and read out with it.
    m_folderProblem = new QWidget(storage);
    m_folderProblem->setObjectName(u"dataFolderProblem"_s);
    auto *problemLayout = new QHBoxLayout(m_folderProblem);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemIcon = new QLabel(m_folderProblem);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    problemIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_folderProblemText = new QLabel(m_folderProblem);
    m_folderProblemText->setObjectName(u"dataFolderProblemText"_s);
    m_folderProblemText->setWordWrap(true);
    QFont bold = m_folderProblemText->font();
    bold.setBold(true);
    m_folderProblemText->setFont(bold);
    problemLayout->addWidget(problemIcon, 0, Qt::AlignTop);
    problemLayout->addWidget(m_folderProblemText, 1);
    m_folderProblem->hide();

    m_folderInUse = new QLabel(storage);
    m_folderInUse->setObjectName(u"dataFolderInUse"_s);
    m_folderInUse->setWordWrap(true);
    m_folderInUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderNote = new QLabel(storage);
    m_folderNote->setObjectName(u"dataFolderNote"_s);
    m_folderNote->setWordWrap(true);
    storageForm->addRow(folderCaption,
                        column(storage, {folderRow, m_folderProblem, m_folderInUse, m_folderNote}));
    layout->addWidget(storage);

    layout->addStretch(); // extra height goes below the sections, not into one of them
    m_saveProblem = new QLabel(this);
    m_saveProblem->setObjectName(u"saveProblem"_s);
    m_saveProblem->setWordWrap(true);
    m_saveProblem->hide();
    layout->addWidget(m_saveProblem);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(u"preferencesButtons"_s);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Put every field back to its default. Nothing is saved before OK."));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotes);
    // The deadline covers whole calls, so it can never be shorter than one transfer.
    connect(m_transferTimeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_deadline->setMinimum(qMax(AppSettings::MinDeadlineSeconds, seconds));
    });
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        m_folderProblem->hide();
        updateNotes();
    });
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    connect(m_resetFolder, &QPushButton::clicked, m_folder, &QLineEdit::clear);

    if (m_folderFromEnvironment) {
        for (QWidget *w : {static_cast<QWidget *>(m_folder), static_cast<QWidget *>(m_browse),
                           static_cast<QWidget *>(m_resetFolder)})
            w->setEnabled(false);
    }
}

void PreferencesDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_transferTimeout->setValue(m_settings->transferTimeoutSeconds());
    m_deadline->setValue(m_settings->deadlineSeconds());
    m_batchSize->setValue(m_settings->batchSize());
    m_concurrency->setValue(m_settings->concurrency());
    m_rotation->setValue(m_settings->tokenRotationDays());
    m_loadedFolder = m_settings->dataFolder();
    m_folder->setText(native(m_loadedFolder));
    updateNotes();
}

void PreferencesDialog::restoreDefaults()
{
    m_language->setCurrentIndex(0);
    m_transferTimeout->setValue(AppSettings::DefaultTransferTimeoutSeconds);
    m_deadline->setValue(AppSettings::DefaultDeadlineSeconds);
    m_batchSize->setValue(AppSettings::DefaultBatchSize);
    m_concurrency->setValue(AppSettings::DefaultConcurrency);
    m_rotation->setValue(Profile::DefaultTokenRotationDays);
    if (!m_folderFromEnvironment)
        m_folder->clear();
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::chosenFolder() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

QString PreferencesDialog::chosenRoot() const
{
    const QString folder = chosenFolder();
    return folder.isEmpty() ? AppSettings::defaultDataFolder() : folder;
}

QString PreferencesDialog::currentRoot()
{
    return AppPaths::dataRoot();
}

void PreferencesDialog::updateNotes()
{
    const QString language =
        AppTranslations::resolve(chosenLanguage(), QLocale::system().uiLanguages());
    m_languageNote->setText(language == m_languageInUse
                                ? QString()
                                : tr("Badge Desk will speak %1 from the next time it starts.")
                                      .arg(nativeLanguageName(language)));
    m_languageNote->setVisible(!m_languageNote->text().isEmpty());

    m_folderInUse->setText(tr("In use now: %1").arg(native(currentRoot())));
    QString note;
    if (m_folderFromEnvironment) {
        note = tr("BADGEDESK_DATA_DIR is set, so it decides where data is kept in this "
                  "session.");
    } else if (!DataFolderMove::sameFolder(chosenRoot(), currentRoot())) {
        const AppSettings::PendingMove move = m_settings->pendingMove();
        note = chosenFolder() == m_loadedFolder && !move.isEmpty()
                && DataFolderMove::sameFolder(move.to, chosenRoot())
            ? tr("From the next start: %1. Your drafts, job journals and moderation logs will "
                 "be moved there then.")
                  .arg(native(chosenRoot()))
            : tr("From the next start: %1.").arg(native(chosenRoot()));
    }
    m_folderNote->setText(note);
    m_folderNote->setVisible(!note.isEmpty());
    growToFit();
}

void PreferencesDialog::growToFit()
{
    // A note or problem that appears must not be squeezed into the height the dialog had.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void PreferencesDialog::showFolderProblem(const QString &problem)
{
    m_folderProblemText->setText(problem);
    m_folderProblem->show();
    growToFit();
    m_folder->setAccessibleDescription(problem);
    m_folder->setFocus();
    m_folder->selectAll();
}

void PreferencesDialog::chooseFolder()
{
    // DialogService picks files only; a folder picker is opened the same way, never exec().
    auto *picker = new QFileDialog(this, tr("Choose the data folder"),
                                   chosenFolder().isEmpty() ? currentRoot() : chosenFolder());
    picker->setObjectName(u"dataFolderPicker"_s);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    connect(picker, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folder->setText(native(folder)); });
    picker->open();
}

void PreferencesDialog::accept()
{
    if (m_asking)
        return; // the question about moving the data is still open
    m_saveProblem->hide();
    if (m_folderFromEnvironment || chosenFolder() == m_loadedFolder) {
        commit();
        return;
    }
    const QString problem = DataFolderMove::problemWith(chosenFolder(), currentRoot());
    if (!problem.isEmpty()) {
        showFolderProblem(problem);
        return;
    }
    if (DataFolderMove::sameFolder(chosenRoot(), currentRoot())
        || !DataFolderMove::hasData(currentRoot())) {
        m_settings->setPendingMove({});
        commit();
        return;
    }
    m_asking = true;
    QPointer<PreferencesDialog> guard(this);
    m_dialogs->ask(
        this, tr("Move your data?"),
        tr("Your drafts, job journals and moderation logs are in %1.\n\nMove them to %2 the "
           "next time Badge Desk starts? Every file is copied and checked before the old one "
           "is removed.\n\nIf you leave them, they stay where they are and Badge Desk starts "
           "with an empty folder. Nothing is deleted.")
            .arg(native(currentRoot()), native(chosenRoot())),
        tr("Move them"), tr("Leave them"), [guard](DialogService::Choice choice) {
            if (!guard)
                return;
            guard->m_asking = false;
            if (choice == DialogService::Choice::Cancel)
                return;
            guard->m_settings->setPendingMove(
                choice == DialogService::Choice::Accept
                    ? AppSettings::PendingMove {currentRoot(), guard->chosenRoot()}
                    : AppSettings::PendingMove());
            guard->commit();
        });
}

void PreferencesDialog::commit()
{
    m_settings->setLanguage(chosenLanguage());
    m_settings->setTransferTimeoutSeconds(m_transferTimeout->value());
    m_settings->setDeadlineSeconds(m_deadline->value());
    m_settings->setBatchSize(m_batchSize->value());
    m_settings->setConcurrency(m_concurrency->value());
    m_settings->setTokenRotationDays(m_rotation->value());
    if (!m_folderFromEnvironment)
        m_settings->setDataFolder(chosenFolder());
    QString error;
    if (!m_settings->save(&error)) {
        m_saveProblem->setText(error);
        m_saveProblem->show();
        return;
    }
    m_loadedFolder = chosenFolder();
    emit preferencesSaved();
    QDialog::accept();
}
