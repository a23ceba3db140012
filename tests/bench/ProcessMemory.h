#pragma once

#include <QtGlobal>

#include <optional>

// Resident (RSS) and proportional (PSS: shared pages divided among the processes sharing them)
// memory of a process, from /proc/<pid>/smaps_rollup (Linux 4.14+). PSS is the fairer figure
// for a Qt app, whose RSS counts every shared Qt library page in full.
struct ProcessMemory
{
    double rssMb = 0;
    double pssMb = 0;

    // nullopt when the process is gone or /proc is not readable (not Linux).
    static std::optional<ProcessMemory> of(qint64 pid);
    static std::optional<ProcessMemory> self();
};
