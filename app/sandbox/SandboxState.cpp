#include "SandboxState.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

constexpr int FormatVersion = 1;

} // namespace

SandboxProjectState &SandboxState::project(const QString &apiKey)
{
    return m_projects[apiKey];
}

const SandboxProjectState *SandboxState::findProject(const QString &apiKey) const
{
    const auto it = m_projects.find(apiKey);
    return it == m_projects.end() ? nullptr : &it->second;
}

void SandboxState::clear()
{
    m_projects.clear();
}

QJsonObject SandboxState::toJson() const
{
    QJsonObject projects;
    for (const auto &[apiKey, state] : m_projects)
        projects.insert(apiKey, state.toJson());
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("badgedesk-sandbox")},
                        {QStringLiteral("version"), FormatVersion},
                        {QStringLiteral("projects"), projects}};
}

bool SandboxState::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("badgedesk-sandbox")
        || json.value(QStringLiteral("version")).toInt() != FormatVersion) {
        if (error)
            *error = QCoreApplication::translate("SandboxState",
                                                 "not a badgedesk-sandbox data file (version %1)")
                         .arg(FormatVersion);
        return false;
    }
    std::map<QString, SandboxProjectState> projects;
    const QJsonObject stored = json.value(QStringLiteral("projects")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        QString projectError;
        auto state = SandboxProjectState::fromJson(it.value().toObject(), &projectError);
        if (!state) {
            if (error)
                *error = QCoreApplication::translate("SandboxState", "project %1: %2")
                             .arg(it.key(), projectError);
            return false;
        }
        projects.emplace(it.key(), std::move(*state));
    }
    m_projects = std::move(projects);
    return true;
}

bool SandboxState::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        m_projects.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    return fromJson(document.object(), error);
}

bool SandboxState::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
