#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <utility>

// Hands work done on a worker thread back to the main thread, to `receiver` (a main-thread
// object), and drops it if `receiver` was destroyed meanwhile.
//
// Why not QFuture::then(receiver, …): Qt 6.4 asserts that the receiver is still alive when the
// future finishes (and in release builds calls into nothing), so a window closed while its list
// is being decoded would abort a debug build. Here the receiver is checked on the main thread,
// where it cannot be destroyed during the check. Create the QPointer on the main thread, before
// the work starts; call this from the worker.
template<typename Fn> void deliverTo(const QPointer<QObject> &receiver, Fn &&fn)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [receiver, fn = std::forward<Fn>(fn)]() mutable {
            if (receiver)
                fn();
        },
        Qt::QueuedConnection);
}
