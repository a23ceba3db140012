#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

// The data the sandbox keeps for one project (contract §10): badges with their assignments,
// bans, rooms and their moderators, users and messages. It knows nothing about HTTP or
// validation; SandboxApi validates before it calls in here.
class SandboxProjectState
{
public:
    struct BanKey
    {
        QString userId;
        QString type; // IN_APP or IN_ROOM
        QString roomId; // empty for IN_APP

        friend bool operator<(const BanKey &a, const BanKey &b)
        {
            return std::tie(a.userId, a.type, a.roomId) < std::tie(b.userId, b.type, b.roomId);
        }
    };

    struct Ban
    {
        QJsonValue reason = QJsonValue::Null; // 0..8 or null
        QJsonValue description = QJsonValue::Null; // string or null
        QString expires; // "yyyy-MM-dd HH:mm:ss" UTC; empty: permanent
    };

    bool isEmpty() const;

    // Badges. Ids start at 1 and are never reused, not even after a delete.
    qint64 nextBadgeId() const { return m_nextBadgeId; }
    QList<qint64> badgeIds() const;
    std::optional<QJsonObject> badge(qint64 id) const;
    QJsonObject createBadge(QJsonObject fields); // stores with a fresh id and returns it
    bool replaceBadge(qint64 id, QJsonObject badge);
    bool removeBadge(qint64 id); // also drops its assignments
    int userCount(qint64 id) const;
    QStringList holders(qint64 id) const; // sorted
    int assign(qint64 id, const QStringList &userIds); // returns how many were new
    int unassign(qint64 id, const QStringList &userIds); // returns how many were removed

    // Bans, keyed (userId, type, roomId). A ban replaces an existing one.
    void setBan(const BanKey &key, const Ban &ban);
    bool liftBan(const BanKey &key);
    QJsonArray activeBans(const QDateTime &nowUtc) const;
    bool pruneExpiredBans(const QDateTime &nowUtc);

    // Rooms and moderators.
    bool hasRoom(const QString &roomId) const;
    void ensureRoom(const QString &roomId); // creates a bare room if unknown
    QJsonObject putRoom(const QJsonObject &fields); // create or replace by roomId
    std::optional<QJsonObject> room(const QString &roomId) const;
    QJsonArray rooms() const;
    bool addModerator(const QString &roomId, const QString &userId); // false: already one
    QJsonObject moderators() const; // {roomId: [userIds sorted]}

    // Messages (contract §7). Users and rooms are created lazily.
    QJsonObject addMessage(const QString &userId, const QString &roomId, const QString &text,
                           const QDateTime &nowUtc);
    QJsonArray messages() const { return m_messages; }

    QJsonObject toJson() const;
    static std::optional<SandboxProjectState> fromJson(const QJsonObject &json, QString *error);

private:
    struct Room
    {
        qint64 id = 0; // internal id, as in the message object's room.id
        QJsonObject fields; // roomId, name, about and whatever else was posted
    };

    qint64 userInternalId(const QString &externalId);
    qint64 roomInternalId(const QString &roomId);

    qint64 m_nextBadgeId = 1;
    std::map<qint64, QJsonObject> m_badges;
    std::map<qint64, std::set<QString>> m_holders;
    std::map<BanKey, Ban> m_bans;
    std::map<QString, Room> m_rooms;
    qint64 m_nextRoomId = 1;
    std::map<QString, std::set<QString>> m_moderators;
    std::map<QString, qint64> m_users;
    qint64 m_nextUserId = 1;
    std::map<std::pair<qint64, qint64>, qint64> m_talkers; // (user, room) -> talker id
    qint64 m_nextTalkerId = 1;
    QJsonArray m_messages;
    qint64 m_nextMessageId = 1;
};
