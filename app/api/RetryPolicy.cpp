#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

std::chrono::milliseconds
RetryPolicy::delayFor(int retry, std::optional<std::chrono::milliseconds> retryAfter) const
{
    if (retryAfter)
        return *retryAfter;
    const int doublings = std::clamp(retry - 1, 0, 20);
    const std::chrono::milliseconds grown(base.count() * (qint64(1) << doublings));
    const auto ceiling = std::min(cap, grown);
    // Full jitter spreads retries of many clients, but keep at least half so it still backs off.
    const qint64 half = ceiling.count() / 2;
    const qint64 jitter = half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0;
    return std::chrono::milliseconds(half + jitter);
}
