#include "SandboxApi.h"

#include "SandboxValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

struct RouteMatch
{
    SandboxApi::Route route = SandboxApi::Route::None;
    QString parameter; // badge id or room id
};

RouteMatch matchRoute(const QByteArray &method, const QString &path)
{
    using Route = SandboxApi::Route;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    auto is = [&parts](qsizetype index, const char *text) {
        return parts.at(index) == QLatin1String(text);
    };
    const bool get = method == "GET";
    const bool post = method == "POST";
    const bool patch = method == "PATCH";
    const bool del = method == "DELETE";

    if (parts.size() >= 2 && is(0, "external") && is(1, "badge")) {
        if (parts.size() == 2)
            return {get ? Route::BadgeList : post ? Route::BadgeCreate : Route::None, {}};
        if (parts.size() == 3) {
            const Route route = get ? Route::BadgeGet
                : patch             ? Route::BadgeUpdate
                : del               ? Route::BadgeDelete
                                    : Route::None;
            return {route, parts.at(2)};
        }
        if (parts.size() == 4 && is(3, "users")) {
            const Route route = post ? Route::BadgeAssign
                : del                ? Route::BadgeUnassign
                                     : Route::None;
            return {route, parts.at(2)};
        }
        return {};
    }
    if (parts.size() == 2 && is(0, "external") && is(1, "ban"))
        return {post ? Route::Ban : Route::None, {}};
    if (parts.size() == 3 && is(0, "user") && is(1, "external") && is(2, "moder"))
        return {post ? Route::Moderator : Route::None, {}};
    if (parts.size() == 2 && is(0, "external") && is(1, "room"))
        return {post ? Route::RoomCreate : Route::None, {}};
    if (parts.size() == 3 && is(0, "external") && is(1, "room"))
        return {get ? Route::RoomGet : Route::None, parts.at(2)};
    if (parts.size() == 3 && is(0, "external") && is(1, "message") && is(2, "send"))
        return {post ? Route::MessageSend : Route::None, {}};
    return {};
}

std::optional<QJsonObject> parseBody(const QByteArray &body, SandboxReply *error)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            SandboxReply::badRequest({QStringLiteral("body must be valid JSON (%1 at offset %2)")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset)});
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = SandboxReply::badRequest({QStringLiteral("body must be a JSON object")});
        return std::nullopt;
    }
    return document.object();
}

std::optional<qint64> parseId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 id = text.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

SandboxReply badIdReply()
{
    return SandboxReply::badRequest({QStringLiteral("id must be a positive integer")});
}

SandboxReply badgeNotFound()
{
    return SandboxReply::error(404, QStringLiteral("Badge not found"));
}

SandboxReply roomNotFound()
{
    return SandboxReply::error(404, QStringLiteral("Room not found"));
}

SandboxReply mutated(SandboxReply reply)
{
    reply.mutated = true;
    return reply;
}

QJsonObject withoutServerFields(QJsonObject body)
{
    body.remove(QStringLiteral("id"));
    body.remove(QStringLiteral("userCount"));
    return body;
}

// limit/offset on the badge list: absent, or a non-negative integer.
bool readPaging(const QUrlQuery &query, const QString &name, qint64 *value, QStringList *errors)
{
    if (!query.hasQueryItem(name))
        return true;
    bool ok = false;
    const qint64 number = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || number < 0) {
        errors->append(QStringLiteral("%1 must be a non-negative integer").arg(name));
        return false;
    }
    *value = number;
    return true;
}

} // namespace

SandboxApi::SandboxApi(SandboxState &state, const SandboxOptions &options)
    : m_state(state)
    , m_options(options)
{ }

QDateTime SandboxApi::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

SandboxApi::Route SandboxApi::routeOf(const QByteArray &method, const QString &path)
{
    return matchRoute(method, path).route;
}

QString SandboxApi::routeName(const QByteArray &method, const QString &path)
{
    const QString verb = QString::fromLatin1(method);
    switch (routeOf(method, path)) {
    case Route::BadgeList:
    case Route::BadgeCreate:
        return verb + QStringLiteral(" /external/badge");
    case Route::BadgeGet:
    case Route::BadgeUpdate:
    case Route::BadgeDelete:
        return verb + QStringLiteral(" /external/badge/:id");
    case Route::BadgeAssign:
    case Route::BadgeUnassign:
        return verb + QStringLiteral(" /external/badge/:id/users");
    case Route::Ban:
        return verb + QStringLiteral(" /external/ban");
    case Route::Moderator:
        return verb + QStringLiteral(" /user/external/moder");
    case Route::RoomCreate:
        return verb + QStringLiteral(" /external/room");
    case Route::RoomGet:
        return verb + QStringLiteral(" /external/room/:roomId");
    case Route::MessageSend:
        return verb + QStringLiteral(" /external/message/send");
    case Route::None:
        break;
    }
    return verb + QStringLiteral(" (unmatched)");
}

int SandboxApi::userIdCount(Route route, const QByteArray &body)
{
    if (route != Route::BadgeAssign && route != Route::BadgeUnassign)
        return -1;
    const QJsonValue ids = QJsonDocument::fromJson(body).object().value(QStringLiteral("userIds"));
    return ids.isArray() ? static_cast<int>(ids.toArray().size()) : -1;
}

std::optional<SandboxReply> SandboxApi::authenticate(const SandboxRequest &request,
                                                     const SandboxProject **project) const
{
    const QString apiKey = QString::fromUtf8(request.header("x-api-key"));
    const SandboxProject *found = nullptr;
    for (const SandboxProject &candidate : m_options.projects) {
        if (!apiKey.isEmpty() && candidate.apiKey == apiKey) {
            found = &candidate;
            break;
        }
    }
    if (found && m_options.checkRegion && request.hasHeader("x-sandbox-region")
        && QString::fromUtf8(request.header("x-sandbox-region"))
                .compare(found->region, Qt::CaseInsensitive)
            != 0) {
        found = nullptr; // a key sent to another region's host is unknown there (contract §10)
    }
    if (!found)
        return SandboxReply::error(404, QStringLiteral("Project not found"));

    // "Bearer <token>": one scheme word (case-insensitive, RFC 6750) and one token.
    const QString authorization = QString::fromUtf8(request.header("authorization"));
    const qsizetype space = authorization.indexOf(QLatin1Char(' '));
    const QString scheme = space < 0 ? authorization : authorization.left(space);
    const QString token = space < 0 ? QString() : authorization.mid(space + 1).trimmed();
    if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0 || token.isEmpty()
        || token.contains(QLatin1Char(' ')) || !found->bearerTokens.contains(token)) {
        return SandboxReply::error(403, QStringLiteral("Bearer token is required"));
    }
    *project = found;
    return std::nullopt;
}

SandboxReply SandboxApi::handle(const SandboxRequest &request)
{
    const RouteMatch match = matchRoute(request.method, request.path);
    if (match.route == Route::None) {
        return SandboxReply::error(
            404,
            QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), request.path),
            QStringLiteral("Not Found"));
    }

    const SandboxProject *project = nullptr;
    if (auto denied = authenticate(request, &project))
        return *denied;
    SandboxProjectState &state = m_state.project(project->apiKey);

    switch (match.route) {
    case Route::BadgeList:
        return listBadges(request, state);
    case Route::BadgeGet:
        return getBadge(match.parameter, state);
    case Route::BadgeDelete:
        return deleteBadge(match.parameter, state);
    case Route::RoomGet:
        return getRoom(match.parameter, state);
    default:
        break;
    }

    SandboxReply invalid;
    const auto body = parseBody(request.body, &invalid);
    if (!body)
        return invalid;
    switch (match.route) {
    case Route::BadgeCreate:
        return createBadge(*body, state);
    case Route::BadgeUpdate:
        return updateBadge(match.parameter, *body, state);
    case Route::BadgeAssign:
        return assignUsers(match.parameter, *body, true, state);
    case Route::BadgeUnassign:
        return assignUsers(match.parameter, *body, false, state);
    case Route::Ban:
        return ban(*body, state);
    case Route::Moderator:
        return grantModerator(*body, state);
    case Route::RoomCreate:
        return createRoom(*body, state);
    case Route::MessageSend:
        return sendMessage(*body, state);
    default:
        break;
    }
    return SandboxReply::error(500, QStringLiteral("Internal server error"));
}

SandboxReply SandboxApi::listBadges(const SandboxRequest &request,
                                    const SandboxProjectState &state) const
{
    qint64 limit = -1;
    qint64 offset = 0;
    QStringList errors;
    readPaging(request.query, QStringLiteral("limit"), &limit, &errors);
    readPaging(request.query, QStringLiteral("offset"), &offset, &errors);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);

    QJsonArray list;
    const QList<qint64> ids = state.badgeIds(); // ascending
    for (qsizetype i = offset; i < ids.size(); ++i) {
        if (limit >= 0 && list.size() >= limit)
            break;
        QJsonObject badge = *state.badge(ids.at(i));
        badge.insert(QStringLiteral("userCount"), state.userCount(ids.at(i)));
        list.append(badge);
    }
    return SandboxReply::json(200, list);
}

SandboxReply SandboxApi::getBadge(const QString &idText, const SandboxProjectState &state) const
{
    const auto id = parseId(idText);
    if (!id)
        return badIdReply();
    const auto badge = state.badge(*id);
    if (!badge)
        return badgeNotFound();
    // Like the seed's example: no userCount here, so a client cannot come to rely on it.
    return SandboxReply::json(200, *badge);
}

SandboxReply SandboxApi::createBadge(const QJsonObject &body, SandboxProjectState &state)
{
    QJsonObject fields = withoutServerFields(body);
    const QStringList errors = SandboxValidator::badge(fields);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);
    for (const QString &optional :
         {QStringLiteral("pic"), QStringLiteral("data"), QStringLiteral("trigger")}) {
        if (!fields.contains(optional))
            fields.insert(optional, QJsonValue::Null);
    }
    return mutated(SandboxReply::json(201, state.createBadge(fields)));
}

SandboxReply SandboxApi::updateBadge(const QString &idText, const QJsonObject &body,
                                     SandboxProjectState &state)
{
    const auto id = parseId(idText);
    if (!id)
        return badIdReply();
    const QJsonObject patch = withoutServerFields(body);
    QStringList errors = SandboxValidator::badgePatch(patch);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);
    const auto stored = state.badge(*id);
    if (!stored)
        return badgeNotFound();
    QJsonObject merged = *stored;
    for (auto it = patch.begin(); it != patch.end(); ++it)
        merged.insert(it.key(), it.value());
    errors = SandboxValidator::badge(merged);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);
    state.replaceBadge(*id, merged);
    return mutated(SandboxReply::json(200, true));
}

SandboxReply SandboxApi::deleteBadge(const QString &idText, SandboxProjectState &state)
{
    const auto id = parseId(idText);
    if (!id)
        return badIdReply();
    if (!state.removeBadge(*id))
        return badgeNotFound();
    return mutated(SandboxReply::json(200, true));
}

SandboxReply SandboxApi::assignUsers(const QString &idText, const QJsonObject &body, bool assign,
                                     SandboxProjectState &state)
{
    const auto id = parseId(idText);
    if (!id)
        return badIdReply();
    QStringList userIds;
    const QStringList errors = SandboxValidator::userIds(body, m_options.assignCap, &userIds);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);
    if (!state.badge(*id))
        return badgeNotFound();
    if (assign) {
        const int added = state.assign(*id, userIds);
        SandboxReply reply =
            SandboxReply::json(201,
                               QJsonObject {{QStringLiteral("assigned"), added},
                                            {QStringLiteral("total"), state.userCount(*id)}});
        reply.mutated = added > 0;
        return reply;
    }
    const int removed = state.unassign(*id, userIds);
    SandboxReply reply =
        SandboxReply::json(200,
                           QJsonObject {{QStringLiteral("removed"), removed},
                                        {QStringLiteral("total"), state.userCount(*id)}});
    reply.mutated = removed > 0;
    return reply;
}

SandboxReply SandboxApi::ban(const QJsonObject &body, SandboxProjectState &state)
{
    const QDateTime nowUtc = now();
    const QStringList errors = SandboxValidator::ban(body, nowUtc);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);
    state.pruneExpiredBans(nowUtc);
    const QString type = body.value(QStringLiteral("type")).toString();
    const SandboxProjectState::BanKey key {body.value(QStringLiteral("userId")).toString(), type,
                                           type == QLatin1String("IN_ROOM")
                                               ? body.value(QStringLiteral("roomId")).toString()
                                               : QString()};
    if (body.value(QStringLiteral("value")).toBool()) {
        SandboxProjectState::Ban ban;
        const QJsonValue reason = body.value(QStringLiteral("reason"));
        const QJsonValue description = body.value(QStringLiteral("description"));
        ban.reason = reason.isDouble() ? QJsonValue(reason.toInt()) : QJsonValue(QJsonValue::Null);
        ban.description = description.isString() ? description : QJsonValue(QJsonValue::Null);
        ban.expires = body.value(QStringLiteral("expires")).toString();
        state.setBan(key, ban);
    } else {
        state.liftBan(key); // lifting a ban that does not exist still succeeds
    }
    return mutated(SandboxReply::json(201, true));
}

SandboxReply SandboxApi::grantModerator(const QJsonObject &body, SandboxProjectState &state)
{
    const QStringList errors = SandboxValidator::moderator(body);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);
    const QString roomId = body.value(QStringLiteral("roomId")).toString();
    if (!state.hasRoom(roomId))
        return roomNotFound();
    SandboxReply reply = SandboxReply::json(201, true);
    reply.mutated =
        state.addModerator(roomId, body.value(QStringLiteral("decryptedUserId")).toString());
    return reply;
}

SandboxReply SandboxApi::createRoom(const QJsonObject &body, SandboxProjectState &state)
{
    const QStringList errors = SandboxValidator::room(body);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);
    return mutated(SandboxReply::json(201, state.putRoom(body)));
}

SandboxReply SandboxApi::getRoom(const QString &roomId, const SandboxProjectState &state) const
{
    const auto room = state.room(roomId);
    if (!room)
        return roomNotFound();
    return SandboxReply::json(200, *room);
}

SandboxReply SandboxApi::sendMessage(const QJsonObject &body, SandboxProjectState &state)
{
    const QStringList errors = SandboxValidator::message(body);
    if (!errors.isEmpty())
        return SandboxReply::badRequest(errors);
    const QJsonObject message =
        state.addMessage(body.value(QStringLiteral("userId")).toString(),
                         body.value(QStringLiteral("roomId")).toString(),
                         body.value(QStringLiteral("text")).toString(), now());
    return mutated(SandboxReply::json(201, message));
}
