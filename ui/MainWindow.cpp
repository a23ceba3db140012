#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppPaths.h"
#include "BadgeChipDelegate.h"
#include "BadgeEditor.h"
#include "BadgeExchange.h"
#include "BadgeTableModel.h"
#include "CachedTextDelegate.h"
#include "CurlCommand.h"
#include "DialogService.h"
#include "HexColor.h"
#include "ScalableIcon.h"
#include "ShortcutsDialog.h"
#include "WatchersClient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QIcon colorDot(const QColor &color)
{
    return ScalableIcon::paint(QSize(16, 16), [color](QPainter &painter) {
        painter.setBrush(color.isValid() ? color : QColor(Qt::gray));
        painter.setPen(QColor(0, 0, 0, 80));
        painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    });
}

// Holder counts come from the list only; they are not part of what the user edits.
Badge withoutCount(Badge badge)
{
    badge.userCount.reset();
    return badge;
}

QString badgeName(const Badge &badge)
{
    return badge.id ? MainWindow::tr("“%1” (#%2)").arg(badge.text, QString::number(*badge.id))
                    : MainWindow::tr("“%1”").arg(badge.text);
}

Badge defaultNewBadge()
{
    Badge badge;
    badge.text = MainWindow::tr("⭐ New");
    badge.backgroundColor = u"#1e88e5"_s;
    badge.textColor = u"#ffffff"_s;
    return badge;
}

} // namespace

MainWindow::MainWindow(WatchersClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_dialogs(new DialogService(this))
    , m_model(new BadgeTableModel(this))
{
    setObjectName(u"mainWindow"_s);
    m_profile.name = tr("No profile");
    buildActions();
    buildCentral();
    buildMenus();
    buildToolBar();

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    updateProfileChrome();
    setConnectionState(tr("Not connected"));
    updateActions();
    resize(1280, 760);
}

MainWindow::~MainWindow()
{
    // The last keystrokes of an unsaved edit go to the draft, not to waste.
    m_editor->flushAutosave();
}

void MainWindow::setDialogService(DialogService *dialogs)
{
    m_dialogs = dialogs;
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut,
                       QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'),
                                                shortcut.toString(QKeySequence::NativeText)));
        }
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        addAction(action);
        return action;
    };
    m_refreshAction =
        make(tr("&Refresh"), u"refreshAction"_s, QKeySequence::Refresh, QStyle::SP_BrowserReload);
    m_newAction = make(tr("&New badge"), u"newAction"_s, QKeySequence::New, QStyle::SP_FileIcon);
    m_duplicateAction = make(tr("Du&plicate"), u"duplicateAction"_s, QKeySequence(u"Ctrl+D"_s));
    m_editAction = make(tr("&Edit"), u"editAction"_s, QKeySequence(u"F2"_s));
    m_deleteAction =
        make(tr("&Delete…"), u"deleteAction"_s, QKeySequence::Delete, QStyle::SP_TrashIcon);
    m_assignAction =
        make(tr("&Assign to users…"), u"assignAction"_s, QKeySequence(u"Ctrl+Shift+A"_s));
    m_curlAction = make(tr("Copy as &cURL"), u"copyCurlAction"_s, QKeySequence(u"Ctrl+Shift+C"_s));
    m_exportAction = make(tr("E&xport badges…"), u"exportAction"_s, QKeySequence(u"Ctrl+E"_s));
    m_importAction = make(tr("&Import badges…"), u"importAction"_s, QKeySequence::Open);
    m_filterAction = make(tr("&Find"), u"filterAction"_s, QKeySequence::Find);
    m_closeAction = make(tr("&Close window"), u"closeAction"_s, QKeySequence::Close);
    m_manageProfilesAction = make(tr("&Profiles and tokens…"), u"manageProfilesAction"_s,
                                  QKeySequence(u"Ctrl+Shift+P"_s));
    m_shortcutsAction =
        make(tr("&Keyboard shortcuts"), u"shortcutsAction"_s, QKeySequence::HelpContents);
    m_aboutAction = make(tr("&About Badge Desk"), u"aboutAction"_s, QKeySequence());
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newBadge);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateSelected);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const QList<Badge> selected = selectedBadges();
        if (!selected.isEmpty() && selected.first().id)
            openBadge(*selected.first().id);
        m_editor->setFocus();
        if (QWidget *first = m_editor->findChild<QWidget *>(u"textEdit"_s))
            first->setFocus();
    });
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_assignAction, &QAction::triggered, this, [this] {
        const QList<Badge> selected = selectedBadges();
        if (!selected.isEmpty())
            emit assignRequested(selected);
    });
    connect(m_curlAction, &QAction::triggered, this, &MainWindow::copySelectedAsCurl);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportBadges);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importBadges);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_manageProfilesAction, &QAction::triggered, this,
            &MainWindow::manageProfilesRequested);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_copyToProfileMenu = m_fileMenu->addMenu(tr("Cop&y to profile"));
    m_copyToProfileMenu->setObjectName(u"copyToProfileMenu"_s);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_manageProfilesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);

    m_badgeMenu = menuBar()->addMenu(tr("&Badge"));
    m_badgeMenu->setObjectName(u"badgeMenu"_s);
    m_badgeMenu->addAction(m_editAction);
    m_badgeMenu->addAction(m_duplicateAction);
    m_badgeMenu->addAction(m_deleteAction);
    m_badgeMenu->addSeparator();
    m_badgeMenu->addAction(m_assignAction);
    m_badgeMenu->addAction(m_curlAction);
    m_badgeMenu->addSeparator();
    m_badgeMenu->addAction(m_editor->saveAction());
    m_badgeMenu->addAction(m_editor->revertAction());
    m_badgeMenu->addAction(m_editor->undoAction());
    m_badgeMenu->addAction(m_editor->redoAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_filterAction);
    m_viewMenu->addSeparator();

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(u"toolsMenu"_s);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::showShortcuts()
{
    // One list at a time; opening it again brings it forward with what the keys do now.
    for (auto *open : findChildren<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!open->isVisible())
            continue; // closed, waiting to be deleted
        open->reload();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::buildToolBar()
{
    QToolBar *toolbar = addToolBar(tr("Badges"));
    toolbar->setObjectName(u"badgeToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);

    m_profileCombo = new QComboBox(toolbar);
    m_profileCombo->setObjectName(u"profileSwitcher"_s);
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setToolTip(tr("The Watchers project you are working on"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileCombo->itemData(index).toString();
        if (id.isEmpty()) { // "Profiles and tokens…"
            updateProfileChrome();
            emit manageProfilesRequested();
            return;
        }
        if (id != m_profile.id)
            emit profileSwitchRequested(id);
    });
    toolbar->addWidget(m_profileCombo);
    toolbar->addSeparator();
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_duplicateAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addAction(m_assignAction);
    toolbar->addAction(m_curlAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_profileStripe = new QLabel(central);
    m_profileStripe->setObjectName(u"profileStripe"_s);
    m_profileStripe->setFixedHeight(4);
    m_profileStripe->setAutoFillBackground(true);
    layout->addWidget(m_profileStripe);

    m_productionBanner = new QLabel(central);
    m_productionBanner->setObjectName(u"productionBanner"_s);
    m_productionBanner->setMargin(6);
    m_productionBanner->setAlignment(Qt::AlignCenter);
    m_productionBanner->setAutoFillBackground(true);
    QPalette production = m_productionBanner->palette();
    production.setColor(QPalette::Window, QColor(0xb7, 0x1c, 0x1c));
    production.setColor(QPalette::WindowText, Qt::white);
    m_productionBanner->setPalette(production);
    QFont bold = m_productionBanner->font();
    bold.setBold(true);
    m_productionBanner->setFont(bold);
    m_productionBanner->hide();
    layout->addWidget(m_productionBanner);

    m_errorBanner = new QLabel(central);
    m_errorBanner->setObjectName(u"errorBanner"_s);
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextFormat(Qt::PlainText);
    m_errorBanner->setMargin(8);
    m_errorBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_errorBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_errorBanner->setPalette(bannerPalette);
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);

    m_draftBanner = new QWidget(central);
    m_draftBanner->setObjectName(u"draftBanner"_s);
    m_draftBanner->setAutoFillBackground(true);
    QPalette draftPalette = m_draftBanner->palette();
    draftPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    draftPalette.setColor(QPalette::WindowText, QColor(0x5c, 0x43, 0x00));
    draftPalette.setColor(QPalette::ButtonText, QColor(0x20, 0x20, 0x20));
    m_draftBanner->setPalette(draftPalette);
    auto *draftLayout = new QHBoxLayout(m_draftBanner);
    draftLayout->setContentsMargins(8, 4, 8, 4);
    m_draftLabel = new QLabel(m_draftBanner);
    m_draftLabel->setObjectName(u"draftLabel"_s);
    m_draftLabel->setWordWrap(true);
    auto *restore = new QPushButton(tr("Restore"), m_draftBanner);
    restore->setObjectName(u"restoreDraftButton"_s);
    connect(restore, &QPushButton::clicked, this, &MainWindow::restoreNewestDraft);
    draftLayout->addWidget(m_draftLabel, 1);
    draftLayout->addWidget(restore);
    m_draftBanner->hide();
    layout->addWidget(m_draftBanner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"workspaceSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 0);
    listLayout->setSpacing(4);
    m_filter = new QLineEdit(listPane);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setAccessibleName(tr("Filter badges"));
    m_filter->setPlaceholderText(
        tr("Filter by text, tooltip or ID (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const std::optional<qint64> keep = m_editingId;
        m_model->setFilterText(text);
        reselect(keep);
        updateStatus();
    });
    listLayout->addWidget(m_filter);

    m_table = new QTableView(listPane);
    m_table->setObjectName(u"badgeTable"_s);
    m_table->setAccessibleName(tr("Badges"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(BadgeTableModel::ChipColumn, new BadgeChipDelegate(m_table));
    auto *texts = new CachedTextDelegate(m_table);
    m_table->setItemDelegateForColumn(BadgeTableModel::TextColumn, texts);
    m_table->setItemDelegateForColumn(BadgeTableModel::TooltipColumn, texts);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BadgeTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Tab leaves the list (arrows move within it): a table that tabs through its cells would
    // hold the keyboard for 100,000 rows.
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(BadgeTableModel::TooltipColumn, QHeaderView::Stretch);
    header->resizeSection(BadgeTableModel::ChipColumn, 150);
    header->resizeSection(BadgeTableModel::TextColumn, 130);
    header->resizeSection(BadgeTableModel::HoldersColumn, 80);
    header->resizeSection(BadgeTableModel::IdColumn, 60);
    for (QAction *action :
         {m_editAction, m_duplicateAction, m_deleteAction, m_assignAction, m_curlAction})
        m_table->addAction(action);
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_exportAction);
    connect(m_table, &QTableView::activated, this, [this] { m_editAction->trigger(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::onSelectionChanged, Qt::UniqueConnection);
        updateActions();
    });
    listLayout->addWidget(m_table);
    m_splitter->addWidget(listPane);

    m_editor = new BadgeEditor(m_dialogs, m_splitter);
    m_editor->setMinimumWidth(420);
    m_editor->setDraftStore(&m_drafts);
    connect(m_editor, &BadgeEditor::saveRequested, this, &MainWindow::saveCurrent);
    connect(m_editor, &BadgeEditor::dirtyChanged, this, [this] { updateActions(); });
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::setProfiles(const QList<Profile> &profiles)
{
    m_profiles = profiles;
    updateProfileChrome();
}

void MainWindow::setCurrentProfile(const Profile &profile)
{
    // Whatever was being edited is already in the old profile's drafts; make sure of it.
    m_editor->flushAutosave();
    m_editor->clearEditing();
    m_editingId.reset();
    ++m_generation;
    m_loading = false;
    m_profile = profile;
    if (!m_profiles.contains(profile)) {
        bool known = false;
        for (Profile &p : m_profiles) {
            if (p.id == profile.id) {
                p = profile;
                known = true;
            }
        }
        if (!known)
            m_profiles.append(profile);
    }
    m_drafts.setDirectory(profile.id.isEmpty() ? QString() : AppPaths::draftsDir(profile.id));
    m_model->clear();
    m_filter->clear();
    hideError();
    updateProfileChrome();
    updateDraftBanner();
    setConnectionState(tr("Connecting to %1…").arg(profile.name));
    refresh();
}

void MainWindow::updateProfileChrome()
{
    setWindowTitle(m_profile.production ? tr("Badge Desk — %1 — PRODUCTION").arg(m_profile.name)
                                        : tr("Badge Desk — %1").arg(m_profile.name));
    QPalette stripe = m_profileStripe->palette();
    stripe.setColor(QPalette::Window,
                    m_profile.color.isValid() ? m_profile.color : palette().color(QPalette::Mid));
    m_profileStripe->setPalette(stripe);
    m_productionBanner->setText(
        tr("PRODUCTION — %1: changes here reach real users").arg(m_profile.name));
    m_productionBanner->setVisible(m_profile.production);

    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    QList<Profile> shown = m_profiles;
    if (shown.isEmpty() && !m_profile.id.isEmpty())
        shown.append(m_profile);
    for (const Profile &p : shown) {
        const QString label = p.production ? tr("%1 — PRODUCTION").arg(p.name) : p.name;
        m_profileCombo->addItem(colorDot(p.color), label, p.id);
        if (p.id == m_profile.id)
            m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1);
    }
    m_profileCombo->insertSeparator(m_profileCombo->count());
    m_profileCombo->addItem(tr("Profiles and tokens…"), QString());

    m_copyToProfileMenu->clear();
    for (const Profile &p : shown) {
        if (p.id == m_profile.id)
            continue;
        QAction *action = m_copyToProfileMenu->addAction(
            colorDot(p.color), p.production ? tr("%1 (production)").arg(p.name) : p.name);
        connect(action, &QAction::triggered, this, [this, id = p.id] {
            const QList<Badge> selected = selectedBadges();
            if (!selected.isEmpty())
                emit copyToProfileRequested(selected, id);
        });
    }
    m_copyToProfileMenu->setEnabled(!m_copyToProfileMenu->isEmpty());
}

void MainWindow::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_refreshAction->setEnabled(false);
    statusBar()->showMessage(tr("Loading badges…"));
    const quint64 generation = m_generation;
    m_client->listBadges(this, [this, generation](const ApiResult<QList<Badge>> &result) {
        if (generation != m_generation)
            return; // an answer for the profile we left
        m_loading = false;
        m_refreshAction->setEnabled(true);
        statusBar()->clearMessage();
        if (!result.ok()) {
            showError(tr("Could not load badges"), result.error());
            setConnectionState(tr("%1 · not connected").arg(m_profile.name));
            emit loadFailed(result.error());
            return;
        }
        hideError();
        const std::optional<qint64> keep = m_editingId;
        m_model->setBadges(result.value());
        reselect(keep);
        // A badge open without edits follows the server; one with edits keeps them (the
        // conflict check at save time compares with what editing started from).
        if (keep && !m_editor->isDirty()) {
            if (const auto fresh = m_model->badgeById(*keep))
                m_editor->startEditing(*fresh);
        }
        const int count = int(result.value().size());
        setConnectionState(tr("Connected to %1").arg(m_profile.name));
        updateDraftBanner();
        updateStatus();
        emit badgesLoaded(count);
    });
}

void MainWindow::showError(const QString &what, const ApiError &error)
{
    // The list stays as it was: a failed refresh must not wipe what the user was looking at.
    m_errorBanner->setText(tr("⚠ %1: %2").arg(what, error.userMessage()));
    m_errorBanner->show();
}

void MainWindow::hideError()
{
    m_errorBanner->hide();
}

void MainWindow::setConnectionState(const QString &text)
{
    m_connectionLabel->setText(text);
}

void MainWindow::updateStatus()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_countLabel->setText(shown == total
                              ? tr("%n badge(s)", nullptr, total)
                              : tr("%1 of %n badge(s) shown", nullptr, total).arg(shown));
}

QList<Badge> MainWindow::selectedBadges() const
{
    QList<Badge> badges;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const Badge *badge = m_model->badgeAt(index.row()))
            badges.append(*badge);
    }
    std::sort(badges.begin(), badges.end(),
              [](const Badge &a, const Badge &b) { return a.id < b.id; });
    return badges;
}

void MainWindow::updateActions()
{
    const int selected = m_table->selectionModel()->selectedRows().size();
    m_duplicateAction->setEnabled(selected == 1);
    m_editAction->setEnabled(selected == 1);
    m_deleteAction->setEnabled(selected >= 1 && !m_saving);
    m_assignAction->setEnabled(selected >= 1);
    m_curlAction->setEnabled(selected == 1 || m_editor->hasBadge());
    m_copyToProfileMenu->setEnabled(selected >= 1 && !m_copyToProfileMenu->isEmpty());
}

void MainWindow::reselect(std::optional<qint64> id)
{
    m_revertingSelection = true;
    m_table->clearSelection();
    if (id) {
        const int row = m_model->rowOfId(*id);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
    }
    m_revertingSelection = false;
    updateActions();
}

void MainWindow::onSelectionChanged()
{
    updateActions();
    if (m_revertingSelection)
        return;
    const QList<Badge> selected = selectedBadges();
    if (selected.size() != 1 || !selected.first().id)
        return;
    const Badge &badge = selected.first();
    if (m_editingId == badge.id && m_editor->hasBadge())
        return;
    if (!m_editor->isDirty()) {
        startEditingBadge(badge);
        return;
    }
    // Keep the list on the badge being edited until the user decides.
    const std::optional<qint64> previous = m_editingId;
    reselect(previous);
    confirmLeavingEdits(tr("You are switching to %1.").arg(badgeName(badge)),
                        [this, id = *badge.id] {
                            if (const auto fresh = m_model->badgeById(id)) {
                                reselect(id);
                                startEditingBadge(*fresh);
                            }
                        });
}

void MainWindow::openBadge(qint64 id)
{
    if (m_editingId == id && m_editor->hasBadge())
        return;
    const auto badge = m_model->badgeById(id);
    if (!badge)
        return;
    if (m_model->rowOfId(id) < 0)
        m_filter->clear();
    if (!m_editor->isDirty()) {
        reselect(id);
        startEditingBadge(*badge);
        return;
    }
    confirmLeavingEdits(tr("You are switching to %1.").arg(badgeName(*badge)), [this, id] {
        if (const auto fresh = m_model->badgeById(id)) {
            reselect(id);
            startEditingBadge(*fresh);
        }
    });
}

void MainWindow::startEditingBadge(const Badge &badge)
{
    m_editingId = badge.id;
    m_editor->startEditing(withoutCount(badge));
    offerDraftFor(badge);
    updateActions();
}

void MainWindow::offerDraftFor(const Badge &badge)
{
    const auto draft = m_drafts.load(BadgeDraft::keyFor(badge));
    if (!draft || draft->edited == withoutCount(badge))
        return;
    const QString when = QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat);
    m_dialogs->ask(this, tr("Unsaved changes found"),
                   tr("There are unsaved changes to %1 from %2 that were never saved (the app "
                      "closed or crashed). Restore them?")
                       .arg(badgeName(badge), when),
                   tr("Restore changes"), tr("Discard them"),
                   [this, draft = *draft, badge](DialogService::Choice choice) {
                       if (m_editingId != badge.id)
                           return;
                       if (choice == DialogService::Choice::Accept) {
                           // Editing continues from the copy the draft started from, so the
                           // conflict check still sees a change made on the server meanwhile.
                           m_editor->startEditing(draft.base.value_or(withoutCount(badge)),
                                                  draft.edited);
                       } else if (choice == DialogService::Choice::Discard) {
                           m_drafts.remove(draft.key);
                       }
                       updateDraftBanner();
                   });
}

void MainWindow::updateDraftBanner()
{
    const QList<BadgeDraft> drafts = m_drafts.all();
    if (drafts.isEmpty()) {
        m_draftBanner->hide();
        return;
    }
    m_draftLabel->setText(tr("Unsaved changes to %n badge(s) were kept from an earlier session.",
                             nullptr, int(drafts.size())));
    m_draftBanner->show();
}

void MainWindow::restoreNewestDraft()
{
    const QList<BadgeDraft> drafts = m_drafts.all();
    if (drafts.isEmpty())
        return;
    const BadgeDraft &draft = drafts.first();
    auto restore = [this, draft] {
        if (draft.base && draft.base->id) {
            m_editingId = draft.base->id;
            reselect(draft.base->id);
        } else {
            m_editingId.reset();
            m_table->clearSelection();
        }
        m_editor->startEditing(draft.base.value_or(BadgeExchange::asNew(draft.edited)),
                               draft.edited);
        if (!draft.base) // a new badge: its base is "nothing yet", so it is dirty by being new
            m_editor->startEditing(BadgeExchange::asNew(defaultNewBadge()), draft.edited);
        updateDraftBanner();
        updateActions();
    };
    confirmLeavingEdits(tr("You are restoring a draft."), restore);
}

void MainWindow::confirmLeavingEdits(const QString &why, std::function<void()> proceed)
{
    if (!m_editor->isDirty()) {
        proceed();
        return;
    }
    const Badge current = m_editor->badge();
    m_dialogs->ask(this, tr("Unsaved changes"),
                   tr("%1 The badge %2 has unsaved changes. Save them first, or discard them?")
                       .arg(why, badgeName(current)),
                   m_editor->canSave() ? tr("Save") : tr("Keep editing"), tr("Discard changes"),
                   [this, proceed = std::move(proceed)](DialogService::Choice choice) {
                       if (choice == DialogService::Choice::Discard) {
                           if (const auto base = m_editor->base())
                               m_drafts.remove(BadgeDraft::keyFor(*base));
                           m_editor->clearEditing();
                           m_editingId.reset();
                           proceed();
                       } else if (choice == DialogService::Choice::Accept && m_editor->canSave()) {
                           auto connection = std::make_shared<QMetaObject::Connection>();
                           *connection =
                               connect(this, &MainWindow::badgeSaved, this, [connection, proceed] {
                                   QObject::disconnect(*connection);
                                   proceed();
                               });
                           auto failed = std::make_shared<QMetaObject::Connection>();
                           *failed =
                               connect(this, &MainWindow::saveFailed, this, [connection, failed] {
                                   QObject::disconnect(*connection);
                                   QObject::disconnect(*failed);
                               });
                           saveCurrent();
                       }
                   });
}

void MainWindow::newBadge()
{
    confirmLeavingEdits(tr("You are creating a new badge."), [this] {
        m_editingId.reset();
        m_revertingSelection = true;
        m_table->clearSelection();
        m_revertingSelection = false;
        const Badge badge = defaultNewBadge();
        m_editor->startEditing(badge);
        offerDraftFor(badge);
        if (QWidget *first = m_editor->findChild<QWidget *>(u"textEdit"_s))
            first->setFocus();
        updateActions();
    });
}

void MainWindow::duplicateSelected()
{
    const QList<Badge> selected = selectedBadges();
    if (selected.size() != 1)
        return;
    const Badge copy = BadgeExchange::asNew(selected.first());
    confirmLeavingEdits(tr("You are duplicating %1.").arg(badgeName(selected.first())),
                        [this, copy] {
                            m_editingId.reset();
                            m_revertingSelection = true;
                            m_table->clearSelection();
                            m_revertingSelection = false;
                            m_editor->startEditing(copy);
                            updateActions();
                        });
}

void MainWindow::saveCurrent()
{
    if (m_saving || !m_editor->canSave())
        return;
    const Badge badge = m_editor->badge();
    m_saving = true;
    m_editor->setBusy(true);
    statusBar()->showMessage(tr("Saving %1…").arg(badgeName(badge)));
    if (!badge.id) {
        m_client->createBadge(badge, this, [this](const ApiResult<Badge> &result) {
            m_saving = false;
            m_editor->setBusy(false);
            statusBar()->clearMessage();
            if (!result.ok()) {
                m_editor->showSaveError(result.error());
                statusBar()->showMessage(tr("Not saved: %1").arg(result.error().summary()), 8000);
                emit saveFailed(result.error());
                return;
            }
            Badge created = result.value();
            created.userCount = 0;
            m_drafts.remove(u"new"_s);
            m_model->upsert(created);
            m_editingId = created.id;
            m_editor->markSaved(withoutCount(created));
            reselect(created.id);
            updateStatus();
            updateDraftBanner();
            statusBar()->showMessage(tr("Created %1.").arg(badgeName(created)), 5000);
            emit badgeSaved(created);
        });
        return;
    }
    // Before overwriting, make sure nobody changed the badge on the server since editing began.
    const Badge base = m_editor->base().value_or(Badge());
    m_client->getBadge(*badge.id, this, [this, badge, base](const ApiResult<Badge> &result) {
        if (!result.ok()) {
            m_saving = false;
            m_editor->setBusy(false);
            statusBar()->clearMessage();
            if (result.error().kind() == ApiError::Kind::NotFound) {
                m_dialogs->ask(this, tr("Badge deleted on the server"),
                               tr("%1 was deleted on the server while you edited it. Create it "
                                  "again with your changes?")
                                   .arg(badgeName(badge)),
                               tr("Create again"), QString(),
                               [this, badge](DialogService::Choice choice) {
                                   if (choice != DialogService::Choice::Accept)
                                       return;
                                   m_model->removeIds({*badge.id});
                                   m_drafts.remove(BadgeDraft::keyFor(badge));
                                   m_editingId.reset();
                                   m_editor->startEditing(BadgeExchange::asNew(defaultNewBadge()),
                                                          BadgeExchange::asNew(badge));
                                   saveCurrent();
                               });
                return;
            }
            m_editor->showSaveError(result.error());
            emit saveFailed(result.error());
            return;
        }
        if (withoutCount(result.value()) != withoutCount(base)) {
            m_dialogs->ask(this, tr("Changed on the server"),
                           tr("%1 was changed on the server after you started editing it "
                              "(someone else, or another window). Saving now overwrites those "
                              "changes with yours.")
                               .arg(badgeName(badge)),
                           tr("Overwrite"), QString(), [this, badge](DialogService::Choice choice) {
                               if (choice == DialogService::Choice::Accept) {
                                   patchBadge(badge);
                               } else {
                                   m_saving = false;
                                   m_editor->setBusy(false);
                                   statusBar()->showMessage(
                                       tr("Not saved; your changes are still in the editor."),
                                       8000);
                               }
                           });
            return;
        }
        patchBadge(badge);
    });
}

void MainWindow::patchBadge(const Badge &badge)
{
    m_client->updateBadge(badge, this, [this](const ApiResult<Badge> &result) {
        m_saving = false;
        m_editor->setBusy(false);
        statusBar()->clearMessage();
        if (!result.ok()) {
            m_editor->showSaveError(result.error());
            statusBar()->showMessage(tr("Not saved: %1").arg(result.error().summary()), 8000);
            emit saveFailed(result.error());
            return;
        }
        // PATCH answers `true`: the list takes the copy we sent.
        const Badge &saved = result.value();
        m_model->upsert(saved);
        m_editor->markSaved(withoutCount(saved));
        reselect(saved.id);
        updateDraftBanner();
        statusBar()->showMessage(tr("Saved %1.").arg(badgeName(saved)), 5000);
        emit badgeSaved(saved);
    });
}

void MainWindow::deleteSelected()
{
    const QList<Badge> selected = selectedBadges();
    if (selected.isEmpty())
        return;
    qint64 holders = 0;
    for (const Badge &badge : selected)
        holders += badge.userCount.value_or(0);
    const QString where = m_profile.production
        ? tr(" This is the PRODUCTION project %1.").arg(m_profile.name)
        : QString();
    const QString text = selected.size() == 1
        ? tr("Delete the badge %1? %n user(s) hold it and will lose it. This cannot be undone.",
             nullptr, int(holders))
              .arg(badgeName(selected.first()))
        : tr("Delete %1 badges? %n user(s) hold them in total and will lose them. This cannot be "
             "undone.",
             nullptr, int(holders))
              .arg(selected.size());
    if (m_profile.production) {
        // People act on production by mistake: there the name must be typed, not just clicked.
        m_dialogs->askTyped(this, tr("Delete badges"), text + where, m_profile.name,
                            [this, selected](bool confirmed) {
                                if (confirmed)
                                    deleteSequentially(selected, {}, {});
                            });
        return;
    }
    m_dialogs->ask(this, tr("Delete badges"), text + where, tr("Delete"), QString(),
                   [this, selected](DialogService::Choice choice) {
                       if (choice == DialogService::Choice::Accept)
                           deleteSequentially(selected, {}, {});
                   });
}

void MainWindow::deleteSequentially(QList<Badge> badges, QList<qint64> deleted,
                                    QStringList failures)
{
    if (badges.isEmpty()) {
        m_model->removeIds(deleted);
        if (m_editingId && deleted.contains(*m_editingId)) {
            m_drafts.remove(u"badge-"_s + QString::number(*m_editingId));
            m_editor->clearEditing();
            m_editingId.reset();
        }
        updateStatus();
        updateDraftBanner();
        if (failures.isEmpty()) {
            statusBar()->showMessage(tr("Deleted %n badge(s).", nullptr, int(deleted.size())),
                                     5000);
        } else {
            ApiError summary(ApiError::Kind::Http,
                             tr("%n badge(s) could not be deleted", nullptr, int(failures.size())),
                             {}, failures.join(u"; "_s));
            showError(tr("Delete"), summary);
        }
        emit badgesDeleted(deleted);
        return;
    }
    const Badge badge = badges.takeFirst();
    statusBar()->showMessage(tr("Deleting %1…").arg(badgeName(badge)));
    m_client->deleteBadge(
        *badge.id, this,
        [this, badge, badges, deleted, failures](const ApiResult<NoValue> &result) mutable {
            if (result.ok() || result.error().kind() == ApiError::Kind::NotFound)
                deleted.append(*badge.id); // gone either way
            else
                failures.append(tr("%1: %2").arg(badgeName(badge), result.error().summary()));
            deleteSequentially(badges, deleted, failures);
        });
}

void MainWindow::copySelectedAsCurl()
{
    Badge badge;
    const QList<Badge> selected = selectedBadges();
    if (m_editor->hasBadge() && (selected.isEmpty() || selected.first().id == m_editor->badge().id))
        badge = m_editor->badge();
    else if (selected.size() == 1)
        badge = selected.first();
    else
        return;
    const QByteArray method = badge.id ? "PATCH" : "POST";
    QUrl url = m_client->connection().baseUrl();
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0)
                + (badge.id ? u"/external/badge/%1"_s.arg(*badge.id) : u"/external/badge"_s));
    // Values do not matter for the secrets: CurlCommand puts placeholders there.
    const HeaderList headers {
        {"Content-Type", "application/json"}, {"x-api-key", {}}, {"Authorization", {}}};
    const QString command = CurlCommand::build(
        method, url, headers, QJsonDocument(badge.toRequestJson()).toJson(QJsonDocument::Compact));
    QApplication::clipboard()->setText(command);
    statusBar()->showMessage(
        tr("Copied the %1 request as a curl command; the token and the API key are the "
           "placeholders %2 and %3.")
            .arg(QString::fromLatin1(method), QString::fromLatin1(CurlCommand::TokenPlaceholder),
                 QString::fromLatin1(CurlCommand::ApiKeyPlaceholder)),
        8000);
}

void MainWindow::exportBadges()
{
    QList<Badge> badges = selectedBadges();
    if (badges.isEmpty())
        badges = m_model->badges();
    if (badges.isEmpty())
        return;
    m_dialogs->chooseSaveFile(
        this, tr("Export badges"), u"badges.json"_s, tr("Badge definitions (*.json)"),
        [this, badges](const QString &path) {
            if (path.isEmpty())
                return;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)
                || file.write(BadgeExchange::exportJson(badges)) < 0 || !file.commit()) {
                m_dialogs->inform(this, tr("Export badges"),
                                  tr("Could not write %1: %2").arg(path, file.errorString()));
                return;
            }
            statusBar()->showMessage(
                tr("Exported %n badge(s) to %1.", nullptr, int(badges.size())).arg(path), 8000);
        });
}

void MainWindow::importBadges()
{
    m_dialogs->chooseOpenFile(
        this, tr("Import badges"), tr("Badge definitions (*.json)"), [this](const QString &path) {
            if (path.isEmpty())
                return;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_dialogs->inform(this, tr("Import badges"),
                                  tr("Could not read %1: %2").arg(path, file.errorString()));
                return;
            }
            const auto imported =
                BadgeExchange::importJson(file.read(BadgeExchange::MaxImportBytes + 1));
            if (!imported.ok()) {
                m_dialogs->inform(this, tr("Import badges"),
                                  tr("%1 cannot be imported: %2").arg(path, imported.error));
                return;
            }
            QList<Badge> badges;
            for (const Badge &badge : imported.value)
                badges.append(BadgeExchange::asNew(badge));
            m_dialogs->ask(
                this, tr("Import badges"),
                tr("Create %n new badge(s) in %1 from this file?", nullptr, int(badges.size()))
                    .arg(m_profile.name),
                tr("Create"), QString(), [this, badges](DialogService::Choice choice) {
                    if (choice != DialogService::Choice::Accept)
                        return;
                    createSequentially(badges, m_client, 0, 0, [this](int created, int failed) {
                        statusBar()->showMessage(
                            tr("Imported %1 badge(s), %2 failed.").arg(created).arg(failed), 8000);
                        emit importFinished(created, failed);
                    });
                });
        });
}

void MainWindow::copyBadgesTo(WatchersClient *target, const QString &targetName,
                              const QList<Badge> &badges)
{
    QList<Badge> copies;
    for (const Badge &badge : badges)
        copies.append(BadgeExchange::asNew(badge));
    statusBar()->showMessage(
        tr("Copying %n badge(s) to %1…", nullptr, int(copies.size())).arg(targetName));
    createSequentially(copies, target, 0, 0, [this, targetName](int created, int failed) {
        statusBar()->showMessage(
            tr("Copied %1 badge(s) to %2, %3 failed.").arg(created).arg(targetName).arg(failed),
            8000);
        emit copyFinished(created, failed);
    });
}

void MainWindow::createSequentially(QList<Badge> badges, WatchersClient *client, int created,
                                    int failed, std::function<void(int, int)> done)
{
    // One at a time: a create is never re-sent automatically, so a failure is reported per badge.
    if (badges.isEmpty()) {
        if (client == m_client)
            refresh();
        done(created, failed);
        return;
    }
    const Badge badge = badges.takeFirst();
    client->createBadge(
        badge, this,
        [this, badge, badges, client, created, failed, done](const ApiResult<Badge> &result) {
            if (!result.ok())
                showError(tr("Could not create the badge %1").arg(badgeName(badge)),
                          result.error());
            createSequentially(badges, client, created + (result.ok() ? 1 : 0),
                               failed + (result.ok() ? 0 : 1), done);
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeApproved || !m_editor->isDirty()) {
        m_editor->flushAutosave();
        event->accept();
        return;
    }
    event->ignore();
    confirmLeavingEdits(tr("You are closing the window."), [this] {
        m_closeApproved = true;
        close();
    });
}
