#pragma once

#include "ApiError.h"
#include "Badge.h"
#include "DraftStore.h"
#include "Profile.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <optional>

class BadgeEditor;
class BadgeTableModel;
class DialogService;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class WatchersClient;

// The badge workspace: the profile switcher, the badge list (chip column, instant filter,
// sort, multi-select) and the editor beside it. Everything that talks to the server is
// asynchronous; a failed request keeps what is shown and says what to do.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(WatchersClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setProfiles(const QList<Profile> &profiles);
    void setCurrentProfile(const Profile &profile);
    const Profile &currentProfile() const { return m_profile; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

    BadgeTableModel *badgeModel() const { return m_model; }
    BadgeEditor *editor() const { return m_editor; }
    // Questions and file pickers go through this; tests install a scripted one.
    void setDialogService(DialogService *dialogs);
    DialogService *dialogService() const { return m_dialogs; }

    QList<Badge> selectedBadges() const;
    // Selects the badge in the list and opens it in the editor (asking first about unsaved
    // edits of another badge).
    void openBadge(qint64 id);
    // Creates copies of `badges` through `target` (another profile's client); the result is
    // reported in the status bar and with copyFinished().
    void copyBadgesTo(WatchersClient *target, const QString &targetName,
                      const QList<Badge> &badges);

public slots:
    void refresh();
    void newBadge();
    void duplicateSelected();
    void deleteSelected();
    void saveCurrent();
    void exportBadges();
    void importBadges();
    void copySelectedAsCurl();
    void restoreNewestDraft();
    void showShortcuts(); // Help → Keyboard shortcuts, built from the actions themselves
    void showAbout();

signals:
    void profileSwitchRequested(const QString &profileId);
    void manageProfilesRequested();
    void assignRequested(const QList<Badge> &badges);
    // "Copy to profile" picked: the controller resolves that profile's credentials and calls
    // copyBadgesTo() with a client for it.
    void copyToProfileRequested(const QList<Badge> &badges, const QString &profileId);
    void badgesLoaded(int count);
    void loadFailed(const ApiError &error);
    void badgeSaved(const Badge &badge);
    void saveFailed(const ApiError &error);
    void badgesDeleted(const QList<qint64> &ids);
    void importFinished(int created, int failed);
    void copyFinished(int created, int failed);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildCentral();
    void updateActions();
    void updateProfileChrome();
    void updateStatus();
    void showError(const QString &what, const ApiError &error);
    void hideError();
    void setConnectionState(const QString &text);
    void onSelectionChanged();
    // Runs `proceed` once unsaved edits are saved, discarded, or there are none; nothing when
    // the user cancels.
    void confirmLeavingEdits(const QString &why, std::function<void()> proceed);
    void startEditingBadge(const Badge &badge);
    void offerDraftFor(const Badge &badge);
    void updateDraftBanner();
    void patchBadge(const Badge &badge);
    void reselect(std::optional<qint64> id);
    void createSequentially(QList<Badge> badges, WatchersClient *client, int created, int failed,
                            std::function<void(int, int)> done);
    void deleteSequentially(QList<Badge> badges, QList<qint64> deleted, QStringList failures);

    WatchersClient *m_client;
    DialogService *m_dialogs;
    BadgeTableModel *m_model;
    DraftStore m_drafts;
    Profile m_profile;
    QList<Profile> m_profiles;

    QComboBox *m_profileCombo = nullptr;
    QLabel *m_profileStripe = nullptr;
    QLabel *m_productionBanner = nullptr;
    QLabel *m_errorBanner = nullptr;
    QWidget *m_draftBanner = nullptr;
    QLabel *m_draftLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    BadgeEditor *m_editor = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_badgeMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_copyToProfileMenu = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_curlAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_manageProfilesAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;

    bool m_loading = false;
    bool m_saving = false;
    bool m_closeApproved = false;
    bool m_revertingSelection = false;
    quint64 m_generation = 0; // a load answered after a profile switch is dropped
    std::optional<qint64> m_editingId;
};
