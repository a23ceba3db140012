#include "SandboxInspector.h"

#include <QJsonArray>

SandboxInspector::SandboxInspector(const SandboxState &state, const SandboxOptions &options,
                                   const SandboxStats &stats)
    : m_state(state)
    , m_options(options)
    , m_stats(stats)
{ }

const SandboxProject *SandboxInspector::selectProject(const SandboxRequest &request) const
{
    if (m_options.projects.isEmpty())
        return nullptr;
    const QString apiKey =
        request.query.queryItemValue(QStringLiteral("apiKey"), QUrl::FullyDecoded);
    if (apiKey.isEmpty())
        return &m_options.projects.constFirst();
    for (const SandboxProject &project : m_options.projects) {
        if (project.apiKey == apiKey)
            return &project;
    }
    return nullptr;
}

SandboxReply SandboxInspector::handle(const SandboxRequest &request, const QDateTime &nowUtc) const
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(1);
    if (request.method != "GET" || parts.isEmpty())
        return SandboxReply {0, {}, {}, false};
    const QString what = parts.constFirst();

    if (parts.size() == 1 && what == QLatin1String("stats"))
        return SandboxReply::json(200, m_stats.toJson());
    if (parts.size() == 1 && what == QLatin1String("projects")) {
        QJsonArray projects;
        for (const SandboxProject &project : m_options.projects) {
            projects.append(
                QJsonObject {{QStringLiteral("apiKey"), project.apiKey},
                             {QStringLiteral("region"), project.region},
                             {QStringLiteral("bearerTokenCount"), project.bearerTokens.size()}});
        }
        return SandboxReply::json(200, projects);
    }

    const SandboxProject *project = selectProject(request);
    if (!project)
        return SandboxReply::error(404, QStringLiteral("Project not found"));
    static const SandboxProjectState empty;
    const SandboxProjectState *found = m_state.findProject(project->apiKey);
    const SandboxProjectState &state = found ? *found : empty;

    if (parts.size() == 1) {
        if (what == QLatin1String("badges")) {
            QJsonArray list;
            const QList<qint64> ids = state.badgeIds();
            for (const qint64 id : ids) {
                QJsonObject badge = *state.badge(id);
                badge.insert(QStringLiteral("userCount"), state.userCount(id));
                list.append(badge);
            }
            return SandboxReply::json(200, list);
        }
        if (what == QLatin1String("bans"))
            return SandboxReply::json(200, state.activeBans(nowUtc));
        if (what == QLatin1String("moderators"))
            return SandboxReply::json(200, state.moderators());
        if (what == QLatin1String("rooms"))
            return SandboxReply::json(200, state.rooms());
        if (what == QLatin1String("messages"))
            return SandboxReply::json(200, state.messages());
        if (what == QLatin1String("state"))
            return SandboxReply::json(200, state.toJson());
    }
    if (parts.size() == 3 && what == QLatin1String("badges")
        && parts.at(2) == QLatin1String("holders")) {
        bool ok = false;
        const qint64 id = parts.at(1).toLongLong(&ok);
        if (!ok || !state.badge(id))
            return SandboxReply::error(404, QStringLiteral("Badge not found"));
        return SandboxReply::json(200, QJsonArray::fromStringList(state.holders(id)));
    }
    return SandboxReply {0, {}, {}, false};
}
