#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// The message object send-message answers with (contract §7); only the documented fields.
struct SentMessage
{
    qint64 id = 0;
    QString text;
    QString type;
    bool isVisible = true;
    bool isPinned = false;
    QDateTime createdAt; // UTC
    QString userExternalId;
    QString roomExternalId;

    static Decoded<SentMessage> fromJson(const QJsonValue &json);
};
