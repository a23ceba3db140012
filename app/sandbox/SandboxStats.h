#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

// Counts what reached the public routes, for tests that must prove "nothing was sent twice".
// Routes are counted by pattern ("POST /external/badge/:id/users"), outcomes by status code or
// by fault name ("reset", "reset-after-apply", "stall").
class SandboxStats
{
public:
    // userIds: how many ids the body carried (assign/unassign), -1 when not applicable.
    // applied: whether the request changed or could have changed state (it reached the action).
    void record(const QString &route, const QString &outcome, int userIds, bool applied);
    void clear();
    int total() const { return m_total; }
    QJsonObject toJson() const;

private:
    struct RouteStats
    {
        int count = 0;
        QMap<QString, int> outcomes;
        qint64 userIds = 0;
        qint64 userIdsApplied = 0;
    };

    QMap<QString, RouteStats> m_routes;
    int m_total = 0;
};
