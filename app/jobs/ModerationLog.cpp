#include "ModerationLog.h"

#include "AppPaths.h"
#include "CsvWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

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
            *error = writeError(file.errorString());
        return false;
    }
    const QByteArray line = lineOf(entry);
    const bool written = file.write(line) == line.size() && GroupCommitFile::syncToDisk(file);
    if (!written && error)
        *error = writeError(file.errorString());
    return written;
}

void ModerationLog::enqueue(ModerationLogEntry entry)
{
    complete(entry);
    if (!m_writer.isOpen()) {
        QString why;
        if (!m_writer.open(m_path, &why)) {
            // Said at once; the next entry tries again.
            if (m_onWritten)
                m_onWritten(false, writeError(why));
            return;
        }
    }
    // Serialised on the writer thread: an assign batch's entry carries a thousand IDs.
    m_writer.append([entry = std::move(entry)] { return lineOf(entry); });
}

qsizetype ModerationLog::unsyncedEntries() const
{
    return m_writer.unsynced();
}

bool ModerationLog::flush()
{
    return m_writer.flush();
}

void ModerationLog::close()
{
    m_writer.close();
}

void ModerationLog::setWrittenCallback(std::function<void(bool ok, const QString &error)> callback)
{
    m_onWritten = callback;
    m_writer.setWrittenCallback(
        [this, callback = std::move(callback)](bool ok, const QString &why) {
            callback(ok, ok ? QString() : writeError(why));
        });
}

QString ModerationLog::writeError(const QString &why) const
{
    return tr("Cannot write the moderation log %1: %2").arg(m_path, why);
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
