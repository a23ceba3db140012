#pragma once

#include <QtGlobal>

#include <ctime>

// Nanoseconds on CLOCK_MONOTONIC: one clock that the driver (before it starts a process) and
// the probe inside that process (when the window has painted) both read, so their difference
// is the start-up time including fork and exec.
inline qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// CPU time the calling thread has used, in nanoseconds. Beside a wall-clock figure it tells the
// code's own cost from time lost to other processes on a busy machine.
inline qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}
