#include "JobState.h"

using namespace Qt::StringLiterals;

QString JobStateInfo::name(JobState state)
{
    switch (state) {
    case JobState::Ready:
        return u"ready"_s;
    case JobState::Running:
        return u"running"_s;
    case JobState::Paused:
        return u"paused"_s;
    case JobState::Finished:
        return u"finished"_s;
    case JobState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<JobState> JobStateInfo::fromName(const QString &text)
{
    for (JobState s : {JobState::Ready, JobState::Running, JobState::Paused, JobState::Finished,
                       JobState::Cancelled}) {
        if (name(s) == text)
            return s;
    }
    return std::nullopt;
}

QString JobStateInfo::displayName(JobState state)
{
    switch (state) {
    case JobState::Ready:
        return tr("Ready");
    case JobState::Running:
        return tr("Running");
    case JobState::Paused:
        return tr("Paused");
    case JobState::Finished:
        return tr("Finished");
    case JobState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}
