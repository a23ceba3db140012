#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// How long the GUI thread went without running its event loop: a 1 ms precise timer notes
// when it fired, and the longest gap between two firings is the longest the application could
// not have answered a click or repainted. A gap includes the 1 ms period itself.
class LoopGapMonitor : public QObject
{
    Q_OBJECT

public:
    explicit LoopGapMonitor(QObject *parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return m_longestNs / 1e6; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_ticks = 0;
};
