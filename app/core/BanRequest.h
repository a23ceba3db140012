#pragma once

#include "BanReason.h"
#include "ValidationResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

enum class BanType { InApp, InRoom };

// Body of POST /external/ban; `ban == false` is an unban with the same scope.
struct BanRequest
{
    Q_DECLARE_TR_FUNCTIONS(BanRequest)

public:
    // Our own sanity limit for the free-text note; the docs state none (an assumption).
    static constexpr int MaxDescriptionCodePoints = 1000;

    QString userId;
    bool ban = true;
    BanType type = BanType::InApp;
    QString roomId; // required for InRoom
    std::optional<QDateTime> expires; // UTC; nullopt = permanent
    std::optional<BanReason> reason;
    QString description;

    static QString typeName(BanType type); // "IN_APP" / "IN_ROOM"
    static std::optional<BanType> typeFromName(const QString &name);
    // "yyyy-MM-dd HH:mm:ss" in UTC, the contract's format (the API states no time zone).
    static QString formatExpiry(const QDateTime &when);
    static std::optional<QDateTime> parseExpiry(const QString &text); // read as UTC

    // Omits roomId for IN_APP, expires when permanent (and always for unbans), empty description.
    QJsonObject toJson() const;
    // Per-field problems: userId empty, room missing for IN_ROOM, expiry in the past (relative to
    // nowUtc), an expiry with the nickname reason.
    ValidationResult validate(const QDateTime &nowUtc) const;
    // The unban that lifts this ban: same user, type and room.
    BanRequest liftingRequest() const;
};
