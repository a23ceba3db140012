#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where a bulk job stands. Ready and Paused jobs are offered for resume; a Finished job may
// still be re-run for its failed IDs ("retry failed only").
enum class JobState { Ready, Running, Paused, Finished, Cancelled };

class JobStateInfo
{
    Q_DECLARE_TR_FUNCTIONS(JobStateInfo)

public:
    static QString name(JobState state); // stable: ready, running, paused, finished, cancelled
    static std::optional<JobState> fromName(const QString &text);
    static QString displayName(JobState state); // translated
};
