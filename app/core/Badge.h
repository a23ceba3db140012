#pragma once

#include "Decoded.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// A chat badge as the contract (§4.1) describes it. Decoding is tolerant: null or missing
// strings become empty, `textColor: ""` is kept as is, and fields this version does not know
// are kept in `extra` so that a round trip sends them back unchanged.
struct Badge
{
    std::optional<qint64> id; // server-assigned
    QString text;
    QString backgroundColor;
    QString textColor;
    QString tooltip;
    std::optional<QString> communicationPic; // null is valid (the docs' own example)
    QString communicationTitle;
    QString communicationText;
    std::optional<QString> pic;
    std::optional<QString> data;
    QJsonValue trigger = QJsonValue::Null; // object or null, kept as JSON (schema unknown, U-7)
    std::optional<qint64> userCount; // list responses only
    QJsonObject extra; // unknown fields, round-tripped

    // What the body of a create (POST) or update (PATCH) carries: every editable field,
    // never id or userCount, plus `extra`.
    QJsonObject toRequestJson() const;
    // Everything, including id and userCount when known (for export and the sandbox).
    QJsonObject toJson() const;

    static Decoded<Badge> fromJson(const QJsonValue &json);
    // A bare array, or an object holding the array under "data" or "items" (U-1).
    static Decoded<QList<Badge>> listFromJson(const QJsonValue &json);

    bool operator==(const Badge &other) const = default;
};
