#include "SentMessage.h"

#include "JsonParse.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SentMessage)
};

// Ids are documented as strings, but a numeric id is the same id: keep it readable.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const auto number = JsonParse::integer(value); number && value.isDouble())
        return QString::number(*number);
    return {};
}

} // namespace

Decoded<SentMessage> SentMessage::fromJson(const QJsonValue &json)
{
    if (!json.isObject()) {
        return Decoded<SentMessage>::failure(
            Tr::tr("The server answered with %1 instead of the sent message.")
                .arg(JsonParse::describe(json)));
    }
    const QJsonObject object = json.toObject();

    // The id is the one field the rest of the app relies on; everything else is informative
    // and taken when present with the documented type.
    const QJsonValue idValue = object.value("id"_L1);
    if (idValue.isUndefined() || idValue.isNull())
        return Decoded<SentMessage>::failure(Tr::tr("The sent message has no “id”."));
    const auto id = JsonParse::integer(idValue);
    if (!id) {
        return Decoded<SentMessage>::failure(
            Tr::tr("The “id” of the sent message must be a whole number, but it is %1.")
                .arg(JsonParse::describe(idValue)));
    }

    SentMessage message;
    message.id = *id;
    message.text = object.value("text"_L1).toString();
    message.type = object.value("type"_L1).toString();
    message.isVisible = object.value("isVisible"_L1).toBool(true);
    message.isPinned = object.value("isPinned"_L1).toBool(false);
    // "2025-01-01T12:00:00.000Z"; Qt::ISODateWithMs also reads it without milliseconds and
    // with a numeric offset, and toUTC() brings an offset back to UTC.
    const QDateTime createdAt =
        QDateTime::fromString(object.value("createdAt"_L1).toString(), Qt::ISODateWithMs);
    if (createdAt.isValid())
        message.createdAt = createdAt.toUTC();
    message.userExternalId = idText(object.value("user"_L1).toObject().value("externalId"_L1));
    message.roomExternalId = idText(object.value("room"_L1).toObject().value("externalRoomId"_L1));
    return Decoded<SentMessage>::success(message);
}
