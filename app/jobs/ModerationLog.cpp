#include "ModerationLog.h"

#include "AppPaths.h"
#include "CsvWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

void complete(ModerationLogEntry &entry)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.whenUtc.isValid())
        entry.whenUtc = QDateTime::currentDateTimeUtc();
}

QByteArray lineOf(const ModerationLogEntry &entry)
{
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

ModerationLog::ModerationLog(const QString &profileId)
    : m_path(AppPaths::logsDir(profileId) + u"/moderation.jsonl"_s)
{ }

ModerationLog::~ModerationLog()
{
    close();
}

bool ModerationLog::append(ModerationLogEntry entry, QString *error)
{
    complete(entry);
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write the moderation log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray line = lineOf(entry);
    const bool written = file.write(line) == line.size() && syncToDisk(file);
    if (!written && error)
        *error = tr("Cannot write the moderation log %1: %2").arg(m_path, file.errorString());
    return written;
}

void ModerationLog::enqueue(ModerationLogEntry entry)
{
    complete(entry);
    {
        const std::lock_guard lock(m_mutex);
        m_queue.append(std::move(entry));
    }
    if (!m_writer.joinable()) {
        m_stopping = false;
        m_writer = std::thread([this] { writeLoop(); });
    }
    m_queuedMore.notify_one();
}

void ModerationLog::writeLoop()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_queuedMore.wait(lock, [this] { return m_stopping || !m_queue.isEmpty(); });
        if (m_queue.isEmpty())
            return; // stopping, and nothing left to write
        const QList<ModerationLogEntry> entries = std::exchange(m_queue, {});
        m_inWrite = entries.size();
        lock.unlock();

        // Serialised here: an assign batch's entry carries a thousand IDs.
        QByteArray bytes;
        for (const ModerationLogEntry &entry : entries)
            bytes += lineOf(entry);
        if (!m_file.isOpen()) {
            m_file.setFileName(m_path);
            m_file.open(QIODevice::WriteOnly | QIODevice::Append);
        }
        // One write for the group: a crash can tear only the last line, which load() skips.
        const bool ok =
            m_file.isOpen() && m_file.write(bytes) == bytes.size() && syncToDisk(m_file);
        const QString problem = ok
            ? QString()
            : tr("Cannot write the moderation log %1: %2").arg(m_path, m_file.errorString());
        if (!ok)
            m_file.close(); // the next group tries again

        lock.lock();
        m_inWrite = 0;
        if (!ok)
            m_failedSinceFlush = true;
        const std::function<void(bool, const QString &)> onWritten = m_onWritten;
        lock.unlock();
        m_synced.notify_all();
        if (onWritten)
            onWritten(ok, problem);
    }
}

qsizetype ModerationLog::unsyncedEntries() const
{
    const std::lock_guard lock(m_mutex);
    return m_queue.size() + m_inWrite;
}

bool ModerationLog::flush()
{
    std::unique_lock lock(m_mutex);
    m_synced.wait(lock, [this] { return m_queue.isEmpty() && m_inWrite == 0; });
    return !std::exchange(m_failedSinceFlush, false);
}

void ModerationLog::close()
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

void ModerationLog::setWrittenCallback(std::function<void(bool ok, const QString &error)> callback)
{
    const std::lock_guard lock(m_mutex);
    m_onWritten = std::move(callback);
}

QList<ModerationLogEntry> ModerationLog::load(QString *error) const
{
    QList<ModerationLogEntry> out;
    QFile file(m_path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the moderation log %1: %2").arg(m_path, file.errorString());
        return out;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (const auto entry = ModerationLogEntry::fromJson(doc.object()))
            out.append(*entry); // a torn line from a crash is skipped
    }
    return out;
}

bool ModerationLog::writeCsv(const QList<ModerationLogEntry> &entries, QIODevice *device)
{
    device->write(
        CsvWriter::row({u"when_utc"_s, u"profile"_s, u"action"_s, u"user_ids"_s, u"badge_id"_s,
                        u"type"_s, u"room_id"_s, u"reason"_s, u"expires_utc"_s, u"description"_s,
                        u"ok"_s, u"http_status"_s, u"result"_s, u"job_id"_s}));
    for (const ModerationLogEntry &e : entries) {
        const JobAction &a = e.action;
        const bool banLike = a.kind == JobAction::Kind::Ban || a.kind == JobAction::Kind::Unban;
        device->write(CsvWriter::row(
            {e.whenUtc.toString(Qt::ISODate), e.profileName, JobAction::kindName(a.kind),
             e.userIds.join(u' '), a.isBatched() ? QString::number(a.badgeId) : QString(),
             banLike ? BanRequest::typeName(a.banType) : QString(), a.roomId,
             a.reason ? BanReasonInfo::apiName(*a.reason) : QString(),
             a.expires ? BanRequest::formatExpiry(*a.expires) : QString(), a.description,
             e.ok ? u"true"_s : u"false"_s, QString::number(e.httpStatus), e.result, e.jobId}));
    }
    return true;
}

bool ModerationLog::writeJson(const QList<ModerationLogEntry> &entries, QIODevice *device)
{
    QJsonArray array;
    for (const ModerationLogEntry &e : entries)
        array.append(e.toJson());
    return device->write(QJsonDocument(array).toJson(QJsonDocument::Indented)) >= 0;
}
