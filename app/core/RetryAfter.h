#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

// The HTTP Retry-After header in both of its forms: delay-seconds and HTTP-date (RFC 9110 §10.2.3).
class RetryAfter
{
public:
    // Anything longer is treated as absurd and ignored (the caller falls back to its own backoff).
    static constexpr std::chrono::seconds MaxDelay {3600};

    // nullopt when missing, malformed, negative or absurd. A date in the past yields 0 ms.
    static std::optional<std::chrono::milliseconds> parse(const QByteArray &header,
                                                          const QDateTime &nowUtc);
};
