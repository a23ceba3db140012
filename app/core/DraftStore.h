#pragma once

#include "BadgeDraft.h"

#include <QList>
#include <QString>

#include <optional>

// Autosaved badge drafts of one profile, one small JSON file per draft, written atomically so
// that a crash mid-write leaves the previous draft intact. Badges hold no secrets.
class DraftStore
{
public:
    explicit DraftStore(const QString &directory = {});

    void setDirectory(const QString &directory);
    const QString &directory() const { return m_directory; }

    bool save(const BadgeDraft &draft, QString *error = nullptr) const;
    std::optional<BadgeDraft> load(const QString &key) const;
    QList<BadgeDraft> all() const; // newest first
    bool remove(const QString &key) const;

private:
    QString pathFor(const QString &key) const;

    QString m_directory;
};
