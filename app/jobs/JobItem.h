#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// One user ID of a bulk job and where it ended.
struct JobItem
{
    Q_DECLARE_TR_FUNCTIONS(JobItem)

public:
    enum class Status { Pending, Done, Failed, SkippedDuplicate, SkippedInvalid };

    QString userId;
    int line = 0; // in the input, 1-based; 0 when unknown
    Status status = Status::Pending;
    QString reason; // why it failed or was skipped; translated at the time it happened

    static QString statusName(Status status); // stable: pending, done, failed, skipped-duplicate, …
    static std::optional<Status> statusFromName(const QString &name);
    static QString statusDisplayName(Status status); // translated
};
