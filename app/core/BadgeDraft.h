#pragma once

#include "Badge.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// Unsaved edits of one badge, as autosaved to disk: the edited form, and the badge as it was
// when editing began (to tell later whether the server copy changed in the meantime).
struct BadgeDraft
{
    QString key; // "badge-<id>" or "new"
    std::optional<Badge> base; // nullopt for a badge not created yet
    Badge edited;
    QDateTime savedAt; // UTC

    static QString keyFor(const Badge &badge);

    QJsonObject toJson() const;
    static std::optional<BadgeDraft> fromJson(const QJsonObject &json);
};
