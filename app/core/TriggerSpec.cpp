#include "TriggerSpec.h"

#include "BadgeValidator.h"
#include "JsonParse.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> positiveInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const auto number = JsonParse::integer(value);
    if (!number || *number < 1 || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*number);
}

QJsonObject without(QJsonObject object, std::initializer_list<QLatin1StringView> keys)
{
    for (const auto key : keys)
        object.remove(key);
    return object;
}

std::optional<TriggerCondition> readCondition(const QJsonObject &object)
{
    TriggerCondition condition;
    condition.type = object.value("type"_L1).toString();
    if (!BadgeValidator::triggerTypes().contains(condition.type))
        return std::nullopt;
    const QJsonValue threshold = object.value("threshold"_L1);
    if (condition.type == TriggerSpec::FirstMessage
        && (threshold.isUndefined() || threshold.isNull())) {
        condition.threshold = 1;
    } else if (const auto value = positiveInt(threshold)) {
        condition.threshold = *value;
    } else {
        return std::nullopt;
    }
    const QJsonValue period = object.value("period"_L1);
    if (period.isObject()) {
        const QJsonObject p = period.toObject();
        const QString kind = p.value("kind"_L1).toString();
        if (kind == "ROLLING"_L1) {
            const auto days = positiveInt(p.value("days"_L1));
            if (!days || p.size() != 2)
                return std::nullopt;
            condition.period = TriggerCondition::Period::Rolling;
            condition.rollingDays = *days;
        } else if (kind == "CUSTOM"_L1) {
            condition.from =
                QDateTime::fromString(p.value("from"_L1).toString(), Qt::ISODateWithMs);
            condition.to = QDateTime::fromString(p.value("to"_L1).toString(), Qt::ISODateWithMs);
            if (!condition.from.isValid() || !condition.to.isValid() || p.size() != 3)
                return std::nullopt;
            condition.period = TriggerCondition::Period::Custom;
        } else {
            return std::nullopt;
        }
    } else if (!period.isUndefined() && !period.isNull()) {
        return std::nullopt;
    }
    condition.extra = without(object, {"type"_L1, "threshold"_L1, "period"_L1});
    return condition;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

std::optional<TriggerSpec> TriggerSpec::fromJson(const QJsonValue &json)
{
    if (!BadgeValidator::triggerFollowsSchema(json))
        return std::nullopt;
    const QJsonObject object = json.toObject();
    TriggerSpec spec;
    for (const QJsonValue item : object.value("conditions"_L1).toArray()) {
        const auto condition = readCondition(item.toObject());
        // A duplicate cannot be shown as one checkbox per type without losing one of them.
        if (!condition || spec.condition(condition->type))
            return std::nullopt;
        spec.conditions.append(*condition);
    }
    const QJsonValue duration = object.value("duration"_L1);
    if (duration.isObject()) {
        const auto days = positiveInt(duration.toObject().value("days"_L1));
        if (!days || duration.toObject().size() != 1)
            return std::nullopt;
        spec.durationDays = *days;
    }
    spec.extra = without(object, {"conditions"_L1, "duration"_L1});
    return spec;
}

bool TriggerSpec::isReadable(const QJsonValue &json)
{
    return fromJson(json).has_value();
}

QJsonObject TriggerSpec::toJson() const
{
    QJsonObject object = extra;
    QJsonArray array;
    for (const TriggerCondition &c : conditions) {
        QJsonObject item = c.extra;
        item.insert("type"_L1, c.type);
        if (c.type != FirstMessage)
            item.insert("threshold"_L1, c.threshold);
        if (c.period == TriggerCondition::Period::Rolling) {
            item.insert("period"_L1,
                        QJsonObject {{u"kind"_s, u"ROLLING"_s}, {u"days"_s, c.rollingDays}});
        } else if (c.period == TriggerCondition::Period::Custom) {
            item.insert("period"_L1,
                        QJsonObject {{u"kind"_s, u"CUSTOM"_s},
                                     {u"from"_s, isoUtc(c.from)},
                                     {u"to"_s, isoUtc(c.to)}});
        }
        array.append(item);
    }
    object.insert("conditions"_L1, array);
    object.insert("duration"_L1,
                  durationDays ? QJsonValue(QJsonObject {{u"days"_s, *durationDays}})
                               : QJsonValue(QJsonValue::Null));
    return object;
}

const TriggerCondition *TriggerSpec::condition(const QString &type) const
{
    for (const TriggerCondition &c : conditions) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

bool TriggerSpec::combinesFirstMessage() const
{
    return condition(FirstMessage) && conditions.size() > 1;
}

QString TriggerSpec::displayName(const QString &type)
{
    static const QHash<QString, const char *> names = {
        {FirstMessage, QT_TR_NOOP("First message")},
        {u"MESSAGES"_s, QT_TR_NOOP("Number of messages")},
        {u"VISITS"_s, QT_TR_NOOP("Number of visits")},
        {u"STREAK"_s, QT_TR_NOOP("Streak")},
        {u"TIME_IN_CHAT_MINUTES"_s, QT_TR_NOOP("Time spent in chat")},
        {u"REACTIONS_RECEIVED"_s, QT_TR_NOOP("Received reactions")},
        {u"REACTIONS_GIVEN"_s, QT_TR_NOOP("Given reactions")},
        {u"REPLIES"_s, QT_TR_NOOP("Replies")},
        {u"THREADS_STARTED"_s, QT_TR_NOOP("Started threads")},
        {u"INVITES_SENT"_s, QT_TR_NOOP("Invites sent")},
        {u"POLL_VOTES"_s, QT_TR_NOOP("Poll votes")},
        {u"QUIZ_ANSWERS"_s, QT_TR_NOOP("Quiz answers")},
    };
    const char *name = names.value(type);
    return name ? tr(name) : type;
}

QString TriggerSpec::category(const QString &type)
{
    static const QStringList chat = {FirstMessage, u"MESSAGES"_s, u"VISITS"_s, u"STREAK"_s,
                                     u"TIME_IN_CHAT_MINUTES"_s};
    static const QStringList interactions = {u"REACTIONS_RECEIVED"_s, u"REACTIONS_GIVEN"_s,
                                             u"REPLIES"_s, u"THREADS_STARTED"_s, u"INVITES_SENT"_s};
    if (chat.contains(type))
        return tr("Chat activity");
    if (interactions.contains(type))
        return tr("Interactions");
    return tr("Integrations");
}

QString TriggerSpec::thresholdUnit(const QString &type)
{
    if (type == "STREAK"_L1)
        return tr("days in a row");
    if (type == "TIME_IN_CHAT_MINUTES"_L1)
        return tr("minutes");
    if (type == "VISITS"_L1)
        return tr("visits");
    if (type == "MESSAGES"_L1)
        return tr("messages");
    return tr("times");
}
