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

ModerationLog::ModerationLog(const QString &profileId)
    : m_path(AppPaths::logsDir(profileId) + u"/moderation.jsonl"_s)
{ }

bool ModerationLog::append(ModerationLogEntry entry, QString *error)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.whenUtc.isValid())
        entry.whenUtc = QDateTime::currentDateTimeUtc();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write the moderation log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const bool written = file.write(line) == line.size() && file.flush();
#ifdef Q_OS_WIN
    _commit(file.handle());
#else
    ::fsync(file.handle());
#endif
    if (!written && error)
        *error = tr("Cannot write the moderation log %1: %2").arg(m_path, file.errorString());
    return written;
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
