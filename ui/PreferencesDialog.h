#pragma once

#include <QDialog>
#include <QPointer>

class AppSettings;
class DialogService;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Preferences (issue 6): language, request timeouts, bulk batch size and concurrency, the
// token rotation age for new profiles, and where drafts and journals live. Nothing is written
// before OK. The language and the data folder take effect at the next start, and the dialog
// says so rather than pretending they switched; existing data is moved then, if the user
// agrees, by DataFolderMove.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings *settings, QWidget *parent = nullptr);

    // Questions go through this; tests install a scripted one.
    void setDialogService(DialogService *dialogs);
    // The language this session speaks (AppTranslations::install's answer).
    void setLanguageInUse(const QString &code);

public slots:
    void accept() override;
    void restoreDefaults(); // the form only; OK writes them

signals:
    void preferencesSaved();

private:
    void buildUi();
    void load();
    void commit();
    void chooseFolder();
    void updateNotes();
    void showFolderProblem(const QString &problem);
    void growToFit();
    QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &tip,
                   QWidget *row = nullptr);
    static QWidget *column(QWidget *parent, const QList<QWidget *> &widgets);
    QString chosenLanguage() const;
    QString chosenFolder() const; // cleaned; empty = the default
    QString chosenRoot() const; // the folder the data will be in
    static QString currentRoot(); // the folder the data is in now

    AppSettings *m_settings;
    QPointer<DialogService> m_dialogs;
    QString m_languageInUse;
    QString m_loadedFolder;
    bool m_folderFromEnvironment;
    bool m_asking = false;

    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QSpinBox *m_transferTimeout = nullptr;
    QSpinBox *m_deadline = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_rotation = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_resetFolder = nullptr;
    QLabel *m_folderInUse = nullptr;
    QLabel *m_folderNote = nullptr;
    QWidget *m_folderProblem = nullptr;
    QLabel *m_folderProblemText = nullptr;
    QLabel *m_saveProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
