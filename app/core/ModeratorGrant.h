#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Body of POST /user/external/moder: the moderator role in one room (no revoke exists).
struct ModeratorGrant
{
    Q_DECLARE_TR_FUNCTIONS(ModeratorGrant)

public:
    QString decryptedUserId;
    QString roomId;

    QJsonObject toJson() const;
    ValidationResult validate() const; // both fields required
};
