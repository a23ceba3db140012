#pragma once

#include <QString>
#include <QStringList>

// One Watchers project as the sandbox knows it (contract §2 and §10). The bearer tokens are
// secrets: the sandbox never logs them and no inspection route returns them.
struct SandboxProject
{
    QString apiKey = QStringLiteral("sandbox-key");
    QString region = QStringLiteral("eu"); // eu, us, sa, hk or za (contract §1)
    QStringList bearerTokens {QStringLiteral("sandbox-token")};
    QStringList rooms; // room ids that exist from the start (moderator grants need one)

    static QStringList knownRegions()
    {
        return {QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("sa"),
                QStringLiteral("hk"), QStringLiteral("za")};
    }
};
