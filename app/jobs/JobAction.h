#pragma once

#include "BanRequest.h"
#include "ModeratorGrant.h"
#include "ValidationResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// What a bulk job does to each user ID, with every parameter except the IDs. Written to the
// journal and the moderation log as is, so it must never hold a secret (it cannot: there is
// no field for one).
struct JobAction
{
    Q_DECLARE_TR_FUNCTIONS(JobAction)

public:
    enum class Kind { Assign, Unassign, Ban, Unban, GrantModerator };

    Kind kind = Kind::Assign;
    qint64 badgeId = 0; // Assign, Unassign
    QString badgeText; // for people reading the journal or log; not sent
    BanType banType = BanType::InApp; // Ban, Unban
    QString roomId; // IN_ROOM ban/unban, GrantModerator
    std::optional<BanReason> reason; // Ban
    std::optional<QDateTime> expires; // Ban; UTC; nullopt = permanent
    QString description; // Ban

    // Calls that carry many IDs (assign) versus one ID per call (ban, moderator; the API's rule).
    bool isBatched() const { return kind == Kind::Assign || kind == Kind::Unassign; }
    bool isModeration() const { return !isBatched(); }

    static JobAction assign(qint64 badgeId, const QString &badgeText = {});

    BanRequest banRequestFor(const QString &userId) const;
    ModeratorGrant grantFor(const QString &userId) const;
    // Problems with the parameters themselves (room missing, expiry in the past, …), judged
    // with a placeholder user so that per-ID problems stay with the ID list.
    ValidationResult validate(const QDateTime &nowUtc) const;
    // The action that undoes this one, when the API has one: ban → unban, assign → unassign.
    std::optional<JobAction> inverse() const;

    static QString kindName(Kind kind); // stable: assign, unassign, ban, unban, grant-moderator
    static std::optional<Kind> kindFromName(const QString &name);
    QString displayName() const; // translated, e.g. "Ban in room lobby"
    QString parametersText() const; // translated one-liner for logs and tables

    QJsonObject toJson() const;
    static std::optional<JobAction> fromJson(const QJsonObject &json);
};
