#pragma once

#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"
#include "SandboxStats.h"

#include <QDateTime>

// The read-only sandbox-only routes under /__sandbox/ (never part of the public contract). They
// need no credentials and never show a bearer token. A project is chosen with ?apiKey=KEY; the
// default is the first configured project. See app/sandbox/README.md for the list.
class SandboxInspector
{
public:
    SandboxInspector(const SandboxState &state, const SandboxOptions &options,
                     const SandboxStats &stats);

    // A reply with status 0 means "not a route this class knows" (the server answers 404).
    SandboxReply handle(const SandboxRequest &request, const QDateTime &nowUtc) const;

    // The project ?apiKey= selects, or nullptr (unknown key).
    const SandboxProject *selectProject(const SandboxRequest &request) const;

private:
    const SandboxState &m_state;
    const SandboxOptions &m_options;
    const SandboxStats &m_stats;
};
