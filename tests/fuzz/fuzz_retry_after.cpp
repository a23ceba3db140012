// The Retry-After header of 429 and 5xx answers: it decides how long bulk work sleeps.
#include "FuzzCheck.h"
#include "RetryAfter.h"

#include <QDate>
#include <QTime>

#include <array>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the clock: the RFC's example instant, today-ish, the eve of a new
    // century (two-digit years), the epoch, and no valid clock at all.
    const std::array<QDateTime, 5> clocks {
        QDateTime(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC),
        QDateTime(QDate(2025, 6, 30), QTime(23, 59, 59), Qt::UTC),
        QDateTime(QDate(2049, 12, 31), QTime(23, 59, 30), Qt::UTC),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(),
    };
    const QDateTime &now = clocks[data[0] % clocks.size()];
    const QByteArray header = fuzz::bytes(data + 1, size - 1);

    const auto delay = RetryAfter::parse(header, now);
    if (!delay)
        return 0;
    // Never negative (a wait cannot lie in the past) and never beyond the cap.
    FUZZ_CHECK(delay->count() >= 0);
    FUZZ_CHECK(*delay <= RetryAfter::MaxDelay);

    // Plain seconds mean exactly that many seconds.
    const QByteArray trimmed = header.trimmed();
    bool digits = !trimmed.isEmpty();
    for (const char c : trimmed)
        digits = digits && c >= '0' && c <= '9';
    if (digits)
        FUZZ_CHECK(delay->count() == trimmed.toLongLong() * 1000);
    else
        FUZZ_CHECK(now.isValid()); // a date needs a clock to compare with
    return 0;
}
