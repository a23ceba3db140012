#include "PaintWatcher.h"

#include "MonotonicClock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QThread>
#include <QWidget>

PaintWatcher::PaintWatcher(QWidget *widget)
    : m_widget(widget)
{
    widget->installEventFilter(this);
}

PaintWatcher::~PaintWatcher()
{
    if (m_widget)
        m_widget->removeEventFilter(this);
}

bool PaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint)
        ++m_paints;
    return QObject::eventFilter(watched, event);
}

double PaintWatcher::waitForPaint(const QElapsedTimer &clock, int paintsBefore, int quietMs,
                                  int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    int seen = paintsBefore;
    double lastPaintMs = -1;
    qint64 lastPaintAt = 0;
    while (waited.elapsed() < timeoutMs) {
        // Non-blocking passes: a blocking wait would add the dispatcher's wake-up latency to
        // the figure. The repaint a model change causes arrives as posted events and zero
        // timers (delayed layout, UpdateRequest), all handled here.
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (m_paints > seen) {
            seen = m_paints;
            lastPaintMs = double(clock.nsecsElapsed()) / 1e6;
            m_lastPaintCpuNs = threadCpuNs();
            lastPaintAt = waited.elapsed();
            if (quietMs <= 0)
                return lastPaintMs;
        }
        if (lastPaintMs >= 0 && waited.elapsed() - lastPaintAt >= quietMs)
            return lastPaintMs;
        QThread::yieldCurrentThread();
    }
    return lastPaintMs;
}
