#include "WatchersClient.h"

#include "BulkThread.h"
#include "DeliverTo.h"
#include "ErrorMapper.h"
#include "JsonParse.h"
#include "OneShotBody.h"
#include "RequestLog.h"
#include "UrlPolicy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

struct WatchersClient::RawReply
{
    int status = 0;
    QByteArray body;
    ApiError error;
};

// One logical call: its attempts, its deadline, and the handler that must run exactly once.
struct PendingCall
{
    WatchersClient::RequestId id = 0;
    QByteArray method;
    QUrl url;
    QByteArray body;
    bool hasContext = false;
    QPointer<QObject> context;
    std::function<void(const WatchersClient::RawReply &)> handler;
    int attempt = 0;
    QElapsedTimer sinceStart;
    QElapsedTimer sinceAttempt;
    QTimer deadline;
    QTimer retryTimer;
    QPointer<QNetworkReply> reply;
    QList<QSslError> tlsErrors;
    bool deadlinePassed = false;
    bool cancelled = false;
    bool tooLarge = false;
    QByteArray received; // the answer so far, read as it arrives
    bool replayable = true; // false: Qt must not re-send it by itself (create, send message)
    HeaderList requestHeaders;
};

namespace {

constexpr qint64 ReadChunkBytes = 1024 * 1024;

// Straight into `body`, without a temporary copy of what arrived.
void appendAvailable(QByteArray &body, QNetworkReply *reply)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype start = body.size();
    body.resize(start + available);
    const qint64 read = reply->read(body.data() + start, available);
    body.resize(start + qMax<qint64>(0, read));
}

// For a create (or a sent message) the server answered 2xx but the answer could not be used:
// it did happen, so "could not be read" alone would invite a second Save and a second badge.
QString acceptedButUnreadableHint()
{
    return QCoreApplication::translate("WatchersClient",
                                       "The server accepted the request, so it was probably "
                                       "created: refresh before trying again, so nothing is "
                                       "created twice.");
}

} // namespace

WatchersClient::WatchersClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Qt 6.4 would follow a redirect to another host and re-send Authorization with it.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

WatchersClient::~WatchersClient()
{
    for (PendingCall *call : std::as_const(m_calls)) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
            call->reply->deleteLater();
        }
        delete call;
    }
}

void WatchersClient::setConnection(const ConnectionSettings &connection)
{
    m_connection = connection;
}

QUrl WatchersClient::urlFor(const QString &path) const
{
    QUrl url = m_connection.baseUrl();
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

PendingCall *WatchersClient::newCall(const QByteArray &method, const QString &path,
                                     const QByteArray &body, QObject *context, RawHandler handler)
{
    auto *call = new PendingCall;
    call->id = m_nextId++;
    call->method = method;
    call->url = urlFor(path);
    call->body = body;
    call->hasContext = context != nullptr;
    call->context = context;
    call->handler = std::move(handler);
    call->sinceStart.start();
    m_calls.insert(call->id, call);
    call->deadline.setSingleShot(true);
    connect(&call->deadline, &QTimer::timeout, this, [this, call] {
        call->deadlinePassed = true;
        if (call->reply)
            call->reply->abort(); // finished() follows and reports the timeout
        else
            finish(call, {0, {}, ErrorMapper::timeout(true, m_options.deadlineMs / 1000)});
    });
    call->deadline.start(m_options.deadlineMs);
    call->retryTimer.setSingleShot(true);
    connect(&call->retryTimer, &QTimer::timeout, this, [this, call] { startAttempt(call); });
    return call;
}

WatchersClient::RequestId WatchersClient::reject(QObject *context, RawHandler handler,
                                                 const ApiError &error)
{
    PendingCall *call = newCall({}, {}, {}, context, std::move(handler));
    failSoon(call, error);
    return call->id;
}

WatchersClient::RequestId WatchersClient::send(const QByteArray &method, const QString &path,
                                               const QByteArray &body, QObject *context,
                                               RawHandler handler, Replay replay)
{
    PendingCall *call = newCall(method, path, body, context, std::move(handler));
    call->replayable = replay == Replay::Safe;
    if (const QString problem = UrlPolicy::problem(call->url); !problem.isEmpty()) {
        failSoon(call, ApiError(ApiError::Kind::RefusedUrl, problem));
        return call->id;
    }
    const QString token = m_connection.bearerToken;
    const bool headerSafe = std::none_of(token.cbegin(), token.cend(), [](QChar c) {
        return c.unicode() < 0x21 || c.unicode() > 0x7e;
    });
    if (!headerSafe) {
        failSoon(call,
                 ApiError(ApiError::Kind::TokenRejected,
                          tr("The bearer token contains spaces or characters a token "
                             "cannot have."),
                          tr("Paste the token again, exactly as the admin panel shows it.")));
        return call->id;
    }
    startAttempt(call);
    return call->id;
}

void WatchersClient::failSoon(PendingCall *call, const ApiError &error)
{
    // Callbacks never run inside the call that started them: callers can rely on that.
    QTimer::singleShot(0, this, [this, id = call->id, error] {
        if (PendingCall *pending = m_calls.value(id))
            finish(pending, {0, {}, error});
    });
}

void WatchersClient::startAttempt(PendingCall *call)
{
    ++call->attempt;
    call->tlsErrors.clear();
    call->tooLarge = false;
    QNetworkRequest request(call->url);
    request.setRawHeader("x-api-key", m_connection.apiKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + m_connection.bearerToken.toLatin1());
    request.setRawHeader("accept", "application/json");
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    call->requestHeaders.clear();
    for (const QByteArray &name : request.rawHeaderList())
        call->requestHeaders.append({name, request.rawHeader(name)});
    if (!call->body.isEmpty())
        call->requestHeaders.append({QByteArray("Content-Type"), QByteArray("application/json")});

    call->sinceAttempt.start();
    QNetworkReply *reply = nullptr;
    if (call->replayable || call->body.isEmpty()) {
        reply = m_network->sendCustomRequest(request, call->method, call->body);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->body);
        reply = m_network->sendCustomRequest(request, call->method, body);
        body->setParent(reply);
    }
    call->reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [call](const QList<QSslError> &errors) { call->tlsErrors = errors; }); // never ignored
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, call, reply](qint64 received, qint64) {
                if (received > m_options.maxResponseBytes && !call->tooLarge) {
                    call->tooLarge = true;
                    reply->abort();
                }
            });
    // Read as it arrives, at most a megabyte at a time: a badge list runs to tens of megabytes,
    // and copying it out of the reply in one piece held up the window for tens of milliseconds.
    call->received.clear();
    reply->setReadBufferSize(ReadChunkBytes);
    connect(reply, &QNetworkReply::readyRead, this, [this, call, reply] {
        if (call->received.isEmpty()) {
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > 0 && length <= m_options.maxResponseBytes)
                call->received.reserve(length);
        }
        appendAvailable(call->received, reply);
    });
    connect(reply, &QNetworkReply::finished, this, [this, call] { onAttemptFinished(call); });
}

void WatchersClient::onAttemptFinished(PendingCall *call)
{
    QNetworkReply *reply = call->reply;
    call->reply.clear();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    appendAvailable(call->received, reply);
    const QByteArray body = call->tooLarge ? QByteArray() : std::exchange(call->received, {});
    const QNetworkReply::NetworkError code = reply->error();

    RawReply raw {status, body, {}};
    if (call->cancelled) {
        raw.error = ApiError(ApiError::Kind::Cancelled, tr("Cancelled."));
    } else if (call->deadlinePassed) {
        raw.error = ErrorMapper::timeout(true, m_options.deadlineMs / 1000);
    } else if (call->tooLarge) {
        const bool accepted = status >= 200 && status < 300 && !call->replayable;
        raw.error = ApiError(ApiError::Kind::BadResponse,
                             tr("The server's answer is larger than %n MB; it was not read.",
                                nullptr, int(m_options.maxResponseBytes / (1024 * 1024))),
                             accepted ? acceptedButUnreadableHint() : QString());
    } else if (status >= 200 && status < 300) {
        // Any 2xx is success, whatever the body (contract §3).
    } else if (status > 0) {
        raw.error = ErrorMapper::fromHttp(status, body, reply->rawHeader("Retry-After"),
                                          m_connection.regionDisplayName(),
                                          QDateTime::currentDateTimeUtc());
    } else if (code == QNetworkReply::OperationCanceledError) {
        // setTransferTimeout() aborts a stalled transfer this way.
        raw.error = ErrorMapper::timeout(false, 0);
    } else {
        raw.error = ErrorMapper::fromNetwork(code, reply->errorString(), call->tlsErrors);
    }
    logAttempt(call, status, body.size(), raw.error.isError() ? raw.error.summary() : tr("OK"));
    if (raw.error.isError() && scheduleRetry(call, raw.error))
        return;
    finish(call, raw);
}

bool WatchersClient::scheduleRetry(PendingCall *call, const ApiError &error)
{
    // Only reads repeat by themselves: a re-sent create could make a second badge.
    if (call->method != "GET" || !error.isTransient() || call->cancelled || call->deadlinePassed)
        return false;
    const int retry = call->attempt; // 1 after the first attempt failed
    if (retry > m_options.getRetry.maxRetries)
        return false;
    const auto delay = m_options.getRetry.delayFor(retry, error.retryAfter());
    const qint64 remaining = m_options.deadlineMs - call->sinceStart.elapsed();
    if (delay.count() >= remaining)
        return false;
    call->retryTimer.start(int(delay.count()));
    return true;
}

void WatchersClient::logAttempt(const PendingCall *call, int status, qint64 bytes,
                                const QString &outcome)
{
    if (!m_log)
        return;
    RequestLogEntry entry;
    entry.startedUtc = QDateTime::currentDateTimeUtc().addMSecs(-call->sinceAttempt.elapsed());
    entry.method = call->method;
    entry.url = call->url;
    entry.requestHeaders = call->requestHeaders;
    entry.requestBody = call->body;
    entry.httpStatus = status;
    entry.durationMs = call->sinceAttempt.elapsed();
    entry.bytesReceived = bytes;
    entry.outcome = outcome;
    entry.attempt = call->attempt;
    m_log->record(entry, m_connection.bearerToken);
}

void WatchersClient::finish(PendingCall *call, const RawReply &reply)
{
    m_calls.remove(call->id);
    call->deadline.stop();
    call->retryTimer.stop();
    if (call->reply) {
        call->reply->disconnect(this);
        call->reply->abort();
        call->reply->deleteLater();
    }
    RawReply scrubbed = reply;
    if (reply.error.isError()) {
        const QString token = m_connection.bearerToken;
        ApiError clean(reply.error.kind(), Redaction::scrub(reply.error.summary(), token),
                       reply.error.hint(), Redaction::scrub(reply.error.detail(), token));
        clean.setHttpStatus(reply.error.httpStatus());
        clean.setFieldIssues(reply.error.fieldIssues());
        clean.setRetryAfter(reply.error.retryAfter());
        scrubbed.error = clean;
        emit callFailed(clean);
    } else {
        emit callSucceeded();
    }
    const bool deliver = !call->hasContext || call->context;
    auto handler = std::move(call->handler);
    delete call;
    if (deliver)
        handler(scrubbed);
}

void WatchersClient::cancel(RequestId id)
{
    PendingCall *call = m_calls.value(id);
    if (!call)
        return;
    call->cancelled = true;
    if (call->reply)
        call->reply->abort();
    else
        finish(call, {0, {}, ApiError(ApiError::Kind::Cancelled, tr("Cancelled."))});
}

void WatchersClient::cancelAll()
{
    const auto ids = m_calls.keys();
    for (RequestId id : ids)
        cancel(id);
}

template<typename T>
WatchersClient::RequestId
WatchersClient::sendTyped(const QByteArray &method, const QString &path, const QByteArray &body,
                          QObject *context, ApiCallback<T> done,
                          std::function<ApiResult<T>(const QByteArray &)> decode, Replay replay)
{
    return send(
        method, path, body, context,
        [done = std::move(done), decode = std::move(decode)](const RawReply &reply) {
            done(reply.error.isError() ? ApiResult<T>::failure(reply.error) : decode(reply.body));
        },
        replay);
}

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiError badResponse(const QString &why)
{
    return ApiError(
        ApiError::Kind::BadResponse,
        QCoreApplication::translate("WatchersClient", "The server's answer could not be read."),
        QCoreApplication::translate("WatchersClient",
                                    "Check that the address points at the Watchers "
                                    "API of the right region."),
        why);
}

template<typename T>
ApiResult<T> decodeWith(const QByteArray &body, qsizetype cap,
                        const std::function<Decoded<T>(const QJsonValue &)> &decoder)
{
    const Decoded<QJsonValue> json = JsonParse::parse(body, cap);
    if (!json.ok())
        return ApiResult<T>::failure(badResponse(json.error));
    Decoded<T> decoded = decoder(json.value);
    if (!decoded.ok())
        return ApiResult<T>::failure(badResponse(decoded.error));
    return ApiResult<T>::success(std::move(decoded.value));
}

// A list of thousands of badges takes tens of milliseconds to decode, long enough to freeze the
// window: answers this large are decoded on a worker thread. Smaller ones are decoded at once,
// which costs less than the trip to another thread.
constexpr qsizetype BackgroundDecodeBytes = 256 * 1024;

// `done` runs on `receiver`'s thread, and not at all once `receiver` is gone.
template<typename T>
void decodeInBackground(const QByteArray &body, QObject *receiver, ApiCallback<T> done,
                        std::function<ApiResult<T>(const QByteArray &)> decode)
{
    const QPointer<QObject> guard(receiver);
    BulkThread::run([guard, body, done = std::move(done), decode = std::move(decode)]() mutable {
        auto result = std::make_shared<const ApiResult<T>>(decode(body));
        deliverTo(guard, [done = std::move(done), result] { done(*result); });
    });
}

ApiResult<NoValue> ignoreBody(const QByteArray &)
{
    return ApiResult<NoValue>::success({});
}

ApiResult<AssignOutcome> decodeAssign(const QByteArray &body, const QString &changedKey)
{
    // The documented API returns no body; read the sandbox's counts when they are there.
    AssignOutcome outcome;
    const Decoded<QJsonValue> json = JsonParse::parse(body, 64 * 1024);
    if (json.ok() && json.value.isObject()) {
        const QJsonObject o = json.value.toObject();
        if (o.value(changedKey).isDouble())
            outcome.changed = o.value(changedKey).toInt();
        if (o.value(u"total"_s).isDouble())
            outcome.total = o.value(u"total"_s).toInt();
    }
    return ApiResult<AssignOutcome>::success(outcome);
}

// The same bytes as compact({{"userIds", QJsonArray::fromStringList(userIds)}}), written
// straight into one buffer: a bulk job sends a thousand IDs per call, and the JSON document
// took 0.3-0.5 ms of the GUI thread per call (this: 0.03 ms). A list with an ID that is not
// printable ASCII, or holds '"' or '\', goes through QJsonDocument as before, so the output
// never differs.
QByteArray userIdsBody(const QStringList &userIds)
{
    qsizetype size = 0;
    for (const QString &id : userIds) {
        for (const QChar c : id) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\')
                return compact({{u"userIds"_s, QJsonArray::fromStringList(userIds)}});
        }
        size += id.size() + 3; // quotes and comma
    }
    static constexpr char Head[] = "{\"userIds\":[";
    const qsizetype headSize = qsizetype(sizeof Head) - 1;
    // Room for "]}" and a comma after every ID; the last comma is never written (truncated).
    QByteArray body(headSize + size + 2, Qt::Uninitialized);
    char *out = std::copy_n(Head, headSize, body.data());
    for (qsizetype n = 0; n < userIds.size(); ++n) {
        if (n > 0)
            *out++ = ',';
        *out++ = '"';
        for (const QChar c : userIds.at(n))
            *out++ = char(c.unicode());
        *out++ = '"';
    }
    *out++ = ']';
    *out++ = '}';
    body.truncate(out - body.constData());
    return body;
}

QString badgePath(qint64 id)
{
    return u"/external/badge/%1"_s.arg(id);
}

} // namespace

WatchersClient::RequestId WatchersClient::listBadges(QObject *context,
                                                     ApiCallback<QList<Badge>> done)
{
    const qsizetype cap = m_options.maxResponseBytes;
    std::function<ApiResult<QList<Badge>>(const QByteArray &)> decode =
        [cap](const QByteArray &body) {
            return decodeWith<QList<Badge>>(body, cap, &Badge::listFromJson);
        };
    // The handler only runs while `context` (or, without one, this client) is alive.
    QObject *receiver = context ? context : this;
    return send(
        "GET", u"/external/badge"_s, {}, context,
        [receiver, done = std::move(done), decode = std::move(decode)](const RawReply &reply) {
            if (reply.error.isError())
                done(ApiResult<QList<Badge>>::failure(reply.error));
            else if (reply.body.size() < BackgroundDecodeBytes)
                done(decode(reply.body));
            else
                decodeInBackground(reply.body, receiver, done, decode);
        });
}

WatchersClient::RequestId WatchersClient::getBadge(qint64 id, QObject *context,
                                                   ApiCallback<Badge> done)
{
    const qsizetype cap = m_options.maxResponseBytes;
    return sendTyped<Badge>(
        "GET", badgePath(id), {}, context, std::move(done),
        [cap](const QByteArray &body) { return decodeWith<Badge>(body, cap, &Badge::fromJson); });
}

WatchersClient::RequestId WatchersClient::createBadge(const Badge &badge, QObject *context,
                                                      ApiCallback<Badge> done)
{
    const qsizetype cap = m_options.maxResponseBytes;
    return sendTyped<Badge>(
        "POST", u"/external/badge"_s, compact(badge.toRequestJson()), context, std::move(done),
        [cap](const QByteArray &body) {
            ApiResult<Badge> result = decodeWith<Badge>(body, cap, &Badge::fromJson);
            if (result.ok() && !result.value().id)
                result = ApiResult<Badge>::failure(badResponse(
                    QCoreApplication::translate("WatchersClient", "The created badge has no id.")));
            if (!result.ok())
                return ApiResult<Badge>::failure(
                    ApiError(result.error().kind(), result.error().summary(),
                             acceptedButUnreadableHint(), result.error().detail()));
            return result;
        },
        Replay::Never);
}

WatchersClient::RequestId WatchersClient::updateBadge(const Badge &badge, QObject *context,
                                                      ApiCallback<Badge> done)
{
    if (!badge.id) {
        ApiError error(ApiError::Kind::Validation, tr("This badge has not been created yet."),
                       tr("Create it first; only existing badges can be updated."));
        return reject(
            context,
            [done](const RawReply &reply) { done(ApiResult<Badge>::failure(reply.error)); }, error);
    }
    return sendTyped<Badge>(
        "PATCH", badgePath(*badge.id), compact(badge.toRequestJson()), context, std::move(done),
        [badge](const QByteArray &) { return ApiResult<Badge>::success(badge); });
}

WatchersClient::RequestId WatchersClient::deleteBadge(qint64 id, QObject *context,
                                                      ApiCallback<NoValue> done)
{
    return sendTyped<NoValue>("DELETE", badgePath(id), {}, context, std::move(done), &ignoreBody);
}

WatchersClient::RequestId WatchersClient::assignUsers(qint64 badgeId, const QStringList &userIds,
                                                      QObject *context,
                                                      ApiCallback<AssignOutcome> done)
{
    return sendTyped<AssignOutcome>(
        "POST", badgePath(badgeId) + u"/users"_s, userIdsBody(userIds), context, std::move(done),
        [](const QByteArray &body) { return decodeAssign(body, u"assigned"_s); });
}

WatchersClient::RequestId WatchersClient::unassignUsers(qint64 badgeId, const QStringList &userIds,
                                                        QObject *context,
                                                        ApiCallback<AssignOutcome> done)
{
    return sendTyped<AssignOutcome>(
        "DELETE", badgePath(badgeId) + u"/users"_s, userIdsBody(userIds), context, std::move(done),
        [](const QByteArray &body) { return decodeAssign(body, u"removed"_s); });
}

WatchersClient::RequestId WatchersClient::ban(const BanRequest &request, QObject *context,
                                              ApiCallback<NoValue> done)
{
    return sendTyped<NoValue>("POST", u"/external/ban"_s, compact(request.toJson()), context,
                              std::move(done), &ignoreBody);
}

WatchersClient::RequestId WatchersClient::grantModerator(const ModeratorGrant &grant,
                                                         QObject *context,
                                                         ApiCallback<NoValue> done)
{
    return sendTyped<NoValue>("POST", u"/user/external/moder"_s, compact(grant.toJson()), context,
                              std::move(done), &ignoreBody);
}

WatchersClient::RequestId WatchersClient::sendMessage(const ChatMessage &message, QObject *context,
                                                      ApiCallback<SentMessage> done)
{
    const qsizetype cap = m_options.maxResponseBytes;
    return sendTyped<SentMessage>(
        "POST", u"/external/message/send"_s, compact(message.toJson()), context, std::move(done),
        [cap](const QByteArray &body) {
            return decodeWith<SentMessage>(body, cap, &SentMessage::fromJson);
        },
        Replay::Never);
}
