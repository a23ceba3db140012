#pragma once

#include "Redaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

// One HTTP attempt as the request log keeps it. Headers are already redacted when an entry is
// made (RequestLog::record is the choke point), so an entry can be shown or exported freely.
struct RequestLogEntry
{
    quint64 id = 0;
    QDateTime startedUtc;
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders; // redacted
    QByteArray requestBody; // truncated to RequestLog::MaxStoredBody
    int httpStatus = 0; // 0 when no response arrived
    qint64 durationMs = 0;
    qint64 bytesReceived = 0;
    QString outcome; // "OK" or the error summary
    int attempt = 1;
};
