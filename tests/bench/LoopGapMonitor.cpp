#include "LoopGapMonitor.h"

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
    m_ticks = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void LoopGapMonitor::stop()
{
    m_timer.stop();
    // The time since the last tick counts too: a block that lasts until stop() is still one.
    m_longestNs = qMax(m_longestNs, m_clock.nsecsElapsed() - m_lastNs);
}

void LoopGapMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestNs = qMax(m_longestNs, now - m_lastNs);
    m_lastNs = now;
    ++m_ticks;
}
