#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One automatic-award condition of the §4.8 trigger schema (the names are ours, U-7).
struct TriggerCondition
{
    enum class Period { None, Rolling, Custom };

    QString type; // one of BadgeValidator::triggerTypes()
    int threshold = 1; // ignored for FIRST_MESSAGE
    Period period = Period::None;
    int rollingDays = 7;
    QDateTime from; // UTC, Custom only
    QDateTime to;
    QJsonObject extra; // keys this version does not know, sent back unchanged

    bool operator==(const TriggerCondition &) const = default;
};

// The trigger of a badge as a form can edit it. Only a trigger that this version reads
// completely becomes a TriggerSpec; anything else stays raw JSON and is sent back unchanged.
struct TriggerSpec
{
    Q_DECLARE_TR_FUNCTIONS(TriggerSpec)

public:
    static inline const QString FirstMessage = QStringLiteral("FIRST_MESSAGE");

    QList<TriggerCondition> conditions;
    std::optional<int> durationDays; // nullopt: permanent
    QJsonObject extra;

    // nullopt for null (no trigger) and for a trigger this version cannot read in full.
    static std::optional<TriggerSpec> fromJson(const QJsonValue &json);
    static bool isReadable(const QJsonValue &json);
    QJsonObject toJson() const;

    const TriggerCondition *condition(const QString &type) const;
    // The documented rule: First Message combines with nothing.
    bool combinesFirstMessage() const;

    static QString displayName(const QString &type); // "Number of messages"
    static QString category(const QString &type); // "Chat activity"
    static QString thresholdUnit(const QString &type); // "messages", "days", "minutes"

    bool operator==(const TriggerSpec &) const = default;
};
