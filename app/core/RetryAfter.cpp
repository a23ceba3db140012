#include "RetryAfter.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// The date forms are matched field by field instead of with QDateTime::fromString(), for two
// reasons: HTTP dates use the English (C locale) day and month names whatever the system locale
// is, and Qt would read the fields as local time first, where a time that falls into a
// daylight-saving gap does not exist. Nothing here depends on the system locale or time zone.
constexpr std::array<QLatin1StringView, 12> Months {"jan"_L1, "feb"_L1, "mar"_L1, "apr"_L1,
                                                    "may"_L1, "jun"_L1, "jul"_L1, "aug"_L1,
                                                    "sep"_L1, "oct"_L1, "nov"_L1, "dec"_L1};

int monthNumber(const QString &name)
{
    for (int i = 0; i < int(Months.size()); ++i) {
        if (name.compare(Months[i], Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

QDateTime utcDateTime(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime parseHttpDate(const QString &text, const QDateTime &nowUtc)
{
    // IMF-fixdate, the form every current server sends: "Sun, 06 Nov 1994 08:49:37 GMT".
    static const QRegularExpression imfFixdate(
        uR"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Obsolete RFC 850 form: "Sunday, 06-Nov-94 08:49:37 GMT".
    static const QRegularExpression rfc850(
        uR"(^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // ANSI C asctime() form: "Sun Nov  6 08:49:37 1994" (the day is space-padded).
    static const QRegularExpression asctime(
        uR"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"_s,
        QRegularExpression::CaseInsensitiveOption);

    auto number = [](const QRegularExpressionMatch &m, int group) {
        return m.capturedView(group).trimmed().toInt();
    };

    if (const auto m = imfFixdate.match(text); m.hasMatch()) {
        return utcDateTime(number(m, 3), monthNumber(m.captured(2)), number(m, 1), number(m, 4),
                           number(m, 5), number(m, 6));
    }
    if (const auto m = rfc850.match(text); m.hasMatch()) {
        // RFC 9110 §5.6.7: a two-digit year that would lie more than 50 years in the future
        // means the most recent past year with those digits.
        int year = nowUtc.date().year() / 100 * 100 + number(m, 3);
        if (year > nowUtc.date().year() + 50)
            year -= 100;
        return utcDateTime(year, monthNumber(m.captured(2)), number(m, 1), number(m, 4),
                           number(m, 5), number(m, 6));
    }
    if (const auto m = asctime.match(text); m.hasMatch()) {
        return utcDateTime(number(m, 6), monthNumber(m.captured(1)), number(m, 2), number(m, 3),
                           number(m, 4), number(m, 5));
    }
    return {};
}

} // namespace

std::optional<std::chrono::milliseconds> RetryAfter::parse(const QByteArray &header,
                                                           const QDateTime &nowUtc)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    // delay-seconds = 1*DIGIT. No sign, no fraction; "-5" and "1.5" are malformed.
    if (std::all_of(trimmed.cbegin(), trimmed.cend(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 seconds = 0;
        for (const char c : trimmed) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > MaxDelay.count()) // stops before a long digit string can overflow
                return std::nullopt;
        }
        return std::chrono::seconds(seconds);
    }

    if (!nowUtc.isValid())
        return std::nullopt;
    const QDateTime when = parseHttpDate(QString::fromLatin1(trimmed), nowUtc);
    if (!when.isValid())
        return std::nullopt;
    const qint64 delayMs = nowUtc.msecsTo(when);
    if (delayMs <= 0)
        return std::chrono::milliseconds(0); // the server's moment has passed: retry now
    if (delayMs > std::chrono::duration_cast<std::chrono::milliseconds>(MaxDelay).count())
        return std::nullopt;
    return std::chrono::milliseconds(delayMs);
}
