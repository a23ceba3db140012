#pragma once

#include "RetryPolicy.h"

#include <QtGlobal>

// Timeouts and limits of one WatchersClient. Preferences (issue 6) will expose these.
struct ClientOptions
{
    int transferTimeoutMs = 30'000; // no byte moved for this long: give up on the attempt
    int deadlineMs = 120'000; // the whole call, retries included
    qsizetype maxResponseBytes = 64 * 1024 * 1024; // 100k badges are ~40 MB of JSON
    RetryPolicy getRetry; // reads only: writes are never re-sent automatically (contract §3)
};
