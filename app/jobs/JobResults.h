#pragma once

#include "Job.h"

#include <QJsonObject>
#include <QList>

class QIODevice;

// Per-ID results of a job as CSV (userId,status,reason,line) or JSON, for export and the CLI.
class JobResults
{
public:
    enum class Filter { All, Done, Failed, Skipped, Pending };

    static bool matches(const JobItem &item, Filter filter);
    static bool writeCsv(const Job &job, QIODevice *device, Filter filter = Filter::All);
    static QJsonObject toJson(const Job &job, Filter filter = Filter::All);
    static QJsonObject countsJson(const Job::Counts &counts);
};
