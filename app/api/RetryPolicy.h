#pragma once

#include <chrono>
#include <optional>

// Exponential backoff with full jitter, capped, honouring a server's Retry-After when sane.
class RetryPolicy
{
public:
    std::chrono::milliseconds base {1000}; // contract §3: start at 1 s …
    std::chrono::milliseconds cap {30000}; // … and cap at 30 s
    int maxRetries = 2;

    // Delay before retry number `retry` (1-based). A Retry-After longer than the cap is taken
    // as is only up to RetryAfter::MaxDelay (the parser drops absurd values already).
    std::chrono::milliseconds delayFor(int retry,
                                       std::optional<std::chrono::milliseconds> retryAfter) const;
};
