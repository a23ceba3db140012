#include "ErrorMapper.h"

#include "JsonParse.h"
#include "RetryAfter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxErrorBody = 64 * 1024;

QString clipped(const QString &text)
{
    constexpr qsizetype MaxShown = 300;
    const QString simplified = text.simplified();
    return simplified.size() > MaxShown ? simplified.left(MaxShown) + u"…"_s : simplified;
}

} // namespace

QStringList ErrorMapper::serverMessages(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    const Decoded<QJsonValue> parsed = JsonParse::parse(body, MaxErrorBody);
    if (!parsed.ok() || !parsed.value.isObject())
        return {clipped(QString::fromUtf8(body.left(MaxErrorBody)))};
    const QJsonObject object = parsed.value.toObject();
    QStringList messages;
    const QJsonValue message = object.value(u"message"_s);
    if (message.isString()) {
        messages << clipped(message.toString());
    } else if (message.isArray()) {
        for (const QJsonValue &item : message.toArray())
            if (item.isString())
                messages << clipped(item.toString());
    }
    if (messages.isEmpty() && object.value(u"error"_s).isString())
        messages << clipped(object.value(u"error"_s).toString());
    return messages;
}

FieldIssue ErrorMapper::issueFromMessage(const QString &message)
{
    static const QSet<QString> fields {u"text"_s,
                                       u"backgroundColor"_s,
                                       u"textColor"_s,
                                       u"tooltip"_s,
                                       u"communicationPic"_s,
                                       u"communicationTitle"_s,
                                       u"communicationText"_s,
                                       u"pic"_s,
                                       u"data"_s,
                                       u"trigger"_s,
                                       u"userIds"_s,
                                       u"userId"_s,
                                       u"value"_s,
                                       u"type"_s,
                                       u"roomId"_s,
                                       u"expires"_s,
                                       u"reason"_s,
                                       u"description"_s,
                                       u"decryptedUserId"_s};
    QString first = message.section(u' ', 0, 0);
    first = first.section(u'.', 0, 0).section(u'[', 0, 0); // "trigger.conditions" → "trigger"
    FieldIssue issue;
    issue.message = message;
    if (fields.contains(first))
        issue.field = first;
    return issue;
}

ApiError ErrorMapper::fromHttp(int status, const QByteArray &body,
                               const QByteArray &retryAfterHeader, const QString &regionName,
                               const QDateTime &nowUtc)
{
    const QStringList messages = serverMessages(body);
    const QString detail = messages.join(u"; "_s);
    ApiError error;
    if (status == 404 && detail.contains(u"Project not found"_s, Qt::CaseInsensitive)) {
        error = ApiError(ApiError::Kind::ProjectNotFound,
                         tr("API key not recognised in region %1.").arg(regionName),
                         tr("Check the key and the project's region."), detail);
    } else if (status == 403 || status == 401) {
        error =
            ApiError(ApiError::Kind::TokenRejected, tr("Bearer token missing, wrong or revoked."),
                     tr("Paste a current token from the Watchers admin panel (Settings → "
                        "Bearer tokens)."),
                     detail);
    } else if (status == 404) {
        error = ApiError(ApiError::Kind::NotFound,
                         detail.isEmpty() ? tr("Not found on the server.") : detail,
                         tr("It may have been deleted; refresh and try again."));
    } else if (status == 400 || status == 422) {
        error = ApiError(ApiError::Kind::Validation, tr("The server rejected the request."),
                         tr("Correct the marked fields and try again."), detail);
        QList<FieldIssue> issues;
        for (const QString &message : messages)
            issues << issueFromMessage(message);
        error.setFieldIssues(issues);
    } else if (status == 429) {
        error =
            ApiError(ApiError::Kind::RateLimited, tr("The server is limiting requests (429)."),
                     tr("Wait a moment; the app slows down and retries where it is safe."), detail);
        error.setRetryAfter(RetryAfter::parse(retryAfterHeader, nowUtc));
    } else if (status >= 500) {
        error =
            ApiError(ApiError::Kind::Server, tr("The server had a problem (HTTP %1).").arg(status),
                     tr("Try again in a moment. If it persists, check Watchers' status."), detail);
        error.setRetryAfter(RetryAfter::parse(retryAfterHeader, nowUtc));
    } else {
        error = ApiError(ApiError::Kind::Http, tr("The server answered HTTP %1.").arg(status), {},
                         detail);
    }
    error.setHttpStatus(status);
    return error;
}

ApiError ErrorMapper::fromNetwork(QNetworkReply::NetworkError code, const QString &errorString,
                                  const QList<QSslError> &tlsErrors)
{
    using NE = QNetworkReply::NetworkError;
    if (code == NE::SslHandshakeFailedError || !tlsErrors.isEmpty()) {
        QStringList causes;
        for (const QSslError &e : tlsErrors)
            causes << e.errorString();
        if (causes.isEmpty())
            causes << errorString;
        return ApiError(ApiError::Kind::Tls,
                        tr("Secure connection failed: %1").arg(causes.join(u"; "_s)),
                        tr("The server's certificate could not be trusted, so nothing was sent. "
                           "Check the server address, the system clock and any proxy that "
                           "intercepts HTTPS."));
    }
    switch (code) {
    case NE::ConnectionRefusedError:
        return ApiError(ApiError::Kind::Network, tr("Connection refused by the server."),
                        tr("Check the server address; the service may be down."), errorString);
    case NE::HostNotFoundError:
        return ApiError(ApiError::Kind::Network, tr("Server not found."),
                        tr("Check the server address and your internet connection."), errorString);
    case NE::RemoteHostClosedError:
        return ApiError(
            ApiError::Kind::Network, tr("The server closed the connection before answering."),
            tr("Try again; if it keeps happening, the server may be overloaded."), errorString);
    case NE::TimeoutError:
        return timeout(false, 0);
    case NE::ContentReSendError:
        return ApiError(ApiError::Kind::Network,
                        tr("The connection dropped after the request was sent."),
                        tr("It may or may not have been applied: refresh to check before trying "
                           "again, so nothing is created twice."),
                        errorString);
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyConnectionClosedError:
    case NE::ProxyNotFoundError:
    case NE::ProxyTimeoutError:
    case NE::ProxyAuthenticationRequiredError:
        return ApiError(ApiError::Kind::Network, tr("The proxy server failed."),
                        tr("Check the system proxy settings."), errorString);
    case NE::TooManyRedirectsError:
    case NE::InsecureRedirectError:
        return ApiError(ApiError::Kind::Network, tr("The server redirected the request elsewhere."),
                        tr("Only redirects to the same server are followed, so the token never "
                           "leaves it. Check the server address."),
                        errorString);
    default:
        return ApiError(ApiError::Kind::Network, tr("Network error."),
                        tr("Check your connection and try again."), errorString);
    }
}

ApiError ErrorMapper::timeout(bool overallDeadline, int seconds)
{
    if (overallDeadline)
        return ApiError(ApiError::Kind::Timeout,
                        tr("No complete answer within %n second(s).", nullptr, seconds),
                        tr("The server may be slow or unreachable; try again."));
    return ApiError(ApiError::Kind::Timeout, tr("The server stopped responding."),
                    tr("The server may be slow or unreachable; try again."));
}
