#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// How long the GUI thread went without running its event loop: a 1 ms precise timer notes
// when it fired, and the longest gap between two firings is the longest the application could
// not have answered a click or repainted. A gap includes the 1 ms period itself. Beside it, the
// CPU time the GUI thread itself used in that gap: a gap with little of it was the thread
// waiting for a core (on a 2-core machine the sandbox and the decoding thread compete for
// them), not the application's own work.
class LoopGapMonitor : public QObject
{
    Q_OBJECT

public:
    explicit LoopGapMonitor(QObject *parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return m_longestNs / 1e6; }
    double longestGapCpuMs() const { return m_longestCpuNs / 1e6; }
    int ticks() const { return m_ticks; }

private:
    void tick();
    void note(qint64 now);
    static qint64 threadCpuNs();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_longestCpuNs = 0;
    int m_ticks = 0;
};
