#pragma once

#include "Redaction.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// A shell command that repeats a call with curl. The token is a placeholder ($WATCHERS_TOKEN)
// unless the caller passes it explicitly, because people paste these into chats and tickets.
class CurlCommand
{
public:
    static constexpr auto TokenPlaceholder = "$WATCHERS_TOKEN";

    // Authorization headers in `headers` are always replaced: by `Bearer <token>` when
    // `includeToken` is non-empty, by the placeholder otherwise.
    static QString build(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                         const QByteArray &body, const QString &includeToken = {});
    // POSIX single-quote quoting, safe for any content.
    static QString shellQuote(const QString &text);
};
