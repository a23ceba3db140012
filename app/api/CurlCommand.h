#pragma once

#include "Redaction.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// The secrets a user explicitly chose to put into a command; empty ones become placeholders.
struct CurlSecrets
{
    QString token;
    QString apiKey;
};

// A shell command that repeats a call with curl. The token and the API key are placeholders
// ($WATCHERS_TOKEN, $WATCHERS_API_KEY) unless the caller passes them explicitly, because people
// paste these into chats and tickets.
class CurlCommand
{
public:
    static constexpr auto TokenPlaceholder = "$WATCHERS_TOKEN";
    static constexpr auto ApiKeyPlaceholder = "$WATCHERS_API_KEY";

    // Authorization and x-api-key headers in `headers` are always replaced, whatever value they
    // carry (a log entry's are masked): by the secret in `include` or by the placeholder.
    static QString build(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                         const QByteArray &body, const CurlSecrets &include = {});
    // POSIX single-quote quoting, safe for any content.
    static QString shellQuote(const QString &text);
};
