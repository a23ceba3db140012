#pragma once

#include <optional>

// What an assign or unassign call reported. The real API documents no body, so both are
// optional; the sandbox answers {"assigned": n, "total": m} / {"removed": n, "total": m}.
struct AssignOutcome
{
    std::optional<int> changed; // newly assigned, or removed
    std::optional<int> total; // holders afterwards
};
