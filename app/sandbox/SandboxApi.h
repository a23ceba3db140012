#pragma once

#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// The public Watchers routes (contract §4 to §7): routing, the credential checks in the
// documented order (404 key, 403 token, 400 body, then 404 entity) and the state changes.
// Synchronous and free of networking so that SandboxServer can decide separately when, and
// whether, the reply goes on the wire.
class SandboxApi
{
public:
    enum class Route {
        None,
        BadgeList,
        BadgeCreate,
        BadgeGet,
        BadgeUpdate,
        BadgeDelete,
        BadgeAssign,
        BadgeUnassign,
        Ban,
        Moderator,
        RoomCreate,
        RoomGet,
        MessageSend,
    };

    // Both references must outlive the api (SandboxServer owns all three).
    SandboxApi(SandboxState &state, const SandboxOptions &options);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    static Route routeOf(const QByteArray &method, const QString &path);
    // The route as a pattern for stats and logs ("POST /external/badge/:id/users"); for an
    // unknown route, "<METHOD> (unmatched)".
    static QString routeName(const QByteArray &method, const QString &path);
    // How many user ids an assign/unassign body carries; -1 for other routes or bad bodies.
    static int userIdCount(Route route, const QByteArray &body);

    SandboxReply handle(const SandboxRequest &request);

private:
    std::optional<SandboxReply> authenticate(const SandboxRequest &request,
                                             const SandboxProject **project) const;

    SandboxReply listBadges(const SandboxRequest &request, const SandboxProjectState &state) const;
    SandboxReply getBadge(const QString &idText, const SandboxProjectState &state) const;
    SandboxReply createBadge(const QJsonObject &body, SandboxProjectState &state);
    SandboxReply updateBadge(const QString &idText, const QJsonObject &body,
                             SandboxProjectState &state);
    SandboxReply deleteBadge(const QString &idText, SandboxProjectState &state);
    SandboxReply assignUsers(const QString &idText, const QJsonObject &body, bool assign,
                             SandboxProjectState &state);
    SandboxReply ban(const QJsonObject &body, SandboxProjectState &state);
    SandboxReply grantModerator(const QJsonObject &body, SandboxProjectState &state);
    SandboxReply createRoom(const QJsonObject &body, SandboxProjectState &state);
    SandboxReply getRoom(const QString &roomId, const SandboxProjectState &state) const;
    SandboxReply sendMessage(const QJsonObject &body, SandboxProjectState &state);

    SandboxState &m_state;
    const SandboxOptions &m_options;
    std::function<QDateTime()> m_clock;
};
