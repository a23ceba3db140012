#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

// A copy of everything the sandbox needs from an incoming request. QHttpServerRequest is owned
// by the connection and reused for the next request on it, so a reply answered later (latency,
// faults) must never hold on to it.
struct SandboxRequest
{
    QByteArray method; // upper case: GET, POST, PATCH, DELETE, ...
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case (HTTP names are case-insensitive)
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }

    static SandboxRequest fromHttp(const QHttpServerRequest &request);
};
