#pragma once

#include "UserIdList.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// Reads user IDs the way people paste and export them: separated by commas, semicolons, tabs,
// spaces or line breaks, quoted ("a","b" with "" inside quotes) or not, UTF-8 or UTF-16 with or
// without a byte order mark, CRLF or LF, with an optional header row ("userId", "id", …).
// IDs are opaque strings: nothing is assumed numeric. A million IDs parse in well under a
// second, and parseAsync() keeps even that off the GUI thread.
class UserIdListParser
{
public:
    static UserIdList parse(const QString &input);
    // Decodes the bytes first (BOM-aware; UTF-8 without one).
    static UserIdList parseBytes(const QByteArray &bytes);
    static QString decode(const QByteArray &bytes);

    // Parses on a worker thread; `done` runs on `context`'s thread, and not at all once
    // `context` is gone.
    static void parseAsync(const QByteArray &bytes, QObject *context,
                           std::function<void(const UserIdList &)> done);
    static void parseAsync(const QString &text, QObject *context,
                           std::function<void(const UserIdList &)> done);

    // "userId", "user_ids", "External ID", "id", … as the first value of the first line.
    static bool looksLikeHeader(const QString &value);
};
