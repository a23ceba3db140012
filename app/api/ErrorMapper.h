#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

// Turns what came back (or did not) into an ApiError a person can act on (contract §3).
class ErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMapper)

public:
    // A non-2xx response. `regionName` names where the key was tried ("Europe", a host).
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader,
                             const QString &regionName, const QDateTime &nowUtc);
    // No usable response: the transport failed. `tlsErrors` are the certificate problems seen.
    static ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &errorString,
                                const QList<QSslError> &tlsErrors);
    static ApiError timeout(bool overallDeadline, int seconds);

    // The server's own words from a lenient read of {message: string|[string]} / {error} / text.
    static QStringList serverMessages(const QByteArray &body);
    // "tooltip must be at most 140 characters" → field "tooltip" when the first word is a
    // known field of the contract; otherwise the issue has no field.
    static FieldIssue issueFromMessage(const QString &message);
};
