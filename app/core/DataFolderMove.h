#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class AppSettings;

// Moving Badge Desk's local data (drafts, job journals, moderation logs: everything under
// `profiles/` in the data folder) to another folder without ever losing a file. The move runs
// at start, before anything has a journal or a draft open in the old folder.
class DataFolderMove
{
    Q_DECLARE_TR_FUNCTIONS(DataFolderMove)

public:
    // Empty when `folder` can hold the data: empty (the default folder), or an absolute path
    // that is or can be made a folder we can write to, and not inside the data now in use
    // under `currentRoot` (moving a folder into itself never ends). Creates the folder.
    static QString problemWith(const QString &folder, const QString &currentRoot = {});
    // Whether `root` holds any file of ours.
    static bool hasData(const QString &root);
    static bool sameFolder(const QString &a, const QString &b);

    struct Result
    {
        int moved = 0;
        // Files the new folder already had with other content: not overwritten, so they stay
        // in the old folder (paths relative to its `profiles/`).
        QStringList leftBehind;
        // Empty on success. On failure the copies made are removed and nothing was taken
        // from the old folder.
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    // Copies every file under from/profiles to to/profiles and checks each copy byte for byte;
    // only when all of them are there are the originals removed. Running it again after an
    // interruption is safe: a file already copied is recognised by its content.
    static Result run(const QString &from, const QString &to);

    // At start: finishes the move the user asked for in Preferences, or drops it when it is
    // stale, then points AppPaths at the data folder. BADGEDESK_DATA_DIR, when set, decides
    // the folder and nothing is moved. Returns what the user must be told (empty: nothing).
    static QString applyAtStart(AppSettings *settings);
};
