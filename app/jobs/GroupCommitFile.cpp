#include "GroupCommitFile.h"

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

GroupCommitFile::~GroupCommitFile()
{
    close();
}

bool GroupCommitFile::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_stopping = false;
    m_failedSinceFlush = false;
    m_writer = std::thread([this] { writeLoop(); });
    return true;
}

void GroupCommitFile::close()
{
    if (!m_writer.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_queuedMore.notify_one();
    m_writer.join(); // the writer empties the queue before it stops
    m_file.close();
}

bool GroupCommitFile::append(Lines lines)
{
    if (!m_writer.joinable())
        return false;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.append(std::move(lines));
    }
    m_queuedMore.notify_one();
    return true;
}

qsizetype GroupCommitFile::unsynced() const
{
    const std::lock_guard lock(m_mutex);
    return m_queue.size() + m_inWrite;
}

bool GroupCommitFile::flush()
{
    std::unique_lock lock(m_mutex);
    m_synced.wait(lock, [this] { return m_queue.isEmpty() && m_inWrite == 0; });
    return !std::exchange(m_failedSinceFlush, false);
}

void GroupCommitFile::setWrittenCallback(WrittenCallback callback)
{
    const std::lock_guard lock(m_mutex);
    m_onWritten = std::move(callback);
}

bool GroupCommitFile::syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void GroupCommitFile::writeLoop()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_queuedMore.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
        if (m_queue.isEmpty())
            return; // stopping, and nothing left to write
        const QList<Lines> group = std::exchange(m_queue, {});
        m_inWrite = group.size();
        lock.unlock();

        QByteArray bytes;
        for (const Lines &lines : group)
            bytes += lines();
        // One write for the group: a crash can tear only the last line, and the file stays a
        // prefix of what was queued.
        const bool ok = m_file.write(bytes) == bytes.size() && syncToDisk(m_file);
        const QString problem = ok ? QString() : m_file.errorString();

        lock.lock();
        m_inWrite = 0;
        if (!ok)
            m_failedSinceFlush = true;
        const WrittenCallback onWritten = m_onWritten;
        lock.unlock();
        m_synced.notify_all();
        if (onWritten)
            onWritten(ok, problem);
    }
}
