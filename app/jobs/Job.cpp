#include "Job.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Job Job::create(const QString &profileId, const JobAction &action, const UserIdList &ids,
                int batchSize)
{
    Job job;
    job.id = newId();
    job.profileId = profileId;
    job.createdUtc = QDateTime::currentDateTimeUtc();
    job.action = action;
    job.batchSize = action.isBatched() ? qMax(1, batchSize) : 1;
    QList<JobItem> items;
    items.reserve(ids.ids.size() + ids.issues.size());
    for (qsizetype i = 0; i < ids.ids.size(); ++i)
        items.append({ids.ids.at(i), ids.lines.value(i), JobItem::Status::Pending, {}});
    for (const UserIdIssue &issue : ids.issues) {
        if (!issue.excludes())
            continue;
        const auto status = issue.kind == UserIdIssue::Kind::Duplicate
            ? JobItem::Status::SkippedDuplicate
            : JobItem::Status::SkippedInvalid;
        items.append({issue.value, issue.line, status, issue.message()});
    }
    job.setItems(std::move(items));
    return job;
}

QString Job::newId()
{
    const quint32 random = QRandomGenerator::system()->bounded(0x10000u);
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u'-'
        + u"%1"_s.arg(random, 4, 16, QChar(u'0'));
}

void Job::setItems(QList<JobItem> items)
{
    m_items = std::move(items);
    m_index.clear();
    m_index.reserve(m_items.size());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const JobItem &item = m_items.at(i);
        if (item.status != JobItem::Status::SkippedDuplicate
            && item.status != JobItem::Status::SkippedInvalid)
            m_index.insert(item.userId, i);
    }
    recount();
}

QStringList Job::idsWith(JobItem::Status status) const
{
    QStringList out;
    for (const JobItem &item : m_items) {
        if (item.status == status)
            out.append(item.userId);
    }
    return out;
}

bool Job::setStatus(const QString &userId, JobItem::Status status, const QString &reason)
{
    const auto it = m_index.constFind(userId);
    if (it == m_index.cend())
        return false;
    apply(m_items[*it], status, reason);
    return true;
}

bool Job::setStatusAt(qsizetype index, JobItem::Status status, const QString &reason)
{
    if (index < 0 || index >= m_items.size())
        return false;
    JobItem &item = m_items[index];
    if (item.status == JobItem::Status::SkippedDuplicate
        || item.status == JobItem::Status::SkippedInvalid)
        return false;
    apply(item, status, reason);
    return true;
}

void Job::apply(JobItem &item, JobItem::Status status, const QString &reason)
{
    auto adjust = [this](JobItem::Status s, int delta) {
        switch (s) {
        case JobItem::Status::Pending:
            m_counts.pending += delta;
            break;
        case JobItem::Status::Done:
            m_counts.done += delta;
            break;
        case JobItem::Status::Failed:
            m_counts.failed += delta;
            break;
        default:
            m_counts.skipped += delta;
            break;
        }
    };
    adjust(item.status, -1);
    item.status = status;
    item.reason = reason;
    adjust(status, +1);
}

void Job::recount()
{
    m_counts = {};
    m_counts.total = m_items.size();
    for (const JobItem &item : m_items) {
        switch (item.status) {
        case JobItem::Status::Pending:
            ++m_counts.pending;
            break;
        case JobItem::Status::Done:
            ++m_counts.done;
            break;
        case JobItem::Status::Failed:
            ++m_counts.failed;
            break;
        default:
            ++m_counts.skipped;
            break;
        }
    }
}
