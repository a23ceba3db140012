#include "JobItem.h"

using namespace Qt::StringLiterals;

QString JobItem::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return u"pending"_s;
    case Status::Done:
        return u"done"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::SkippedDuplicate:
        return u"skipped-duplicate"_s;
    case Status::SkippedInvalid:
        return u"skipped-invalid"_s;
    }
    return {};
}

std::optional<JobItem::Status> JobItem::statusFromName(const QString &name)
{
    for (Status s : {Status::Pending, Status::Done, Status::Failed, Status::SkippedDuplicate,
                     Status::SkippedInvalid}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString JobItem::statusDisplayName(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("Pending");
    case Status::Done:
        return tr("Done");
    case Status::Failed:
        return tr("Failed");
    case Status::SkippedDuplicate:
        return tr("Skipped (duplicate)");
    case Status::SkippedInvalid:
        return tr("Skipped (invalid)");
    }
    return {};
}
