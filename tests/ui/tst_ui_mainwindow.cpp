// The foundation's main window, headless: it lists the sandbox's badges, keeps them when a
// refresh fails, and says what to do.

#include "BadgeTableModel.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "WatchersClient.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheSandboxBadges();
    void chipCellShowsTheBadgeColours();
    void failedRefreshKeepsTheListAndExplains();
    void refreshShortcutIsF5();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WatchersClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    ConnectionSettings m_connection;
};

void TestUiMainWindow::init()
{
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = u"ui-key"_s;
    project.bearerTokens = {u"ui-token-0123456789"_s};
    options.projects = {project};
    options.demo = true;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_connection.region = Region::Custom;
    m_connection.customBaseUrl = m_sandbox->baseUrl();
    m_connection.apiKey = project.apiKey;
    m_connection.bearerToken = project.bearerTokens.first();
    m_client = std::make_unique<WatchersClient>();
    m_client->setConnection(m_connection);
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiMainWindow::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestUiMainWindow::listsTheSandboxBadges()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::badgesLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    const int count = loaded.first().first().toInt();
    QVERIFY2(count >= 3, "the demo data has a handful of badges");
    auto *table = m_window->findChild<QTableView *>(u"badgeTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), count);
    auto *connection = m_window->findChild<QLabel *>(u"connectionLabel"_s);
    QVERIFY2(connection->text().contains(u"Connected"_s), qPrintable(connection->text()));
    auto *counter = m_window->findChild<QLabel *>(u"countLabel"_s);
    QVERIFY2(counter->text().contains(QString::number(count)), qPrintable(counter->text()));
}

void TestUiMainWindow::chipCellShowsTheBadgeColours()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::badgesLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    auto *table = m_window->findChild<QTableView *>(u"badgeTable"_s);
    const QModelIndex chip = table->model()->index(0, BadgeTableModel::ChipColumn);
    const QString text = chip.data().toString();
    const QColor expected = chip.data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY2(expected.isValid(), qPrintable(text));
    const QRect cell = table->visualRect(chip);
    const QImage image = table->viewport()->grab(cell).toImage();
    // The delegate paints the chip from a small inset; a pixel just inside its left edge is
    // chip background, not glyph: it must be the badge's own colour.
    const QColor corner = image.pixelColor(6, image.height() / 2);
    QCOMPARE(corner.rgb(), expected.rgb());
}

void TestUiMainWindow::failedRefreshKeepsTheListAndExplains()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::badgesLoaded);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    auto *table = m_window->findChild<QTableView *>(u"badgeTable"_s);
    const int before = table->model()->rowCount();

    ConnectionSettings wrong = m_connection;
    wrong.bearerToken = u"revoked-token-000000000"_s;
    m_client->setConnection(wrong);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(table->model()->rowCount(), before);
    auto *banner = m_window->findChild<QLabel *>(u"errorBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"Bearer token"_s), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(wrong.bearerToken));

    m_client->setConnection(m_connection);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!banner->isVisible());
}

void TestUiMainWindow::refreshShortcutIsF5()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::badgesLoaded);
    auto *table = m_window->findChild<QTableView *>(u"badgeTable"_s);
    table->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(loaded.wait(10000));
}

QTEST_MAIN(TestUiMainWindow)
#include "tst_ui_mainwindow.moc"
