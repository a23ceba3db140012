#include "SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray SandboxReply::toJsonBytes(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    default: {
        // Wrap the scalar in an array and strip the brackets: the same escaping and number
        // formatting as everywhere else.
        const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }
    }
}

SandboxReply SandboxReply::json(int status, const QJsonValue &value)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = toJsonBytes(value);
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &message, const QString &error)
{
    QJsonObject body {{QStringLiteral("statusCode"), status}, {QStringLiteral("message"), message}};
    if (!error.isEmpty())
        body.insert(QStringLiteral("error"), error);
    return json(status, body);
}

SandboxReply SandboxReply::badRequest(const QStringList &messages)
{
    return json(400,
                QJsonObject {{QStringLiteral("statusCode"), 400},
                             {QStringLiteral("message"), QJsonArray::fromStringList(messages)},
                             {QStringLiteral("error"), QStringLiteral("Bad Request")}});
}
