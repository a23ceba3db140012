#include "Badge.h"

#include "JsonParse.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Badge)
};

// The JSON names of the fields this version knows; everything else goes to `extra`.
const QLatin1StringView IdKey = "id"_L1;
const QLatin1StringView TextKey = "text"_L1;
const QLatin1StringView BackgroundColorKey = "backgroundColor"_L1;
const QLatin1StringView TextColorKey = "textColor"_L1;
const QLatin1StringView TooltipKey = "tooltip"_L1;
const QLatin1StringView CommunicationPicKey = "communicationPic"_L1;
const QLatin1StringView CommunicationTitleKey = "communicationTitle"_L1;
const QLatin1StringView CommunicationTextKey = "communicationText"_L1;
const QLatin1StringView PicKey = "pic"_L1;
const QLatin1StringView DataKey = "data"_L1;
const QLatin1StringView TriggerKey = "trigger"_L1;
const QLatin1StringView UserCountKey = "userCount"_L1;

const QLatin1StringView KnownKeys[] = {
    IdKey,
    TextKey,
    BackgroundColorKey,
    TextColorKey,
    TooltipKey,
    CommunicationPicKey,
    CommunicationTitleKey,
    CommunicationTextKey,
    PicKey,
    DataKey,
    TriggerKey,
    UserCountKey,
};

bool isKnownKey(const QString &key)
{
    return std::find(std::begin(KnownKeys), std::end(KnownKeys), key) != std::end(KnownKeys);
}

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Decodes the fields one by one and remembers the first problem, so that the message names
// the field that is wrong rather than saying "invalid badge".
class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    { }

    const QString &error() const { return m_error; }
    // How many of the keys asked for were there.
    qsizetype found() const { return m_found; }

    // Null or missing is an empty string (the server is not always complete); any other
    // non-string type is an error, because guessing would silently change the badge.
    QString string(QLatin1StringView key)
    {
        const QJsonValue value = lookup(key);
        if (value.isString())
            return value.toString();
        if (!value.isNull() && !value.isUndefined()) {
            fail(Tr::tr("The field “%1” must be text, but it is %2.")
                     .arg(key, JsonParse::describe(value)));
        }
        return {};
    }

    // Null or missing is "not set", which is different from an empty string.
    std::optional<QString> optionalString(QLatin1StringView key)
    {
        const QJsonValue value = lookup(key);
        if (value.isString())
            return value.toString();
        if (!value.isNull() && !value.isUndefined()) {
            fail(Tr::tr("The field “%1” must be text or null, but it is %2.")
                     .arg(key, JsonParse::describe(value)));
        }
        return std::nullopt;
    }

    // Ids and counts are never negative; an integral double (3.0) and a quoted number ("3")
    // are accepted, since both mean the same to a person.
    std::optional<qint64> count(QLatin1StringView key)
    {
        const QJsonValue value = lookup(key);
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        const auto number = JsonParse::integer(value);
        if (!number || *number < 0) {
            fail(Tr::tr("The field “%1” must be a whole number from 0 to %2, but it is %3.")
                     .arg(key, QString::number(std::numeric_limits<qint64>::max()),
                          JsonParse::describe(value)));
            return std::nullopt;
        }
        return number;
    }

    QJsonValue trigger()
    {
        const QJsonValue value = lookup(TriggerKey);
        if (value.isObject())
            return value;
        if (!value.isNull() && !value.isUndefined()) {
            fail(Tr::tr("The field “%1” must be an object or null, but it is %2.")
                     .arg(TriggerKey, JsonParse::describe(value)));
        }
        return QJsonValue::Null;
    }

private:
    QJsonValue lookup(QLatin1StringView key)
    {
        QJsonValue value = m_object.value(key);
        if (!value.isUndefined())
            ++m_found;
        return value;
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    const QJsonObject &m_object;
    QString m_error;
    qsizetype m_found = 0;
};

} // namespace

QJsonObject Badge::toRequestJson() const
{
    // Unknown fields first, so that a known field can never be overwritten by a stale copy,
    // and id/userCount can never leak into a body (the id travels in the URL).
    QJsonObject json = extra;
    json.remove(IdKey);
    json.remove(UserCountKey);

    json.insert(TextKey, text);
    json.insert(BackgroundColorKey, backgroundColor);
    json.insert(TextColorKey, textColor);
    json.insert(TooltipKey, tooltip);
    json.insert(CommunicationPicKey, nullable(communicationPic));
    json.insert(CommunicationTitleKey, communicationTitle);
    json.insert(CommunicationTextKey, communicationText);
    // pic, data and trigger are always sent, as null when unset. The contract (§4.3) allows
    // sending only the ones the user edited, but PATCH may merge (U-6): leaving a field out
    // would keep a value the user just cleared, whereas null clears it (the sandbox stores null)
    // and re-sending an unchanged value is harmless. Create accepts null for all three (§4.1).
    json.insert(PicKey, nullable(pic));
    json.insert(DataKey, nullable(data));
    json.insert(TriggerKey, trigger.isUndefined() ? QJsonValue(QJsonValue::Null) : trigger);
    return json;
}

QJsonObject Badge::toJson() const
{
    QJsonObject json = toRequestJson();
    if (id)
        json.insert(IdKey, *id);
    if (userCount)
        json.insert(UserCountKey, *userCount);
    return json;
}

Decoded<Badge> Badge::fromJson(const QJsonValue &json)
{
    if (!json.isObject()) {
        return Decoded<Badge>::failure(Tr::tr("A badge must be a JSON object, but this is %1.")
                                           .arg(JsonParse::describe(json)));
    }
    const QJsonObject object = json.toObject();
    Reader read(object);

    Badge badge;
    badge.id = read.count(IdKey);
    badge.text = read.string(TextKey);
    badge.backgroundColor = read.string(BackgroundColorKey);
    badge.textColor = read.string(TextColorKey); // "" is real data (§4.4) and stays ""
    badge.tooltip = read.string(TooltipKey);
    badge.communicationPic = read.optionalString(CommunicationPicKey);
    badge.communicationTitle = read.string(CommunicationTitleKey);
    badge.communicationText = read.string(CommunicationTextKey);
    badge.pic = read.optionalString(PicKey);
    badge.data = read.optionalString(DataKey);
    badge.trigger = read.trigger();
    badge.userCount = read.count(UserCountKey);
    if (!read.error().isEmpty())
        return Decoded<Badge>::failure(read.error());

    // Usually every key is a known one; then there is nothing to keep, and the loop (a string
    // made of every key: a quarter of the time a long list took to decode) is skipped.
    if (read.found() == object.size())
        return Decoded<Badge>::success(std::move(badge));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isKnownKey(it.key()))
            badge.extra.insert(it.key(), it.value());
    }
    return Decoded<Badge>::success(std::move(badge));
}

Decoded<QList<Badge>> Badge::listFromJson(const QJsonValue &json)
{
    // A bare array is what the seed documents; the wrapped forms are what other Watchers list
    // endpoints use, so paging may one day arrive in that shape (U-1).
    QJsonArray items;
    if (json.isArray()) {
        items = json.toArray();
    } else if (const QJsonObject object = json.toObject();
               json.isObject() && object.value("data"_L1).isArray()) {
        items = object.value("data"_L1).toArray();
    } else if (json.isObject() && object.value("items"_L1).isArray()) {
        items = object.value("items"_L1).toArray();
    } else {
        return Decoded<QList<Badge>>::failure(
            Tr::tr("Expected a list of badges (a JSON array, or an object with a “data” or "
                   "“items” array), but got %1.")
                .arg(JsonParse::describe(json)));
    }

    QList<Badge> badges;
    badges.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        Decoded<Badge> decoded = fromJson(item);
        if (!decoded.ok()) {
            // Counted from 1 for people; the id, when readable, finds the badge on the server.
            const auto id = JsonParse::integer(item.toObject().value(IdKey));
            const QString message = id
                ? Tr::tr("Badge %1 of %2 in the list (id %3): %4")
                      .arg(QString::number(i + 1), QString::number(items.size()),
                           QString::number(*id), decoded.error)
                : Tr::tr("Badge %1 of %2 in the list: %3")
                      .arg(QString::number(i + 1), QString::number(items.size()), decoded.error);
            return Decoded<QList<Badge>>::failure(message);
        }
        badges.append(std::move(decoded.value));
    }
    return Decoded<QList<Badge>>::success(std::move(badges));
}
