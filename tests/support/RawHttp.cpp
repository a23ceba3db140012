#include "RawHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray RawHttpReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonValue RawHttpReply::json() const
{
    // Wrapping in an array lets QJsonDocument parse bare literals such as `true`.
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + body + QByteArray("]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonArray wrapped = document.array();
    return wrapped.size() == 1 ? wrapped.first() : QJsonValue(QJsonValue::Undefined);
}

RawHttp::RawHttp(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
    setDefaultHeader("Content-Type", "application/json");
    setDefaultHeader("Accept", "application/json");
}

void RawHttp::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    m_defaultHeaders.removeIf([&name](const QPair<QByteArray, QByteArray> &pair) {
        return pair.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (!value.isNull())
        m_defaultHeaders.append({name, value});
}

void RawHttp::setCredentials(const QByteArray &apiKey, const QByteArray &token)
{
    setDefaultHeader("x-api-key", apiKey);
    setDefaultHeader("Authorization", token.isNull() ? QByteArray() : "Bearer " + token);
}

QUrl RawHttp::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString(QUrl::StripTrailingSlash) + pathAndQuery);
}

QNetworkRequest RawHttp::request(const QString &pathAndQuery, const Headers &headers,
                                 int transferTimeoutMs) const
{
    QNetworkRequest request(url(pathAndQuery));
    Headers merged = m_defaultHeaders;
    for (const auto &header : headers) {
        merged.removeIf([&header](const QPair<QByteArray, QByteArray> &pair) {
            return pair.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
        if (!header.second.isNull())
            merged.append(header);
    }
    for (const auto &header : std::as_const(merged))
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    return request;
}

QNetworkReply *RawHttp::start(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, const Headers &headers, int transferTimeoutMs)
{
    const QNetworkRequest req = request(pathAndQuery, headers, transferTimeoutMs);
    QNetworkReply *reply = body.isNull() ? m_manager.sendCustomRequest(req, method)
                                         : m_manager.sendCustomRequest(req, method, body);
    reply->setProperty("rawHttpStarted", QDateTime::currentMSecsSinceEpoch());
    return reply;
}

RawHttpReply RawHttp::collect(QNetworkReply *reply, int waitMs)
{
    RawHttpReply result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(waitMs);
    }
    result.finished = reply->isFinished();
    if (!result.finished)
        reply->abort();
    result.elapsedMs =
        QDateTime::currentMSecsSinceEpoch() - reply->property("rawHttpStarted").toLongLong();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    if (reply->isOpen())
        result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.append({pair.first, pair.second});
    reply->deleteLater();
    return result;
}

RawHttpReply RawHttp::send(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body, const Headers &headers, int transferTimeoutMs,
                           int waitMs)
{
    return collect(start(method, pathAndQuery, body, headers, transferTimeoutMs), waitMs);
}

QByteArray RawHttp::toBytes(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

RawHttpReply RawHttp::get(const QString &pathAndQuery, const Headers &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

RawHttpReply RawHttp::post(const QString &pathAndQuery, const QJsonValue &body,
                           const Headers &headers)
{
    return send("POST", pathAndQuery, toBytes(body), headers);
}

RawHttpReply RawHttp::patch(const QString &pathAndQuery, const QJsonValue &body,
                            const Headers &headers)
{
    return send("PATCH", pathAndQuery, toBytes(body), headers);
}

RawHttpReply RawHttp::del(const QString &pathAndQuery, const QJsonValue &body,
                          const Headers &headers)
{
    return send("DELETE", pathAndQuery, toBytes(body), headers);
}
