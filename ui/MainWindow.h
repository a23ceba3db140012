#pragma once

#include "ApiError.h"

#include <QMainWindow>

class BadgeTableModel;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class WatchersClient;

// The foundation's main window: the project's badges, refreshed asynchronously. A failed load
// keeps the list as it was and says what to do.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(WatchersClient *client, const QString &profileName, QWidget *parent = nullptr);

    BadgeTableModel *badgeModel() const { return m_model; }

public slots:
    void refresh();

signals:
    void badgesLoaded(int count);
    void loadFailed(const ApiError &error);

private:
    void showError(const ApiError &error);
    void setConnectionState(const QString &text);

    WatchersClient *m_client;
    QString m_profileName;
    BadgeTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_errorBanner;
    QLabel *m_connectionLabel;
    QAction *m_refreshAction;
    bool m_loading = false;
};
