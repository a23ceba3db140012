#include "StartupProbe.h"

#include "MonotonicClock.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <cstdio>

StartupProbe::StartupProbe(QObject *parent)
    : QObject(parent)
    , m_wantedRows(qEnvironmentVariableIntValue("BADGEDESK_PROBE_ROWS"))
    , m_exitWhenDone(qEnvironmentVariableIntValue("BADGEDESK_PROBE_EXIT") == 1)
{
    QCoreApplication::instance()->installEventFilter(this);
    m_rowsPoll.setInterval(10);
    connect(&m_rowsPoll, &QTimer::timeout, this, &StartupProbe::pollRows);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->isWindow() && watched->inherits("QMainWindow")) {
        m_painted = true;
        // The window's own paint event comes first; its children paint and the frame is
        // flushed before a zero timer fires, so this marks the whole first frame.
        QTimer::singleShot(0, this, &StartupProbe::onPainted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::onPainted()
{
    // The filter sees every event of the application: remove it as soon as it has done its job
    // so the measured app pays for it only until the first frame.
    QCoreApplication::instance()->removeEventFilter(this);
    std::printf("BENCH_PAINTED %lld\n", static_cast<long long>(monotonicNs()));
    std::fflush(stdout);
    if (m_wantedRows > 0)
        m_rowsPoll.start();
    else
        finish();
}

void StartupProbe::pollRows()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        if (!view || view->objectName() != QLatin1String("badgeTable") || !view->model())
            continue;
        if (view->model()->rowCount() >= m_wantedRows) {
            m_rowsPoll.stop();
            std::printf("BENCH_ROWS %lld\n", static_cast<long long>(monotonicNs()));
            std::fflush(stdout);
            finish();
        }
        return;
    }
}

void StartupProbe::finish()
{
    if (m_exitWhenDone)
        QCoreApplication::quit();
}
