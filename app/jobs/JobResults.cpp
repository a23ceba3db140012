#include "JobResults.h"

#include "CsvWriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool JobResults::matches(const JobItem &item, Filter filter)
{
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Done:
        return item.status == JobItem::Status::Done;
    case Filter::Failed:
        return item.status == JobItem::Status::Failed;
    case Filter::Pending:
        return item.status == JobItem::Status::Pending;
    case Filter::Skipped:
        return item.status == JobItem::Status::SkippedDuplicate
            || item.status == JobItem::Status::SkippedInvalid;
    }
    return true;
}

bool JobResults::writeCsv(const Job &job, QIODevice *device, Filter filter)
{
    QByteArray out = CsvWriter::row({u"userId"_s, u"status"_s, u"reason"_s, u"line"_s});
    for (const JobItem &item : job.items()) {
        if (!matches(item, filter))
            continue;
        out += CsvWriter::row({item.userId, JobItem::statusName(item.status), item.reason,
                               item.line > 0 ? QString::number(item.line) : QString()});
        if (out.size() > 1 << 20) {
            if (device->write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return device->write(out) == out.size();
}

QJsonObject JobResults::countsJson(const Job::Counts &c)
{
    return {{u"total"_s, c.total},
            {u"done"_s, c.done},
            {u"failed"_s, c.failed},
            {u"skipped"_s, c.skipped},
            {u"pending"_s, c.pending}};
}

QJsonObject JobResults::toJson(const Job &job, Filter filter)
{
    QJsonArray items;
    for (const JobItem &item : job.items()) {
        if (!matches(item, filter))
            continue;
        QJsonObject o {{u"userId"_s, item.userId}, {u"status"_s, JobItem::statusName(item.status)}};
        if (!item.reason.isEmpty())
            o.insert(u"reason"_s, item.reason);
        if (item.line > 0)
            o.insert(u"line"_s, item.line);
        items.append(o);
    }
    return {{u"job"_s, job.id},
            {u"action"_s, job.action.toJson()},
            {u"state"_s, JobStateInfo::name(job.state)},
            {u"counts"_s, countsJson(job.counts())},
            {u"items"_s, items}};
}
