#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

// What one raw request got back. status 0 means no HTTP response (see error).
struct RawHttpReply
{
    bool finished = false; // false: still pending when the wait ran out (then aborted)
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QJsonValue json() const; // the body as JSON, bare literals (`true`) included; undefined if not
};

// Synchronous-looking HTTP for tests, on top of QNetworkAccessManager. It waits with
// QSignalSpy (the event loop keeps running), so an in-process SandboxServer in the same thread
// answers normally. Default headers go on every request; a per-call header with a null value
// removes a default one, an empty value sends it empty.
class RawHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit RawHttp(const QUrl &baseUrl = {});

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Sets (or with a null value removes) a header sent with every request.
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);
    // x-api-key and "Authorization: Bearer <token>".
    void setCredentials(const QByteArray &apiKey, const QByteArray &token);
    QNetworkAccessManager *manager() { return &m_manager; }

    QUrl url(const QString &pathAndQuery) const;
    QNetworkRequest request(const QString &pathAndQuery, const Headers &headers = {},
                            int transferTimeoutMs = 0) const;
    // Starts a request without waiting (for concurrency); the caller owns the reply.
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body = {}, const Headers &headers = {},
                         int transferTimeoutMs = 0);
    // Waits for a started reply (up to waitMs) and collects it; deletes the reply.
    static RawHttpReply collect(QNetworkReply *reply, int waitMs = 10000);

    RawHttpReply send(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &body = {}, const Headers &headers = {},
                      int transferTimeoutMs = 0, int waitMs = 10000);
    RawHttpReply get(const QString &pathAndQuery, const Headers &headers = {});
    RawHttpReply post(const QString &pathAndQuery, const QJsonValue &body,
                      const Headers &headers = {});
    RawHttpReply patch(const QString &pathAndQuery, const QJsonValue &body,
                       const Headers &headers = {});
    RawHttpReply del(const QString &pathAndQuery, const QJsonValue &body = QJsonValue::Undefined,
                     const Headers &headers = {});

    static QByteArray toBytes(const QJsonValue &value);

private:
    QUrl m_baseUrl;
    Headers m_defaultHeaders;
    QNetworkAccessManager m_manager;
};
