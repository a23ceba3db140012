#include "SandboxStats.h"

void SandboxStats::record(const QString &route, const QString &outcome, int userIds, bool applied)
{
    ++m_total;
    RouteStats &stats = m_routes[route];
    ++stats.count;
    ++stats.outcomes[outcome];
    if (userIds > 0) {
        stats.userIds += userIds;
        if (applied)
            stats.userIdsApplied += userIds;
    }
}

void SandboxStats::clear()
{
    m_routes.clear();
    m_total = 0;
}

QJsonObject SandboxStats::toJson() const
{
    QJsonObject routes;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        QJsonObject outcomes;
        for (auto outcome = it->outcomes.cbegin(); outcome != it->outcomes.cend(); ++outcome)
            outcomes.insert(outcome.key(), outcome.value());
        routes.insert(it.key(),
                      QJsonObject {{QStringLiteral("count"), it->count},
                                   {QStringLiteral("outcomes"), outcomes},
                                   {QStringLiteral("userIds"), it->userIds},
                                   {QStringLiteral("userIdsApplied"), it->userIdsApplied}});
    }
    return QJsonObject {{QStringLiteral("total"), m_total}, {QStringLiteral("routes"), routes}};
}
