#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What the sandbox answers, before it goes on the wire. Besides the HTTP parts it carries the
// bookkeeping the server needs: whether state changed (persist it) and what to count in stats.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Content-Type/Length are added)
    bool mutated = false; // state changed: persist it when a data file is set

    static SandboxReply json(int status, const QJsonValue &value);
    // {"statusCode":N,"message":"..."} (plus "error" when given): the backend's error layout.
    static SandboxReply error(int status, const QString &message, const QString &error = {});
    // {"statusCode":400,"message":[...],"error":"Bad Request"}: validation failures (contract §3).
    static SandboxReply badRequest(const QStringList &messages);

    // Serialises any JSON value, including the bare literals (`true`) QJsonDocument cannot hold.
    static QByteArray toJsonBytes(const QJsonValue &value);
};
