#include "SandboxServer.h"

#include "SandboxDemo.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

// One request whose answer may go out later. QHttpServer (6.4) gives the responder a raw
// pointer to the connection's socket, which is deleted when the client disconnects; so the
// socket is also tracked here and checked before every write.
struct SandboxServer::Pending
{
    explicit Pending(QHttpServerResponder &&from)
        : responder(std::move(from))
        , socket(responder.socket())
    { }

    bool connected() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QString method;
    QString path;
};

namespace {

const QString SandboxPrefix = QStringLiteral("/__sandbox");

QString faultMessage(int status)
{
    switch (status) {
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal server error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Error");
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_api(m_state, m_options)
    , m_inspector(m_state, m_options, m_stats)
    , m_http(std::make_unique<QHttpServer>())
{
    if (m_options.projects.isEmpty())
        m_options.projects.append(SandboxProject());
    m_options.assignCap = qMax(1, m_options.assignCap);
    m_faults = m_options.faults;
    m_latencyMs = qMax(0, m_options.latencyMs);
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleRequest(request, std::move(responder));
        });
}

SandboxServer::~SandboxServer()
{
    m_stalled.clear();
    m_http.reset(); // closes every connection before the state goes away
}

void SandboxServer::setClock(std::function<QDateTime()> clock)
{
    m_api.setClock(std::move(clock));
}

bool SandboxServer::start(QString *error)
{
    if (m_tcpServer)
        return true;
    if (!m_options.dataFile.isEmpty()) {
        QString loadError;
        if (!m_state.load(m_options.dataFile, &loadError)) {
            if (error) {
                *error =
                    tr("Could not read the data file %1: %2").arg(m_options.dataFile, loadError);
            }
            return false;
        }
    }
    seedProjects();

    auto *tcpServer = new QTcpServer(m_http.get());
    if (!tcpServer->listen(m_options.address, m_options.port)) {
        if (error) {
            *error = tr("Could not listen on %1 port %2: %3")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .arg(tcpServer->errorString());
        }
        delete tcpServer;
        return false;
    }
    m_http->bind(tcpServer);
    m_tcpServer = tcpServer;

    if (!m_options.dataFile.isEmpty()) {
        QString saveError;
        if (!m_state.save(m_options.dataFile, &saveError)) {
            if (error) {
                *error =
                    tr("Could not write the data file %1: %2").arg(m_options.dataFile, saveError);
            }
            delete tcpServer;
            return false;
        }
    }
    return true;
}

bool SandboxServer::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

quint16 SandboxServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    const QHostAddress &address = m_options.address;
    QString host = QStringLiteral("127.0.0.1");
    if (address != QHostAddress(QHostAddress::Any) && address != QHostAddress(QHostAddress::AnyIPv4)
        && address != QHostAddress(QHostAddress::AnyIPv6)
        && address != QHostAddress(QHostAddress::LocalHost)) {
        host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(address.toString())
            : address.toString();
    }
    return QUrl(QStringLiteral("http://%1:%2").arg(host).arg(port()));
}

int SandboxServer::stalledCount() const
{
    int count = 0;
    for (const auto &pending : m_stalled) {
        if (pending->connected())
            ++count;
    }
    return count;
}

void SandboxServer::releaseStalled()
{
    const auto stalled = std::exchange(m_stalled, {});
    for (const auto &pending : stalled) {
        if (pending->socket)
            pending->socket->abort();
    }
}

bool SandboxServer::flush(QString *error)
{
    if (m_options.dataFile.isEmpty())
        return true;
    return m_state.save(m_options.dataFile, error);
}

void SandboxServer::seedProjects()
{
    for (const SandboxProject &project : std::as_const(m_options.projects)) {
        SandboxProjectState &state = m_state.project(project.apiKey);
        if (m_options.demo)
            SandboxDemo::seed(state);
        for (const QString &roomId : project.rooms)
            state.ensureRoom(roomId);
    }
}

void SandboxServer::persist()
{
    if (m_options.dataFile.isEmpty())
        return;
    QString error;
    if (!m_state.save(m_options.dataFile, &error)) {
        qWarning("badgedesk-sandbox: %s", qPrintable(error));
        emit persistenceFailed(error);
    }
}

void SandboxServer::handleRequest(const QHttpServerRequest &httpRequest,
                                  QHttpServerResponder &&responder)
{
    const SandboxRequest request = SandboxRequest::fromHttp(httpRequest);
    auto pending = std::make_shared<Pending>(std::move(responder));
    pending->method = QString::fromLatin1(request.method);
    pending->path = request.path;

    if (request.path == SandboxPrefix
        || request.path.startsWith(SandboxPrefix + QLatin1Char('/'))) {
        // Inspection and control: no faults, no latency, no stats.
        deliver(pending, handleSandboxRoute(request), 0);
        return;
    }
    handlePublic(request, pending);
}

void SandboxServer::handlePublic(const SandboxRequest &request,
                                 const std::shared_ptr<Pending> &pending)
{
    const SandboxApi::Route route = SandboxApi::routeOf(request.method, request.path);
    const QString routeName = SandboxApi::routeName(request.method, request.path);
    const int userIds = SandboxApi::userIdCount(route, request.body);
    const FaultPlan::Kind fault = m_faults.next(pending->method, request.path);

    switch (fault) {
    case FaultPlan::Kind::None:
    case FaultPlan::Kind::ResetAfterApply: {
        const SandboxReply reply = m_api.handle(request);
        if (reply.mutated)
            persist();
        const bool applied = reply.status >= 200 && reply.status < 300;
        if (fault == FaultPlan::Kind::ResetAfterApply) {
            m_stats.record(routeName, FaultPlan::kindToString(fault), userIds, applied);
            dropConnection(pending, m_latencyMs);
        } else {
            m_stats.record(routeName, QString::number(reply.status), userIds, applied);
            deliver(pending, reply, m_latencyMs);
        }
        return;
    }
    case FaultPlan::Kind::Reset:
        m_stats.record(routeName, FaultPlan::kindToString(fault), userIds, false);
        dropConnection(pending, m_latencyMs);
        return;
    case FaultPlan::Kind::Stall:
        m_stats.record(routeName, FaultPlan::kindToString(fault), userIds, false);
        m_stalled.removeIf([](const std::shared_ptr<Pending> &old) { return !old->socket; });
        m_stalled.append(pending);
        emit requestHandled(pending->method, pending->path, StatusStalled);
        return;
    default: {
        const SandboxReply reply = faultReply(fault);
        m_stats.record(routeName, QString::number(reply.status), userIds, false);
        deliver(pending, reply, m_latencyMs);
        return;
    }
    }
}

SandboxReply SandboxServer::faultReply(FaultPlan::Kind kind) const
{
    const int status = FaultPlan::statusFor(kind);
    SandboxReply reply = SandboxReply::error(status, faultMessage(status));
    if (status != 429)
        return reply;
    const int seconds = m_faults.retryAfterSeconds();
    switch (m_faults.retryAfterForm()) {
    case FaultPlan::RetryAfterForm::Seconds:
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
        break;
    case FaultPlan::RetryAfterForm::HttpDate: {
        // IMF-fixdate (RFC 9110 §5.6.7), always in English and GMT. Rounded up to the next
        // whole second so the client never waits less than asked.
        QDateTime when = QDateTime::currentDateTimeUtc().addSecs(seconds);
        if (when.time().msec() > 0)
            when = when.addMSecs(1000 - when.time().msec());
        const QString date =
            QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        reply.headers.append({QByteArrayLiteral("Retry-After"), date.toLatin1()});
        break;
    }
    case FaultPlan::RetryAfterForm::Omitted:
        break;
    }
    return reply;
}

void SandboxServer::deliver(const std::shared_ptr<Pending> &pending, const SandboxReply &reply,
                            int delayMs)
{
    if (delayMs <= 0) {
        writeReply(*pending, reply);
        return;
    }
    // A precise timer: the delay is a lower bound (a coarse one may fire up to 5 % early).
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this,
                       [this, pending, reply] { writeReply(*pending, reply); });
}

void SandboxServer::writeReply(Pending &pending, const SandboxReply &reply)
{
    emit requestHandled(pending.method, pending.path, reply.status);
    if (!pending.connected())
        return; // the client gave up; the responder's socket may already be gone
    QHttpServerResponder &responder = pending.responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"),
                          QByteArrayLiteral("application/json; charset=utf-8"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}

void SandboxServer::dropConnection(const std::shared_ptr<Pending> &pending, int delayMs)
{
    // Always from the event loop, never from inside QHttpServer's read handler: aborting there
    // would delete the request object QHttpServer is still using.
    QTimer::singleShot(qMax(0, delayMs), Qt::PreciseTimer, this, [this, pending] {
        emit requestHandled(pending->method, pending->path, StatusReset);
        if (!pending->connected())
            return;
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout turns close() into a TCP RST: a real "connection reset".
        const linger hardClose {1, 0};
        ::setsockopt(static_cast<int>(pending->socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                     &hardClose, sizeof hardClose);
#endif
        pending->socket->abort();
    });
}

SandboxReply SandboxServer::handleSandboxRoute(const SandboxRequest &request)
{
    const QString route = request.path.mid(SandboxPrefix.size());
    if (route == QLatin1String("/faults")) {
        if (request.method == "GET") {
            QJsonObject plan = m_faults.toJson();
            plan.insert(QStringLiteral("latencyMs"), m_latencyMs);
            return SandboxReply::json(200, plan);
        }
        if (request.method == "POST") {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(
                request.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : request.body,
                &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return SandboxReply::badRequest({QStringLiteral("body must be a JSON object")});
            QString error;
            const auto plan = FaultPlan::fromJson(document.object(), &error);
            if (!plan)
                return SandboxReply::badRequest({error});
            const QJsonValue latency = document.object().value(QStringLiteral("latencyMs"));
            if (!latency.isUndefined()) {
                if (!latency.isDouble() || latency.toDouble() < 0 || latency.toDouble() > 600000)
                    return SandboxReply::badRequest(
                        {QStringLiteral("latencyMs must be a number from 0 to 600000")});
                m_latencyMs = latency.toInt();
            }
            m_faults = *plan;
            QJsonObject result = m_faults.toJson();
            result.insert(QStringLiteral("latencyMs"), m_latencyMs);
            return SandboxReply::json(200, result);
        }
    }
    if (route == QLatin1String("/reset") && request.method == "POST") {
        const QJsonObject what = QJsonDocument::fromJson(request.body).object();
        if (what.value(QStringLiteral("state")).toBool(true)) {
            m_state.clear();
            for (const SandboxProject &project : std::as_const(m_options.projects)) {
                for (const QString &roomId : project.rooms)
                    m_state.project(project.apiKey).ensureRoom(roomId);
            }
            persist();
        }
        if (what.value(QStringLiteral("stats")).toBool(true))
            m_stats.clear();
        if (what.value(QStringLiteral("faults")).toBool(true)) {
            m_faults = FaultPlan();
            m_latencyMs = 0;
            releaseStalled();
        }
        return SandboxReply::json(200, true);
    }
    const SandboxReply reply = m_inspector.handle(request, m_api.now());
    if (reply.status != 0)
        return reply;
    return SandboxReply::error(
        404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), request.path),
        QStringLiteral("Not Found"));
}
