#include "SandboxValidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

const QStringList &requiredBadgeStrings()
{
    static const QStringList names {QStringLiteral("text"),
                                    QStringLiteral("backgroundColor"),
                                    QStringLiteral("textColor"),
                                    QStringLiteral("tooltip"),
                                    QStringLiteral("communicationTitle"),
                                    QStringLiteral("communicationText")};
    return names;
}

const QStringList &triggerTypes()
{
    static const QStringList types {
        QStringLiteral("FIRST_MESSAGE"),
        QStringLiteral("MESSAGES"),
        QStringLiteral("VISITS"),
        QStringLiteral("STREAK"),
        QStringLiteral("TIME_IN_CHAT_MINUTES"),
        QStringLiteral("REACTIONS_RECEIVED"),
        QStringLiteral("REACTIONS_GIVEN"),
        QStringLiteral("REPLIES"),
        QStringLiteral("THREADS_STARTED"),
        QStringLiteral("INVITES_SENT"),
        QStringLiteral("POLL_VOTES"),
        QStringLiteral("QUIZ_ANSWERS"),
    };
    return types;
}

bool isIntegerAtLeast(const QJsonValue &value, double minimum)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && number == std::floor(number) && number >= minimum;
}

// ISO-8601 with a date, a time and a UTC designator or offset.
QDateTime parseIsoTimestamp(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$)"));
    if (!shape.match(text).hasMatch())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed;
}

void checkNonEmptyString(const QJsonObject &body, const QString &name, QStringList *errors)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        errors->append(QStringLiteral("%1 should not be empty").arg(name));
    else if (!value.isString())
        errors->append(QStringLiteral("%1 must be a string").arg(name));
}

} // namespace

int SandboxValidator::codePoints(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool SandboxValidator::isHexColor(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"));
    return pattern.match(text).hasMatch();
}

void SandboxValidator::checkBadgeField(const QString &name, const QJsonValue &value,
                                       QStringList *errors)
{
    if (requiredBadgeStrings().contains(name)) {
        if (!value.isString()) {
            errors->append(QStringLiteral("%1 must be a string").arg(name));
            return;
        }
        const QString text = value.toString();
        if (name == QLatin1String("backgroundColor") || name == QLatin1String("textColor")) {
            if (!isHexColor(text))
                errors->append(QStringLiteral("%1 must be a hex colour (#rgb, #rrggbb or "
                                              "#rrggbbaa)")
                                   .arg(name));
        } else if (name == QLatin1String("tooltip") && codePoints(text) > TooltipMax) {
            errors->append(QStringLiteral("tooltip must be at most %1 characters").arg(TooltipMax));
        } else if (name == QLatin1String("communicationTitle")
                   && codePoints(text) > CommunicationTitleMax) {
            errors->append(QStringLiteral("communicationTitle must be at most %1 characters")
                               .arg(CommunicationTitleMax));
        } else if (name == QLatin1String("communicationText")
                   && codePoints(text) > CommunicationTextMax) {
            errors->append(QStringLiteral("communicationText must be at most %1 characters")
                               .arg(CommunicationTextMax));
        }
        return;
    }
    if (name == QLatin1String("communicationPic") || name == QLatin1String("pic")
        || name == QLatin1String("data")) {
        if (!value.isString() && !value.isNull())
            errors->append(QStringLiteral("%1 must be a string or null").arg(name));
        return;
    }
    if (name == QLatin1String("trigger")) {
        if (value.isObject())
            errors->append(trigger(value.toObject()));
        else if (!value.isNull())
            errors->append(QStringLiteral("trigger must be an object or null"));
    }
    // Anything else is an unknown field: stored and echoed back unchanged.
}

QStringList SandboxValidator::badge(const QJsonObject &badge)
{
    QStringList errors;
    const QStringList ordered = requiredBadgeStrings()
        + QStringList {QStringLiteral("communicationPic"), QStringLiteral("pic"),
                       QStringLiteral("data"), QStringLiteral("trigger")};
    for (const QString &name : ordered) {
        const QJsonValue value = badge.value(name);
        if (value.isUndefined()) {
            if (requiredBadgeStrings().contains(name))
                errors.append(QStringLiteral("%1 must be a string").arg(name));
            else if (name == QLatin1String("communicationPic"))
                errors.append(QStringLiteral("communicationPic must be a string or null"));
            continue; // pic, data and trigger are optional
        }
        checkBadgeField(name, value, &errors);
    }
    return errors;
}

QStringList SandboxValidator::badgePatch(const QJsonObject &patch)
{
    QStringList errors;
    for (auto it = patch.begin(); it != patch.end(); ++it)
        checkBadgeField(it.key(), it.value(), &errors);
    return errors;
}

QStringList SandboxValidator::trigger(const QJsonObject &trigger)
{
    QStringList errors;
    const QJsonValue conditionsValue = trigger.value(QStringLiteral("conditions"));
    if (!conditionsValue.isArray()) {
        errors.append(QStringLiteral("trigger.conditions must be an array"));
    } else {
        const QJsonArray conditions = conditionsValue.toArray();
        if (conditions.isEmpty())
            errors.append(QStringLiteral("trigger.conditions should not be empty"));
        QSet<QString> seen;
        bool hasFirstMessage = false;
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            const QString where = QStringLiteral("trigger.conditions[%1]").arg(i);
            if (!conditions.at(i).isObject()) {
                errors.append(QStringLiteral("%1 must be an object").arg(where));
                continue;
            }
            const QJsonObject condition = conditions.at(i).toObject();
            const QString type = condition.value(QStringLiteral("type")).toString();
            if (!triggerTypes().contains(type)) {
                errors.append(QStringLiteral("%1.type must be one of the following values: %2")
                                  .arg(where, triggerTypes().join(QStringLiteral(", "))));
                continue;
            }
            if (seen.contains(type))
                errors.append(
                    QStringLiteral("trigger.conditions must not repeat the type %1").arg(type));
            seen.insert(type);
            if (type == QLatin1String("FIRST_MESSAGE")) {
                hasFirstMessage = true;
                continue; // threshold and period are ignored for it
            }
            if (!isIntegerAtLeast(condition.value(QStringLiteral("threshold")), 1))
                errors.append(
                    QStringLiteral("%1.threshold must be an integer of at least 1").arg(where));
            const QJsonValue periodValue = condition.value(QStringLiteral("period"));
            if (!periodValue.isObject()) {
                errors.append(QStringLiteral("%1.period must be an object").arg(where));
                continue;
            }
            const QJsonObject period = periodValue.toObject();
            const QString kind = period.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("ROLLING")) {
                if (!isIntegerAtLeast(period.value(QStringLiteral("days")), 1))
                    errors.append(QStringLiteral("%1.period.days must be an integer of at least 1")
                                      .arg(where));
            } else if (kind == QLatin1String("CUSTOM")) {
                const QDateTime from = parseIsoTimestamp(period.value(QStringLiteral("from")));
                const QDateTime to = parseIsoTimestamp(period.value(QStringLiteral("to")));
                if (!from.isValid())
                    errors.append(
                        QStringLiteral("%1.period.from must be an ISO-8601 timestamp").arg(where));
                if (!to.isValid())
                    errors.append(
                        QStringLiteral("%1.period.to must be an ISO-8601 timestamp").arg(where));
                if (from.isValid() && to.isValid() && !(from < to))
                    errors.append(
                        QStringLiteral("%1.period.from must be before period.to").arg(where));
            } else {
                errors.append(
                    QStringLiteral("%1.period.kind must be one of the following values: ROLLING, "
                                   "CUSTOM")
                        .arg(where));
            }
        }
        if (hasFirstMessage && conditions.size() > 1)
            errors.append(QStringLiteral(
                "trigger.conditions: FIRST_MESSAGE cannot be combined with other conditions"));
    }

    const QJsonValue duration = trigger.value(QStringLiteral("duration"));
    if (!duration.isUndefined() && !duration.isNull()) {
        if (!duration.isObject()
            || !isIntegerAtLeast(duration.toObject().value(QStringLiteral("days")), 1))
            errors.append(QStringLiteral(
                "trigger.duration must be null or an object with days of at least 1"));
    }
    return errors;
}

QStringList SandboxValidator::userIds(const QJsonObject &body, int cap, QStringList *ids)
{
    QStringList errors;
    const QJsonValue value = body.value(QStringLiteral("userIds"));
    if (!value.isArray()) {
        errors.append(QStringLiteral("userIds must be an array"));
        return errors;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        errors.append(QStringLiteral("userIds should not be empty"));
    if (array.size() > cap)
        errors.append(QStringLiteral("userIds must contain no more than %1 elements").arg(cap));
    bool typeError = false;
    bool emptyError = false;
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString())
            typeError = true;
        else if (item.toString().isEmpty())
            emptyError = true;
        else
            list.append(item.toString());
    }
    if (typeError)
        errors.append(QStringLiteral("each value in userIds must be a string"));
    if (emptyError)
        errors.append(QStringLiteral("each value in userIds should not be empty"));
    if (ids)
        *ids = list;
    return errors;
}

QDateTime SandboxValidator::parseBanExpiry(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$)"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QStringList SandboxValidator::ban(const QJsonObject &body, const QDateTime &nowUtc)
{
    QStringList errors;
    checkNonEmptyString(body, QStringLiteral("userId"), &errors);
    if (!body.value(QStringLiteral("value")).isBool())
        errors.append(QStringLiteral("value must be a boolean value"));
    const QJsonValue type = body.value(QStringLiteral("type"));
    const bool inRoom = type == QJsonValue(QStringLiteral("IN_ROOM"));
    if (!inRoom && type != QJsonValue(QStringLiteral("IN_APP")))
        errors.append(QStringLiteral("type must be one of the following values: IN_APP, IN_ROOM"));
    const QJsonValue roomId = body.value(QStringLiteral("roomId"));
    if (inRoom)
        checkNonEmptyString(body, QStringLiteral("roomId"), &errors);
    else if (!roomId.isUndefined() && !roomId.isNull() && !roomId.isString())
        errors.append(QStringLiteral("roomId must be a string"));

    const QJsonValue reason = body.value(QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isNull()
        && !(isIntegerAtLeast(reason, 0) && reason.toDouble() <= 8))
        errors.append(QStringLiteral("reason must be an integer from 0 to 8 or null"));

    const QJsonValue description = body.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        errors.append(QStringLiteral("description must be a string"));

    const QJsonValue expires = body.value(QStringLiteral("expires"));
    if (!expires.isUndefined() && !expires.isNull()) {
        const QDateTime when = parseBanExpiry(expires.toString());
        if (!expires.isString() || !when.isValid())
            errors.append(QStringLiteral("expires must be formatted as YYYY-MM-DD HH:mm:ss"));
        else if (when <= nowUtc)
            errors.append(QStringLiteral("expires must be in the future"));
    }
    return errors;
}

QStringList SandboxValidator::moderator(const QJsonObject &body)
{
    QStringList errors;
    checkNonEmptyString(body, QStringLiteral("decryptedUserId"), &errors);
    checkNonEmptyString(body, QStringLiteral("roomId"), &errors);
    return errors;
}

QStringList SandboxValidator::room(const QJsonObject &body)
{
    QStringList errors;
    checkNonEmptyString(body, QStringLiteral("roomId"), &errors);
    checkNonEmptyString(body, QStringLiteral("name"), &errors);
    if (!body.value(QStringLiteral("about")).isString())
        errors.append(QStringLiteral("about must be a string"));
    const QJsonValue isSpeak = body.value(QStringLiteral("isSpeak"));
    static const QStringList speakStrings {QStringLiteral("true"), QStringLiteral("false"),
                                           QStringLiteral("1"), QStringLiteral("0")};
    if (!isSpeak.isUndefined() && !isSpeak.isNull() && !isSpeak.isBool()
        && !(isSpeak.isString() && speakStrings.contains(isSpeak.toString())))
        errors.append(QStringLiteral("isSpeak must be a boolean value"));
    return errors;
}

QStringList SandboxValidator::message(const QJsonObject &body)
{
    QStringList errors;
    checkNonEmptyString(body, QStringLiteral("userId"), &errors);
    checkNonEmptyString(body, QStringLiteral("roomId"), &errors);
    checkNonEmptyString(body, QStringLiteral("text"), &errors);
    const QJsonValue text = body.value(QStringLiteral("text"));
    if (text.isString() && codePoints(text.toString()) > MessageTextMax)
        errors.append(QStringLiteral("text must be at most %1 characters").arg(MessageTextMax));
    return errors;
}
