#include "RequestLogDock.h"

#include "CurlCommand.h"
#include "ProfilesPrompter.h"
#include "Redaction.h"
#include "RequestLog.h"
#include "RequestLogModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RequestLogDock::RequestLogDock(QWidget *parent)
    : QDockWidget(tr("Request log"), parent)
    , m_model(new RequestLogModel(this))
    , m_prompter(ProfilesPrompter::defaultPrompter())
{
    setObjectName(u"requestLogDock"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *splitter = new QSplitter(Qt::Vertical, body);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"requestLogView"_s);
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(RequestLogModel::UrlColumn,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab moves on; arrows move within the list
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(u"requestDetails"_s);
    m_details->setAccessibleName(tr("Request details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(tr("Select a request to see its details."));
    m_details->hide(); // details on demand
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_copyButton = new QPushButton(tr("Copy as c&URL"), body);
    m_copyButton->setObjectName(u"copyCurlButton"_s);
    m_copyButton->setAccessibleName(tr("Copy as cURL"));
    m_includeSecrets = new QCheckBox(tr("Include token and API key"), body);
    m_includeSecrets->setObjectName(u"includeSecretsCheck"_s);
    m_includeSecrets->setAccessibleName(tr("Include token and API key"));
    // Not "&Export": in the main window, Alt+E belongs to the badge editor's text field.
    auto *exportButton = new QPushButton(tr("Expo&rt…"), body);
    exportButton->setObjectName(u"exportLogButton"_s);
    exportButton->setAccessibleName(tr("Export the request log"));
    auto *clearButton = new QPushButton(tr("C&lear"), body);
    clearButton->setObjectName(u"clearLogButton"_s);
    clearButton->setAccessibleName(tr("Clear the request log"));
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_includeSecrets);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    buttons->addWidget(clearButton);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogDock::showDetails);
    connect(m_view, &QTableView::activated, this, &RequestLogDock::showDetails);
    connect(m_copyButton, &QPushButton::clicked, this, &RequestLogDock::copySelectedAsCurl);
    connect(exportButton, &QPushButton::clicked, this, &RequestLogDock::exportLog);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        if (m_log)
            m_log->clear();
        m_details->clear();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        // Follow new calls unless the user is reading an older one.
        if (!m_view->selectionModel()->hasSelection())
            m_view->scrollToBottom();
    });
}

void RequestLogDock::setLog(RequestLog *log)
{
    m_log = log;
    m_model->setLog(log);
    m_details->clear();
}

const RequestLogEntry *RequestLogDock::selectedEntry() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->entryAt(current.row()) : nullptr;
}

void RequestLogDock::showDetails()
{
    const RequestLogEntry *entry = selectedEntry();
    if (entry && !m_details->isVisible()) {
        m_details->show();
        auto *splitter = static_cast<QSplitter *>(m_details->parentWidget());
        const int total = splitter->height();
        splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
    } else if (!entry) {
        m_details->hide();
    }
    m_details->setPlainText(entry ? detailsFor(*entry) : QString());
}

QString RequestLogDock::detailsFor(const RequestLogEntry &entry) const
{
    QStringList lines;
    lines << tr("%1 %2").arg(QString::fromLatin1(entry.method), entry.url.toDisplayString());
    lines << tr("Started: %1 (UTC)").arg(entry.startedUtc.toString(Qt::ISODateWithMs));
    lines << tr("Status: %1   Duration: %2 ms   Received: %3 bytes   Attempt: %4")
                 .arg(entry.httpStatus > 0 ? QString::number(entry.httpStatus) : tr("no response"))
                 .arg(entry.durationMs)
                 .arg(entry.bytesReceived)
                 .arg(entry.attempt);
    lines << tr("Outcome: %1").arg(entry.outcome);
    lines << QString() << tr("Request headers:");
    for (const auto &[name, value] : entry.requestHeaders) {
        // Already masked by RequestLog::record, the choke point.
        lines << u"  "_s + QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value);
    }
    if (!entry.requestBody.isEmpty())
        lines << QString() << tr("Request body:") << QString::fromUtf8(entry.requestBody);
    return lines.join(u'\n');
}

QString RequestLogDock::curlFor(const RequestLogEntry &entry, bool includeSecrets) const
{
    CurlSecrets secrets;
    if (includeSecrets && m_secrets) {
        const auto [token, apiKey] = m_secrets();
        secrets = {token, apiKey};
    }
    return CurlCommand::build(entry.method, entry.url, entry.requestHeaders, entry.requestBody,
                              secrets);
}

void RequestLogDock::copySelectedAsCurl()
{
    const RequestLogEntry *entry = selectedEntry();
    if (!entry && m_model->rowCount() > 0)
        entry = m_model->entryAt(m_model->rowCount() - 1);
    if (!entry)
        return;
    const RequestLogEntry chosen = *entry;
    if (!m_includeSecrets->isChecked()) {
        copyCurl(chosen, false);
        return;
    }
    QPointer<RequestLogDock> guard(this);
    m_prompter->confirm(this, tr("Include secrets"),
                        tr("The command will contain the bearer token and the API key in "
                           "plain text. Anyone who sees it can act on this project. "
                           "Include them?"),
                        tr("Include secrets"), [guard, chosen](bool accepted) {
                            if (guard)
                                guard->copyCurl(chosen, accepted);
                        });
}

void RequestLogDock::copyCurl(const RequestLogEntry &entry, bool includeSecrets)
{
    const QString command = curlFor(entry, includeSecrets);
    QApplication::clipboard()->setText(command);
    emit curlCopied(command);
}

bool RequestLogDock::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RequestLogEntry *entry = m_model->entryAt(row);
        file.write(detailsFor(*entry).toUtf8());
        file.write("\n\n");
    }
    const bool ok = file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

void RequestLogDock::exportLog()
{
    const QString path = m_chooseFile
        ? m_chooseFile(this)
        : QFileDialog::getSaveFileName(this, tr("Export request log"), QString(),
                                       tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        m_prompter->inform(this, tr("Export failed"),
                           tr("The request log could not be written to %1: %2").arg(path, error));
}
