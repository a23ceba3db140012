#include "TimedApplication.h"

#include <QEvent>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

TimedApplication::TimedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{ }

void TimedApplication::startWatching()
{
    m_longestNs = 0;
    m_longestLabel.clear();
    m_watching = true;
}

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    if (!m_watching || m_depth > 0) {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    const QEvent::Type type = event->type();
    const char *receiverClass = receiver->metaObject()->className();
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ns = timer.nsecsElapsed();
    if (ns > m_longestNs) {
        m_longestNs = ns;
        const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        m_longestLabel =
            u"%1 to %2"_s.arg(typeName ? QString::fromLatin1(typeName) : QString::number(int(type)),
                              QString::fromLatin1(receiverClass));
    }
    return handled;
}
