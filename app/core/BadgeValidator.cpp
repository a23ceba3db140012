#include "BadgeValidator.h"

#include "HexColor.h"
#include "JsonParse.h"
#include "TextMetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString FirstMessage = u"FIRST_MESSAGE"_s;

// A whole number of at least 1, as thresholds and day counts must be.
bool isPositiveInteger(const QJsonValue &value)
{
    if (!value.isDouble()) // "10" as a string is not what the schema says
        return false;
    const auto number = JsonParse::integer(value);
    return number && *number >= 1;
}

QDateTime isoTimestamp(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                            : QDateTime();
}

} // namespace

QStringList BadgeValidator::triggerTypes()
{
    return {FirstMessage,
            u"MESSAGES"_s,
            u"VISITS"_s,
            u"STREAK"_s,
            u"TIME_IN_CHAT_MINUTES"_s,
            u"REACTIONS_RECEIVED"_s,
            u"REACTIONS_GIVEN"_s,
            u"REPLIES"_s,
            u"THREADS_STARTED"_s,
            u"INVITES_SENT"_s,
            u"POLL_VOTES"_s,
            u"QUIZ_ANSWERS"_s};
}

bool BadgeValidator::triggerFollowsSchema(const QJsonValue &trigger)
{
    if (!trigger.isObject())
        return false;
    const QJsonObject object = trigger.toObject();
    const QJsonValue conditions = object.value("conditions"_L1);
    if (!conditions.isArray())
        return false;
    const QStringList types = triggerTypes();
    for (const QJsonValue condition : conditions.toArray()) {
        const QJsonValue type = condition.toObject().value("type"_L1);
        if (!condition.isObject() || !type.isString() || !types.contains(type.toString()))
            return false;
    }
    const QJsonValue duration = object.value("duration"_L1);
    return duration.isUndefined() || duration.isNull() || duration.isObject();
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BadgeValidator)
};

// The §4.8 rules, for a trigger that follows the schema; the sandbox answers 400 to each.
void checkTrigger(ValidationResult &result, const QJsonObject &trigger)
{
    const QString field = u"trigger"_s;
    const QJsonArray conditions = trigger.value("conditions"_L1).toArray();
    if (conditions.isEmpty()) {
        result.addError(field,
                        Tr::tr("The trigger has no conditions. Add one, or remove the "
                               "trigger to assign the badge by hand only."));
    }

    QSet<QString> seen;
    QSet<QString> reportedDuplicates;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QJsonObject condition = conditions.at(i).toObject();
        const QString type = condition.value("type"_L1).toString();
        const QString number = QString::number(i + 1); // people count from 1

        if (seen.contains(type) && !reportedDuplicates.contains(type)) {
            reportedDuplicates.insert(type);
            result.addError(field,
                            Tr::tr("The condition %1 is used more than once; each kind "
                                   "of condition may appear only once.")
                                .arg(type));
        }
        seen.insert(type);

        // FIRST_MESSAGE ignores its threshold (§4.8), so none is required.
        if (type != FirstMessage && !isPositiveInteger(condition.value("threshold"_L1))) {
            result.addError(field,
                            Tr::tr("Condition %1 (%2): the threshold must be a whole "
                                   "number of at least 1.")
                                .arg(number, type));
        }

        const QJsonValue period = condition.value("period"_L1);
        if (period.isUndefined() || period.isNull())
            continue;
        const QJsonObject periodObject = period.toObject();
        const QString kind = periodObject.value("kind"_L1).toString();
        if (period.isObject() && kind == "ROLLING"_L1) {
            if (!isPositiveInteger(periodObject.value("days"_L1))) {
                result.addError(field,
                                Tr::tr("Condition %1 (%2): a rolling period must last a "
                                       "whole number of days, at least 1.")
                                    .arg(number, type));
            }
        } else if (period.isObject() && kind == "CUSTOM"_L1) {
            const QDateTime from = isoTimestamp(periodObject.value("from"_L1));
            const QDateTime to = isoTimestamp(periodObject.value("to"_L1));
            if (!from.isValid() || !to.isValid()) {
                result.addError(field,
                                Tr::tr("Condition %1 (%2): a custom period needs a start "
                                       "and an end as ISO-8601 UTC timestamps.")
                                    .arg(number, type));
            } else if (from >= to) {
                result.addError(field,
                                Tr::tr("Condition %1 (%2): the custom period must start "
                                       "before it ends.")
                                    .arg(number, type));
            }
        } else {
            result.addError(field,
                            Tr::tr("Condition %1 (%2): the period must be rolling (a "
                                   "number of days) or custom (from and to).")
                                .arg(number, type));
        }
    }

    if (seen.contains(FirstMessage) && seen.size() > 1) {
        result.addError(field,
                        Tr::tr("The condition FIRST_MESSAGE cannot be combined with "
                               "other conditions."));
    }

    const QJsonValue duration = trigger.value("duration"_L1);
    if (!duration.isUndefined() && !duration.isNull()
        && !isPositiveInteger(duration.toObject().value("days"_L1))) {
        result.addError(field,
                        Tr::tr("The badge duration must be a whole number of days, at "
                               "least 1, or permanent."));
    }
}

// Required text with a limit counted in code points, as the server counts. When the count a
// person sees (graphemes) differs, both are given, or "141 characters" would look wrong to
// someone who sees 128.
void checkLimitedText(ValidationResult &result, const QString &field, const QString &value,
                      int limit, const QString &whatIsMissing, const QString &label)
{
    if (value.trimmed().isEmpty()) {
        result.addError(field, whatIsMissing);
        return;
    }
    const int codePoints = TextMetrics::codePoints(value);
    if (codePoints <= limit)
        return;
    const int graphemes = TextMetrics::graphemes(value);
    if (graphemes == codePoints) {
        result.addError(field,
                        Tr::tr("%1 is too long: %n characters, but at most %2 are "
                               "allowed.",
                               nullptr, codePoints)
                            .arg(label, QString::number(limit)));
    } else {
        result.addError(field,
                        Tr::tr("%1 is too long: %n characters as the server counts them "
                               "(%2 as shown; emoji and accents can count more than "
                               "once), but at most %3 are allowed.",
                               nullptr, codePoints)
                            .arg(label, QString::number(graphemes), QString::number(limit)));
    }
}

// A picture is an address the chat loads (U-8): http(s) only; plain http works but is
// flagged, as pages served over https may refuse to load it.
void checkPicture(ValidationResult &result, const QString &field, const QString &value,
                  const QString &label)
{
    if (value.trimmed().isEmpty()) {
        result.addError(field,
                        Tr::tr("%1: the address is empty. Enter an https:// address, or "
                               "remove the picture.")
                            .arg(label));
        return;
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1)) {
        result.addError(field,
                        Tr::tr("%1: “%2” is not a web address. Enter an address that "
                               "starts with https://.")
                            .arg(label, value));
        return;
    }
    if (scheme == "http"_L1) {
        result.addWarning(field,
                          Tr::tr("%1: the address is not encrypted (http://), and the "
                                 "chat may not load it. Use https:// if the server "
                                 "supports it.")
                              .arg(label));
    }
}

} // namespace

ValidationResult BadgeValidator::validate(const Badge &badge)
{
    ValidationResult result;

    if (badge.text.trimmed().isEmpty()) {
        result.addError(u"text"_s, Tr::tr("Enter the label shown on the badge."));
    } else if (const int shown = TextMetrics::graphemes(badge.text); shown > AdvisedLabelLength) {
        result.addWarning(u"text"_s,
                          Tr::tr("The label is %n characters long; long labels get cut in the "
                                 "chat. At most %1 are advised.",
                                 nullptr, shown)
                              .arg(AdvisedLabelLength));
    }

    if (badge.backgroundColor.isEmpty()) {
        result.addError(u"backgroundColor"_s,
                        Tr::tr("Choose a background colour, for example #ea00fc."));
    } else if (!HexColor::isValid(badge.backgroundColor)) {
        result.addError(u"backgroundColor"_s,
                        Tr::tr("The background colour “%1” is not a hex colour. Use the form "
                               "#rrggbb, for example #ea00fc.")
                            .arg(badge.backgroundColor));
    }
    if (badge.textColor.isEmpty()) {
        // Real data has this (the seed's list, §4.4); say what the chat would do with it.
        result.addError(u"textColor"_s,
                        Tr::tr("The text colour is empty, so the chat would fall back to its "
                               "default colour. Choose one, for example #000000."));
    } else if (!HexColor::isValid(badge.textColor)) {
        result.addError(u"textColor"_s,
                        Tr::tr("The text colour “%1” is not a hex colour. Use the form #rrggbb, "
                               "for example #000000.")
                            .arg(badge.textColor));
    }

    checkLimitedText(result, u"tooltip"_s, badge.tooltip, TooltipMax,
                     Tr::tr("Enter a tooltip: it tells other users how to earn the badge."),
                     Tr::tr("The tooltip"));
    checkLimitedText(result, u"communicationTitle"_s, badge.communicationTitle, TitleMax,
                     Tr::tr("Enter the title of the message users see when they receive the "
                            "badge."),
                     Tr::tr("The message title"));
    checkLimitedText(result, u"communicationText"_s, badge.communicationText, TextMax,
                     Tr::tr("Enter the text of the message users see when they receive the "
                            "badge."),
                     Tr::tr("The message text"));

    // null is allowed for communicationPic (the docs' own example) and pic (optional).
    if (badge.communicationPic) {
        checkPicture(result, u"communicationPic"_s, *badge.communicationPic,
                     Tr::tr("Message picture"));
    }
    if (badge.pic)
        checkPicture(result, u"pic"_s, *badge.pic, Tr::tr("Badge icon"));

    // `data` is free-form text: anything goes.

    if (!badge.trigger.isNull() && !badge.trigger.isUndefined() && !badge.trigger.isObject()) {
        result.addError(u"trigger"_s,
                        Tr::tr("The trigger must be an object or empty, but it is "
                               "%1.")
                            .arg(JsonParse::describe(badge.trigger)));
    } else if (triggerFollowsSchema(badge.trigger)) {
        checkTrigger(result, badge.trigger.toObject());
    }
    // Any other object was configured elsewhere: it is sent back unchanged, unchecked (U-7).
    return result;
}
