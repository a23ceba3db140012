// The request log dock: every call listed, details on demand, copy as cURL without secrets
// unless asked, export without secrets.

#include "ProfilesTestPrompter.h"
#include "RequestLog.h"
#include "RequestLogDock.h"
#include "RequestLogModel.h"
#include "SandboxServer.h"
#include "WatchersClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString ApiKey = u"log-test-api-key-8086"_s;
const QString Token = u"log-test-token-SECRET-4d3c2b1a"_s;
} // namespace

class RequestLogUiTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEveryCall();
    void detailsOnDemandWithoutSecrets();
    void curlUsesPlaceholdersUnlessAsked();
    void exportHasNoSecrets();

private:
    void makeCalls();

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<WatchersClient> m_client;
    std::unique_ptr<QMainWindow> m_window;
    RequestLogDock *m_dock = nullptr;
    ProfilesTestPrompter m_prompter;
};

void RequestLogUiTest::init()
{
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Token};
    options.projects = {project};
    options.demo = true;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    m_log = std::make_unique<RequestLog>();
    m_client = std::make_unique<WatchersClient>();
    ConnectionSettings settings;
    settings.region = Region::Custom;
    settings.customBaseUrl = m_sandbox->baseUrl();
    settings.apiKey = ApiKey;
    settings.bearerToken = Token;
    m_client->setConnection(settings);
    m_client->setRequestLog(m_log.get());
    m_window = std::make_unique<QMainWindow>();
    m_dock = new RequestLogDock(m_window.get());
    m_dock->setLog(m_log.get());
    m_dock->setPrompter(&m_prompter);
    m_dock->setSecretsProvider([this] {
        return qMakePair(m_client->connection().bearerToken, m_client->connection().apiKey);
    });
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_window->resize(900, 420);
    m_window->show();
    m_prompter = ProfilesTestPrompter();
}

void RequestLogUiTest::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_log.reset();
    m_sandbox.reset();
}

void RequestLogUiTest::makeCalls()
{
    int done = 0;
    m_client->listBadges(this, [&done](const auto &) { ++done; });
    m_client->getBadge(999999, this, [&done](const auto &) { ++done; });
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, 15000);
}

void RequestLogUiTest::listsEveryCall()
{
    makeCalls();
    RequestLogModel *model = m_dock->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, RequestLogModel::MethodColumn).data().toString(), u"GET"_s);
    QVERIFY(model->index(0, RequestLogModel::UrlColumn)
                .data()
                .toString()
                .contains(m_sandbox->baseUrl().host()));
    QCOMPARE(model->index(0, RequestLogModel::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(model->index(1, RequestLogModel::StatusColumn).data().toString(), u"404"_s);
    QVERIFY(model->index(0, RequestLogModel::DurationColumn).data().toString().endsWith(u"ms"_s));
    QVERIFY(!model->index(0, RequestLogModel::SizeColumn).data().toString().isEmpty());
    QVERIFY(!model->index(0, RequestLogModel::TimeColumn).data().toString().isEmpty());
    QCOMPARE(
        model->headerData(RequestLogModel::SizeColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        u"Size"_s);
    m_log->clear();
    QCOMPARE(model->rowCount(), 0);
}

void RequestLogUiTest::detailsOnDemandWithoutSecrets()
{
    makeCalls();
    auto *details = m_dock->findChild<QPlainTextEdit *>(u"requestDetails"_s);
    QVERIFY(!details->isVisible());
    m_dock->view()->setCurrentIndex(m_dock->model()->index(0, 0));
    QVERIFY(details->isVisible());
    const QString text = details->toPlainText();
    QVERIFY(text.contains(u"Status: 200"_s));
    QVERIFY(text.contains(u"x-api-key"_s, Qt::CaseInsensitive));
    QVERIFY(!text.contains(Token));
    QVERIFY(!text.contains(ApiKey));
    const QString dir = qEnvironmentVariable("BADGEDESK_SHOTS_DIR");
    if (!dir.isEmpty())
        m_window->grab().save(dir + u"/request-log.png"_s);
}

void RequestLogUiTest::curlUsesPlaceholdersUnlessAsked()
{
    makeCalls();
    m_dock->view()->setCurrentIndex(m_dock->model()->index(0, 0));
    QSignalSpy copied(m_dock, &RequestLogDock::curlCopied);
    auto *copy = m_dock->findChild<QPushButton *>(u"copyCurlButton"_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QString command = QApplication::clipboard()->text();
    QVERIFY(command.startsWith(u"curl "_s));
    QVERIFY(command.contains(u"\"Authorization: Bearer $WATCHERS_TOKEN\""_s));
    QVERIFY2(command.contains(u"\"x-api-key: $WATCHERS_API_KEY\""_s, Qt::CaseInsensitive),
             qPrintable(command));
    QVERIFY(!command.contains(Token));
    QVERIFY(!command.contains(ApiKey));
    QVERIFY(m_prompter.asked.isEmpty());

    // Asked for, but declined at the warning: still placeholders.
    m_dock->findChild<QCheckBox *>(u"includeSecretsCheck"_s)->setChecked(true);
    m_prompter.confirmAnswer = false;
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(m_prompter.asked.size(), 1);
    command = QApplication::clipboard()->text();
    QVERIFY(!command.contains(Token));
    QVERIFY(!command.contains(ApiKey));

    m_prompter.confirmAnswer = true;
    QTest::mouseClick(copy, Qt::LeftButton);
    command = QApplication::clipboard()->text();
    QVERIFY(command.contains(u"'Authorization: Bearer "_s + Token + u"'"_s));
    QVERIFY(command.contains(ApiKey));
    QApplication::clipboard()->clear();
}

void RequestLogUiTest::exportHasNoSecrets()
{
    makeCalls();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.txt"_s);
    m_dock->setSaveFileChooser([path](QWidget *) { return path; });
    QTest::mouseClick(m_dock->findChild<QPushButton *>(u"exportLogButton"_s), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("GET"));
    QCOMPARE(text.count("Status:"), 2);
    QVERIFY(!text.contains(Token.toUtf8()));
    QVERIFY(!text.contains(ApiKey.toUtf8()));
}

QTEST_MAIN(RequestLogUiTest)
#include "tst_ui_profiles_requestlog.moc"
