#include "LoopGapMonitor.h"

#include <ctime> // clock_gettime, CLOCK_THREAD_CPUTIME_ID (POSIX)

LoopGapMonitor::LoopGapMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &LoopGapMonitor::tick);
}

void LoopGapMonitor::start()
{
    m_longestNs = 0;
    m_longestCpuNs = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void LoopGapMonitor::stop()
{
    m_timer.stop();
    // The time since the last tick counts too: a block that lasts until stop() is still one.
    note(m_clock.nsecsElapsed());
}

void LoopGapMonitor::tick()
{
    note(m_clock.nsecsElapsed());
    ++m_ticks;
}

void LoopGapMonitor::note(qint64 now)
{
    const qint64 cpu = threadCpuNs();
    if (now - m_lastNs > m_longestNs) {
        m_longestNs = now - m_lastNs;
        m_longestCpuNs = cpu - m_lastCpuNs;
    }
    m_lastNs = now;
    m_lastCpuNs = cpu;
}

qint64 LoopGapMonitor::threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
