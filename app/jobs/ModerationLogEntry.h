#pragma once

#include "JobAction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One action the app sent (a ban, an unban, a moderator grant, an assign batch): when, on
// which profile, to whom, with which parameters and what came back. Never holds a token.
struct ModerationLogEntry
{
    QString id; // random, stable: lets an undo point back at its entry
    QDateTime whenUtc;
    QString profileId;
    QString profileName;
    QString jobId; // empty for a single action outside a job
    JobAction action;
    QStringList userIds;
    bool ok = false;
    int httpStatus = 0;
    QString result; // "OK", or the error's summary
    QString undoOf; // id of the entry this one undoes

    QString targetsText() const; // "123", or "123, 456 and 498 more"
    QJsonObject toJson() const;
    static std::optional<ModerationLogEntry> fromJson(const QJsonObject &json);
};
