#pragma once

#include "ModerationLogEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

// The team's record of every moderation action (the API cannot list bans, contract U-12):
// one JSON line per entry in AppPaths::logsDir(profileId)/moderation.jsonl, appended and
// fsync'ed as each answer arrives. Never holds a token.
class ModerationLog
{
    Q_DECLARE_TR_FUNCTIONS(ModerationLog)

public:
    explicit ModerationLog(const QString &profileId);

    QString path() const { return m_path; }
    bool append(ModerationLogEntry entry, QString *error = nullptr);
    QList<ModerationLogEntry> load(QString *error = nullptr) const; // oldest first

    static bool writeCsv(const QList<ModerationLogEntry> &entries, QIODevice *device);
    static bool writeJson(const QList<ModerationLogEntry> &entries, QIODevice *device);

private:
    QString m_path;
};
