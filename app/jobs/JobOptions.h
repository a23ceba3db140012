#pragma once

#include "RetryPolicy.h"

#include <chrono>

// How hard a bulk job may push the server (contract U-15). Preferences (issue 6) expose these.
struct JobOptions
{
    int batchSize = 500; // IDs per assign call (U-4); ban and moderator calls carry one
    int maxInFlight = 4; // calls at the same time
    double maxPerSecond = 0; // calls started per second; 0 = no cap
    RetryPolicy retry; // backoff with jitter for transient failures, honouring Retry-After
    int maxAttemptsPerCall = 6; // then its IDs are marked failed ("retry failed only" re-runs them)
    // Transient failures in a row, with no success between, before the job pauses instead of
    // hammering a server that is down.
    int failureBudget = 12;
    // A Retry-After longer than this pauses the job (with the time to come back) instead of
    // keeping a window open for an hour.
    std::chrono::milliseconds longestWait {std::chrono::minutes(2)};
};
