#include "BulkThread.h"

#include <QThreadPool>

namespace {

QThreadPool &pool()
{
    // Destroyed at exit after waiting for what is still running.
    static QThreadPool threads;
    static const bool configured = [] {
        threads.setMaxThreadCount(1);
        // Kept for the whole run: a new thread could be given a different arena.
        threads.setExpiryTimeout(-1);
        return true;
    }();
    Q_UNUSED(configured)
    return threads;
}

} // namespace

void BulkThread::run(std::function<void()> task)
{
    pool().start(std::move(task));
}
