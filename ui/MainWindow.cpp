#include "MainWindow.h"

#include "BadgeTableModel.h"
#include "WatchersClient.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(WatchersClient *client, const QString &profileName, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_profileName(profileName)
    , m_model(new BadgeTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_errorBanner(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_refreshAction(new QAction(tr("&Refresh"), this))
{
    setWindowTitle(tr("Badge Desk — %1").arg(profileName));
    setObjectName(QStringLiteral("mainWindow"));

    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshAction->setToolTip(tr("Reload the badge list (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    QToolBar *toolbar = addToolBar(tr("Badges"));
    toolbar->setObjectName(QStringLiteral("badgeToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_table->setObjectName(QStringLiteral("badgeTable"));
    m_table->setAccessibleName(tr("Badges"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BadgeTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(BadgeTableModel::TooltipColumn,
                                                      QHeaderView::Stretch);

    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextFormat(Qt::PlainText);
    m_errorBanner->setMargin(8);
    m_errorBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_errorBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_errorBanner->setPalette(bannerPalette);
    m_errorBanner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_table);
    setCentralWidget(central);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    setConnectionState(tr("Connecting to %1…").arg(profileName));
    resize(960, 600);
}

void MainWindow::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_refreshAction->setEnabled(false);
    statusBar()->showMessage(tr("Loading badges…"));
    m_client->listBadges(this, [this](const ApiResult<QList<Badge>> &result) {
        m_loading = false;
        m_refreshAction->setEnabled(true);
        statusBar()->clearMessage();
        if (!result.ok()) {
            showError(result.error());
            emit loadFailed(result.error());
            return;
        }
        m_errorBanner->hide();
        m_model->setBadges(result.value());
        const int count = int(result.value().size());
        setConnectionState(tr("Connected to %1 · %n badge(s)", nullptr, count).arg(m_profileName));
        emit badgesLoaded(count);
    });
}

void MainWindow::showError(const ApiError &error)
{
    // The list stays as it was: a failed refresh must not wipe what the user was looking at.
    m_errorBanner->setText(tr("⚠ Could not load badges: %1").arg(error.userMessage()));
    m_errorBanner->show();
    setConnectionState(tr("%1 · not connected").arg(m_profileName));
}

void MainWindow::setConnectionState(const QString &text)
{
    m_connectionLabel->setText(text);
}
