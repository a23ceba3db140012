#pragma once

#include <QString>

// Where Badge Desk keeps its local files. Everything that belongs to a profile (drafts, job
// journals, the moderation log) lives under that profile's own folder, so switching profiles
// never mixes data. BADGEDESK_DATA_DIR overrides the root (tests, portable installs).
class AppPaths
{
public:
    static QString dataRoot(); // created on first use
    static QString profileDir(const QString &profileId); // created on first use
    static QString draftsDir(const QString &profileId);
    static QString journalsDir(const QString &profileId);
    static QString logsDir(const QString &profileId);

    // Preferences (issue 6) may move the root; empty restores the default.
    static void setDataRootOverride(const QString &path);
};
