#include "SandboxProjectState.h"

#include "SandboxValidator.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QJsonArray toArray(const std::set<QString> &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

std::set<QString> toSet(const QJsonValue &value)
{
    std::set<QString> set;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        set.insert(item.toString());
    return set;
}

qint64 counter(const QJsonObject &json, const QString &key)
{
    return std::max<qint64>(1, json.value(key).toInteger(1));
}

} // namespace

bool SandboxProjectState::isEmpty() const
{
    return m_nextBadgeId == 1 && m_badges.empty() && m_bans.empty() && m_moderators.empty()
        && m_messages.isEmpty();
}

QList<qint64> SandboxProjectState::badgeIds() const
{
    QList<qint64> ids;
    ids.reserve(static_cast<qsizetype>(m_badges.size()));
    for (const auto &entry : m_badges)
        ids.append(entry.first);
    return ids;
}

std::optional<QJsonObject> SandboxProjectState::badge(qint64 id) const
{
    const auto it = m_badges.find(id);
    if (it == m_badges.end())
        return std::nullopt;
    return it->second;
}

QJsonObject SandboxProjectState::createBadge(QJsonObject fields)
{
    const qint64 id = m_nextBadgeId++;
    fields.insert(QStringLiteral("id"), id);
    m_badges[id] = fields;
    return fields;
}

bool SandboxProjectState::replaceBadge(qint64 id, QJsonObject badge)
{
    const auto it = m_badges.find(id);
    if (it == m_badges.end())
        return false;
    badge.insert(QStringLiteral("id"), id);
    it->second = badge;
    return true;
}

bool SandboxProjectState::removeBadge(qint64 id)
{
    m_holders.erase(id);
    return m_badges.erase(id) > 0;
}

int SandboxProjectState::userCount(qint64 id) const
{
    const auto it = m_holders.find(id);
    return it == m_holders.end() ? 0 : static_cast<int>(it->second.size());
}

QStringList SandboxProjectState::holders(qint64 id) const
{
    QStringList list;
    const auto it = m_holders.find(id);
    if (it != m_holders.end()) {
        for (const QString &userId : it->second)
            list.append(userId);
    }
    return list;
}

int SandboxProjectState::assign(qint64 id, const QStringList &userIds)
{
    auto &set = m_holders[id];
    int added = 0;
    for (const QString &userId : userIds) {
        if (set.insert(userId).second)
            ++added;
    }
    return added;
}

int SandboxProjectState::unassign(qint64 id, const QStringList &userIds)
{
    const auto it = m_holders.find(id);
    if (it == m_holders.end())
        return 0;
    int removed = 0;
    for (const QString &userId : userIds)
        removed += static_cast<int>(it->second.erase(userId));
    if (it->second.empty())
        m_holders.erase(it);
    return removed;
}

void SandboxProjectState::setBan(const BanKey &key, const Ban &ban)
{
    m_bans[key] = ban;
}

bool SandboxProjectState::liftBan(const BanKey &key)
{
    return m_bans.erase(key) > 0;
}

QJsonArray SandboxProjectState::activeBans(const QDateTime &nowUtc) const
{
    QJsonArray list;
    for (const auto &[key, ban] : m_bans) {
        if (!ban.expires.isEmpty() && SandboxValidator::parseBanExpiry(ban.expires) <= nowUtc)
            continue; // expired bans are gone
        list.append(QJsonObject {
            {QStringLiteral("userId"), key.userId},
            {QStringLiteral("type"), key.type},
            {QStringLiteral("roomId"),
             key.roomId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.roomId)},
            {QStringLiteral("reason"), ban.reason},
            {QStringLiteral("description"), ban.description},
            {QStringLiteral("expires"),
             ban.expires.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ban.expires)},
        });
    }
    return list;
}

bool SandboxProjectState::pruneExpiredBans(const QDateTime &nowUtc)
{
    bool pruned = false;
    for (auto it = m_bans.begin(); it != m_bans.end();) {
        if (!it->second.expires.isEmpty()
            && SandboxValidator::parseBanExpiry(it->second.expires) <= nowUtc) {
            it = m_bans.erase(it);
            pruned = true;
        } else {
            ++it;
        }
    }
    return pruned;
}

bool SandboxProjectState::hasRoom(const QString &roomId) const
{
    return m_rooms.find(roomId) != m_rooms.end();
}

void SandboxProjectState::ensureRoom(const QString &roomId)
{
    roomInternalId(roomId);
}

QJsonObject SandboxProjectState::putRoom(const QJsonObject &fields)
{
    const QString roomId = fields.value(QStringLiteral("roomId")).toString();
    roomInternalId(roomId);
    m_rooms[roomId].fields = fields;
    return fields;
}

std::optional<QJsonObject> SandboxProjectState::room(const QString &roomId) const
{
    const auto it = m_rooms.find(roomId);
    if (it == m_rooms.end())
        return std::nullopt;
    return it->second.fields;
}

QJsonArray SandboxProjectState::rooms() const
{
    QJsonArray list;
    for (const auto &entry : m_rooms)
        list.append(entry.second.fields);
    return list;
}

bool SandboxProjectState::addModerator(const QString &roomId, const QString &userId)
{
    return m_moderators[roomId].insert(userId).second;
}

QJsonObject SandboxProjectState::moderators() const
{
    QJsonObject map;
    for (const auto &[roomId, users] : m_moderators)
        map.insert(roomId, toArray(users));
    return map;
}

qint64 SandboxProjectState::userInternalId(const QString &externalId)
{
    const auto it = m_users.find(externalId);
    if (it != m_users.end())
        return it->second;
    const qint64 id = m_nextUserId++;
    m_users.emplace(externalId, id);
    return id;
}

qint64 SandboxProjectState::roomInternalId(const QString &roomId)
{
    const auto it = m_rooms.find(roomId);
    if (it != m_rooms.end())
        return it->second.id;
    Room room;
    room.id = m_nextRoomId++;
    room.fields = QJsonObject {{QStringLiteral("roomId"), roomId},
                               {QStringLiteral("name"), roomId},
                               {QStringLiteral("about"), QString()}};
    m_rooms.emplace(roomId, room);
    return room.id;
}

QJsonObject SandboxProjectState::addMessage(const QString &userId, const QString &roomId,
                                            const QString &text, const QDateTime &nowUtc)
{
    const qint64 user = userInternalId(userId);
    const qint64 room = roomInternalId(roomId);
    auto talker = m_talkers.find({user, room});
    if (talker == m_talkers.end())
        talker = m_talkers.emplace(std::make_pair(user, room), m_nextTalkerId++).first;

    const QJsonObject message {
        {QStringLiteral("id"), m_nextMessageId++},
        {QStringLiteral("text"), text},
        {QStringLiteral("type"), QStringLiteral("USER")},
        {QStringLiteral("isVisible"), true},
        {QStringLiteral("isPinned"), false},
        {QStringLiteral("createdAt"), nowUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"),
         QJsonObject {{QStringLiteral("id"), user}, {QStringLiteral("externalId"), userId}}},
        {QStringLiteral("room"),
         QJsonObject {{QStringLiteral("id"), room}, {QStringLiteral("externalRoomId"), roomId}}},
        {QStringLiteral("talker"), QJsonObject {{QStringLiteral("id"), talker->second}}},
    };
    m_messages.append(message);
    return message;
}

QJsonObject SandboxProjectState::toJson() const
{
    QJsonArray badges;
    for (const auto &entry : m_badges)
        badges.append(entry.second);
    QJsonObject holders;
    for (const auto &[id, users] : m_holders)
        holders.insert(QString::number(id), toArray(users));
    QJsonArray bans;
    for (const auto &[key, ban] : m_bans) {
        bans.append(QJsonObject {{QStringLiteral("userId"), key.userId},
                                 {QStringLiteral("type"), key.type},
                                 {QStringLiteral("roomId"), key.roomId},
                                 {QStringLiteral("reason"), ban.reason},
                                 {QStringLiteral("description"), ban.description},
                                 {QStringLiteral("expires"), ban.expires}});
    }
    QJsonArray rooms;
    for (const auto &entry : m_rooms) {
        rooms.append(QJsonObject {{QStringLiteral("id"), entry.second.id},
                                  {QStringLiteral("fields"), entry.second.fields}});
    }
    QJsonObject users;
    for (const auto &[externalId, id] : m_users)
        users.insert(externalId, id);
    QJsonArray talkers;
    for (const auto &[pair, id] : m_talkers)
        talkers.append(QJsonArray {pair.first, pair.second, id});

    return QJsonObject {
        {QStringLiteral("nextBadgeId"), m_nextBadgeId},
        {QStringLiteral("badges"), badges},
        {QStringLiteral("holders"), holders},
        {QStringLiteral("bans"), bans},
        {QStringLiteral("rooms"), rooms},
        {QStringLiteral("nextRoomId"), m_nextRoomId},
        {QStringLiteral("moderators"), moderators()},
        {QStringLiteral("users"), users},
        {QStringLiteral("nextUserId"), m_nextUserId},
        {QStringLiteral("talkers"), talkers},
        {QStringLiteral("nextTalkerId"), m_nextTalkerId},
        {QStringLiteral("messages"), m_messages},
        {QStringLiteral("nextMessageId"), m_nextMessageId},
    };
}

std::optional<SandboxProjectState> SandboxProjectState::fromJson(const QJsonObject &json,
                                                                 QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SandboxProjectState state;

    state.m_nextBadgeId = counter(json, QStringLiteral("nextBadgeId"));
    const QJsonArray badges = json.value(QStringLiteral("badges")).toArray();
    for (const QJsonValue &value : badges) {
        const QJsonObject badge = value.toObject();
        const qint64 id = badge.value(QStringLiteral("id")).toInteger(0);
        if (id < 1)
            return fail(QCoreApplication::translate("SandboxProjectState",
                                                    "a stored badge has no valid id"));
        state.m_badges[id] = badge;
        state.m_nextBadgeId = std::max(state.m_nextBadgeId, id + 1);
    }
    const QJsonObject holders = json.value(QStringLiteral("holders")).toObject();
    for (auto it = holders.begin(); it != holders.end(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (!ok || state.m_badges.find(id) == state.m_badges.end())
            continue; // assignments of a deleted badge are gone
        auto users = toSet(it.value());
        if (!users.empty())
            state.m_holders[id] = std::move(users);
    }

    const QJsonArray bans = json.value(QStringLiteral("bans")).toArray();
    for (const QJsonValue &value : bans) {
        const QJsonObject item = value.toObject();
        BanKey key {item.value(QStringLiteral("userId")).toString(),
                    item.value(QStringLiteral("type")).toString(),
                    item.value(QStringLiteral("roomId")).toString()};
        Ban ban;
        ban.reason = item.value(QStringLiteral("reason"));
        ban.description = item.value(QStringLiteral("description"));
        if (ban.reason.isUndefined())
            ban.reason = QJsonValue::Null;
        if (ban.description.isUndefined())
            ban.description = QJsonValue::Null;
        ban.expires = item.value(QStringLiteral("expires")).toString();
        state.m_bans[key] = ban;
    }

    state.m_nextRoomId = counter(json, QStringLiteral("nextRoomId"));
    const QJsonArray rooms = json.value(QStringLiteral("rooms")).toArray();
    for (const QJsonValue &value : rooms) {
        const QJsonObject item = value.toObject();
        Room room;
        room.id = item.value(QStringLiteral("id")).toInteger(0);
        room.fields = item.value(QStringLiteral("fields")).toObject();
        const QString roomId = room.fields.value(QStringLiteral("roomId")).toString();
        if (room.id < 1 || roomId.isEmpty())
            return fail(QCoreApplication::translate("SandboxProjectState",
                                                    "a stored room has no valid id"));
        state.m_nextRoomId = std::max(state.m_nextRoomId, room.id + 1);
        state.m_rooms[roomId] = room;
    }
    const QJsonObject moderators = json.value(QStringLiteral("moderators")).toObject();
    for (auto it = moderators.begin(); it != moderators.end(); ++it)
        state.m_moderators[it.key()] = toSet(it.value());

    state.m_nextUserId = counter(json, QStringLiteral("nextUserId"));
    const QJsonObject users = json.value(QStringLiteral("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const qint64 id = it.value().toInteger(0);
        state.m_users[it.key()] = id;
        state.m_nextUserId = std::max(state.m_nextUserId, id + 1);
    }
    state.m_nextTalkerId = counter(json, QStringLiteral("nextTalkerId"));
    const QJsonArray talkers = json.value(QStringLiteral("talkers")).toArray();
    for (const QJsonValue &value : talkers) {
        const QJsonArray triple = value.toArray();
        if (triple.size() != 3)
            continue;
        const qint64 id = triple.at(2).toInteger();
        state.m_talkers[{triple.at(0).toInteger(), triple.at(1).toInteger()}] = id;
        state.m_nextTalkerId = std::max(state.m_nextTalkerId, id + 1);
    }

    state.m_messages = json.value(QStringLiteral("messages")).toArray();
    state.m_nextMessageId = counter(json, QStringLiteral("nextMessageId"));
    for (const QJsonValue &value : std::as_const(state.m_messages)) {
        state.m_nextMessageId = std::max(
            state.m_nextMessageId, value.toObject().value(QStringLiteral("id")).toInteger() + 1);
    }
    return state;
}
