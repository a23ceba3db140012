#include "JobJournal.h"

#include "AppPaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr int FormatVersion = 1;
constexpr qsizetype IdsPerLine = 10'000;

QByteArray lineOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonArray toArray(const QStringList &ids)
{
    return QJsonArray::fromStringList(ids);
}

QJsonObject headerOf(const Job &job)
{
    return {{u"k"_s, u"job"_s},
            {u"format"_s, u"badgedesk-job"_s},
            {u"version"_s, FormatVersion},
            {u"id"_s, job.id},
            {u"profileId"_s, job.profileId},
            {u"created"_s, job.createdUtc.toString(Qt::ISODateWithMs)},
            {u"batchSize"_s, job.batchSize},
            {u"action"_s, job.action.toJson()}};
}

} // namespace

JobJournal::~JobJournal()
{
    close();
}

QString JobJournal::pathFor(const QString &profileId, const QString &jobId)
{
    return AppPaths::journalsDir(profileId) + u'/' + jobId + u".jsonl"_s;
}

bool JobJournal::create(const Job &job, QString *error)
{
    const QString path = pathFor(job.profileId, job.id);
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the job journal %1: %2").arg(path, save.errorString());
        return false;
    }
    save.write(lineOf(headerOf(job)));
    QStringList pending;
    QJsonArray skipped;
    for (const JobItem &item : job.items()) {
        if (item.status == JobItem::Status::SkippedDuplicate
            || item.status == JobItem::Status::SkippedInvalid) {
            skipped.append(QJsonObject {{u"id"_s, item.userId},
                                        {u"line"_s, item.line},
                                        {u"status"_s, JobItem::statusName(item.status)},
                                        {u"why"_s, item.reason}});
            continue;
        }
        pending.append(item.userId);
    }
    QList<int> lines;
    for (const JobItem &item : job.items()) {
        if (item.status != JobItem::Status::SkippedDuplicate
            && item.status != JobItem::Status::SkippedInvalid)
            lines.append(item.line);
    }
    for (qsizetype from = 0; from < pending.size(); from += IdsPerLine) {
        const qsizetype n = qMin(IdsPerLine, pending.size() - from);
        QJsonArray lineNumbers;
        for (qsizetype i = from; i < from + n; ++i)
            lineNumbers.append(lines.at(i));
        save.write(lineOf({{u"k"_s, u"ids"_s},
                           {u"ids"_s, toArray(pending.mid(from, n))},
                           {u"lines"_s, lineNumbers}}));
    }
    if (!skipped.isEmpty())
        save.write(lineOf({{u"k"_s, u"skipped"_s}, {u"items"_s, skipped}}));
    save.write(lineOf({{u"k"_s, u"state"_s}, {u"state"_s, JobStateInfo::name(job.state)}}));
    if (!save.commit()) {
        if (error)
            *error = tr("Cannot write the job journal %1: %2").arg(path, save.errorString());
        return false;
    }
    return openForAppend(path, error);
}

bool JobJournal::openForAppend(const QString &path, QString *error)
{
    QString why;
    if (!m_file.open(path, &why)) {
        if (error)
            *error = tr("Cannot open the job journal %1: %2").arg(path, why);
        return false;
    }
    return true;
}

void JobJournal::close()
{
    m_file.close();
}

bool JobJournal::appendLine(QJsonObject fields, const QStringList &ids)
{
    // The IDs become JSON on the writer thread: a thousand of them are the costly part.
    return m_file.append([fields = std::move(fields), ids]() mutable {
        if (!ids.isEmpty())
            fields.insert(u"ids"_s, toArray(ids));
        return lineOf(fields);
    });
}

qsizetype JobJournal::unsyncedLines() const
{
    return m_file.unsynced();
}

bool JobJournal::flush()
{
    return m_file.flush();
}

void JobJournal::setWrittenCallback(std::function<void(bool ok)> callback)
{
    m_file.setWrittenCallback(
        [callback = std::move(callback)](bool ok, const QString &) { callback(ok); });
}

bool JobJournal::appendOutcome(const QStringList &ids, JobItem::Status status,
                               const QString &reason)
{
    QJsonObject line {{u"k"_s, JobItem::statusName(status)}};
    if (!reason.isEmpty())
        line.insert(u"why"_s, reason);
    return appendLine(std::move(line), ids);
}

bool JobJournal::appendState(JobState state, const QString &reason)
{
    QJsonObject line {{u"k"_s, u"state"_s}, {u"state"_s, JobStateInfo::name(state)}};
    if (!reason.isEmpty())
        line.insert(u"why"_s, reason);
    return appendLine(std::move(line));
}

bool JobJournal::appendRetry(const QStringList &ids)
{
    return appendLine({{u"k"_s, u"pending"_s}}, ids);
}

std::optional<Job> JobJournal::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the job journal %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    Job job;
    QList<JobItem> items;
    QList<std::pair<QStringList, std::pair<JobItem::Status, QString>>> outcomes;
    bool haveHeader = false;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (lines.at(n).trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(n), &parseError);
        if (!doc.isObject()) {
            const bool last = n >= lines.size() - 2; // the final line may be torn by a crash
            if (last)
                break;
            if (error)
                *error = tr("The job journal %1 is damaged at line %2.").arg(path).arg(n + 1);
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        const QString kind = o.value(u"k"_s).toString();
        if (kind == u"job") {
            if (o.value(u"version"_s).toInt() > FormatVersion) {
                if (error)
                    *error = tr("The job journal %1 was written by a newer Badge Desk.").arg(path);
                return std::nullopt;
            }
            const auto action = JobAction::fromJson(o.value(u"action"_s).toObject());
            if (!action)
                break;
            job.id = o.value(u"id"_s).toString();
            job.profileId = o.value(u"profileId"_s).toString();
            job.createdUtc =
                QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODateWithMs);
            job.batchSize = qMax(1, o.value(u"batchSize"_s).toInt(500));
            job.action = *action;
            haveHeader = true;
        } else if (kind == u"ids") {
            const QJsonArray ids = o.value(u"ids"_s).toArray();
            const QJsonArray lineNumbers = o.value(u"lines"_s).toArray();
            for (qsizetype i = 0; i < ids.size(); ++i)
                items.append({ids.at(i).toString(),
                              lineNumbers.at(i).toInt(),
                              JobItem::Status::Pending,
                              {}});
        } else if (kind == u"skipped") {
            for (const QJsonValue &v : o.value(u"items"_s).toArray()) {
                const QJsonObject s = v.toObject();
                items.append({s.value(u"id"_s).toString(), s.value(u"line"_s).toInt(),
                              JobItem::statusFromName(s.value(u"status"_s).toString())
                                  .value_or(JobItem::Status::SkippedInvalid),
                              s.value(u"why"_s).toString()});
            }
        } else if (kind == u"state") {
            job.state =
                JobStateInfo::fromName(o.value(u"state"_s).toString()).value_or(JobState::Paused);
            job.stateReason = o.value(u"why"_s).toString();
        } else if (const auto status = JobItem::statusFromName(kind)) {
            outcomes.append({o.value(u"ids"_s).toVariant().toStringList(),
                             {*status, o.value(u"why"_s).toString()}});
        }
    }
    if (!haveHeader) {
        if (error)
            *error = tr("%1 is not a Badge Desk job journal.").arg(path);
        return std::nullopt;
    }
    job.setItems(std::move(items));
    for (const auto &[ids, outcome] : outcomes) {
        for (const QString &id : ids)
            job.setStatus(id, outcome.first, outcome.second);
    }
    return job;
}

QList<JobJournal::Summary> JobJournal::list(const QString &profileId)
{
    QList<Summary> out;
    const QDir dir(AppPaths::journalsDir(profileId));
    const QStringList names =
        dir.entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const auto job = load(path);
        if (!job)
            continue;
        out.append({job->id, path, job->createdUtc, job->action, job->state, job->stateReason,
                    job->counts()});
    }
    return out;
}

QString JobJournal::find(const QString &profileId, const QString &jobIdOrPrefix, QString *error)
{
    const QDir dir(AppPaths::journalsDir(profileId));
    const QString exact = dir.filePath(jobIdOrPrefix + u".jsonl"_s);
    if (!jobIdOrPrefix.contains(u'/') && QFile::exists(exact))
        return exact;
    const QStringList matches = dir.entryList({jobIdOrPrefix + u"*.jsonl"_s}, QDir::Files);
    if (matches.size() == 1 && !jobIdOrPrefix.isEmpty())
        return dir.filePath(matches.first());
    if (error) {
        *error = matches.isEmpty()
            ? tr("No job %1 for this profile.").arg(jobIdOrPrefix)
            : tr("%1 matches several jobs; give more of the id.").arg(jobIdOrPrefix);
    }
    return {};
}
