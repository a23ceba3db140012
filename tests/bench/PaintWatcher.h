#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

// Tells when a widget has really repainted: counts its paint events, and waits (running the
// event loop, as the app's own loop would) until the repaint a change caused has happened.
// "Updated" means painted and flushed, not just scheduled with update().
class PaintWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PaintWatcher(QWidget *widget);
    ~PaintWatcher() override;

    int paints() const { return m_paints; }
    // This thread's CPU time (threadCpuNs()) when waitForPaint() last saw a paint.
    qint64 lastPaintCpuNs() const { return m_lastPaintCpuNs; }

    // Runs the event loop until the widget has painted more than `paintsBefore` times and then
    // stayed quiet for `quietMs` (0: return at the first paint). Returns the milliseconds from
    // `clock`'s start to the end of the loop pass that delivered the last paint, or -1 when no
    // paint came within `timeoutMs`.
    double waitForPaint(const QElapsedTimer &clock, int paintsBefore, int quietMs = 30,
                        int timeoutMs = 10000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_widget;
    int m_paints = 0;
    qint64 m_lastPaintCpuNs = 0;
};
