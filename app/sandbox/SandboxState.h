#pragma once

#include "SandboxProjectState.h"

#include <QJsonObject>
#include <QString>

#include <map>

// The state of every project, keyed by API key, and its persistence. The data file is written
// atomically (QSaveFile) so that a crash or a kill never leaves half a file behind. Bearer
// tokens are configuration, not state: they are never written to the file.
class SandboxState
{
public:
    SandboxProjectState &project(const QString &apiKey); // created empty if unknown
    const SandboxProjectState *findProject(const QString &apiKey) const;
    void clear();

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);

    // A missing file is not an error: the state stays empty and the file appears on save().
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

private:
    std::map<QString, SandboxProjectState> m_projects;
};
