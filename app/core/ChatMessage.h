#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Body of POST /external/message/send: a message posted as the given user.
struct ChatMessage
{
    Q_DECLARE_TR_FUNCTIONS(ChatMessage)

public:
    static constexpr int MaxTextCodePoints = 4000; // sandbox assumption (U-20)

    QString userId;
    QString roomId;
    QString text;

    QJsonObject toJson() const;
    ValidationResult validate() const;
};
