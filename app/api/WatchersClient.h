#pragma once

#include "ApiResult.h"
#include "AssignOutcome.h"
#include "Badge.h"
#include "BanRequest.h"
#include "ChatMessage.h"
#include "ClientOptions.h"
#include "ConnectionSettings.h"
#include "ModeratorGrant.h"
#include "RequestLog.h"
#include "SentMessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
struct PendingCall;

// Every endpoint of the Watchers back-to-back API (contract §4–§7) on one
// QNetworkAccessManager. Callers get typed results or an ApiError in a callback that runs on
// the event loop, never inside the call itself, and never after `context` is destroyed.
class WatchersClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;

    explicit WatchersClient(QObject *parent = nullptr);
    ~WatchersClient() override;

    void setConnection(const ConnectionSettings &connection);
    const ConnectionSettings &connection() const { return m_connection; }
    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }
    void setRequestLog(RequestLog *log) { m_log = log; }

    RequestId listBadges(QObject *context, ApiCallback<QList<Badge>> done);
    RequestId getBadge(qint64 id, QObject *context, ApiCallback<Badge> done);
    RequestId createBadge(const Badge &badge, QObject *context, ApiCallback<Badge> done);
    // PATCH answers a bare `true`: on success the callback gets the badge as sent (the saved copy).
    RequestId updateBadge(const Badge &badge, QObject *context, ApiCallback<Badge> done);
    RequestId deleteBadge(qint64 id, QObject *context, ApiCallback<NoValue> done);
    RequestId assignUsers(qint64 badgeId, const QStringList &userIds, QObject *context,
                          ApiCallback<AssignOutcome> done);
    // Undocumented (U-5): only the sandbox is known to support it.
    RequestId unassignUsers(qint64 badgeId, const QStringList &userIds, QObject *context,
                            ApiCallback<AssignOutcome> done);
    // Ban and unban share one endpoint; `request.ban` chooses.
    RequestId ban(const BanRequest &request, QObject *context, ApiCallback<NoValue> done);
    RequestId grantModerator(const ModeratorGrant &grant, QObject *context,
                             ApiCallback<NoValue> done);
    RequestId sendMessage(const ChatMessage &message, QObject *context,
                          ApiCallback<SentMessage> done);

    // The callback then runs with ApiError::Kind::Cancelled (unless its context is gone).
    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const { return int(m_calls.size()); }

signals:
    void callSucceeded();
    void callFailed(const ApiError &error);

private:
    friend struct PendingCall;
    struct RawReply;
    using RawHandler = std::function<void(const RawReply &)>;

    PendingCall *newCall(const QByteArray &method, const QString &path, const QByteArray &body,
                         QObject *context, RawHandler handler);
    RequestId reject(QObject *context, RawHandler handler, const ApiError &error);
    // Safe: repeating the request changes nothing (reads, assign, ban, PATCH, DELETE).
    // Never: a repeat could act twice (create, send message), so not even Qt may re-send it.
    enum class Replay { Safe, Never };
    RequestId send(const QByteArray &method, const QString &path, const QByteArray &body,
                   QObject *context, RawHandler handler, Replay replay = Replay::Safe);
    void startAttempt(PendingCall *call);
    void onAttemptFinished(PendingCall *call);
    void finish(PendingCall *call, const RawReply &reply);
    void failSoon(PendingCall *call, const ApiError &error);
    bool scheduleRetry(PendingCall *call, const ApiError &error);
    void logAttempt(const PendingCall *call, int status, qint64 bytes, const QString &outcome);
    QUrl urlFor(const QString &path) const;

    template<typename T>
    RequestId sendTyped(const QByteArray &method, const QString &path, const QByteArray &body,
                        QObject *context, ApiCallback<T> done,
                        std::function<ApiResult<T>(const QByteArray &)> decode,
                        Replay replay = Replay::Safe);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_connection;
    ClientOptions m_options;
    QPointer<RequestLog> m_log;
    QHash<RequestId, PendingCall *> m_calls;
    RequestId m_nextId = 1;
};
