#pragma once

// Exit codes of badgedesk-cli. Scripts rely on them: never renumber, only add.
namespace CliExitCode {
constexpr int Ok = 0;
constexpr int Failed = 1; // the API refused the request (validation, unknown badge or room), or a
                          // file could not be read/written
constexpr int Usage = 2; // bad command line or unreadable input
constexpr int Credentials =
    3; // no credentials, unknown profile, keychain, or 403/404 "Project not found"
constexpr int PartialFailure = 4; // the job finished but some IDs failed
constexpr int Network = 5; // server unreachable, timeouts, 5xx or 429 beyond the retry budget
} // namespace CliExitCode
