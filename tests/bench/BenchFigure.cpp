#include "BenchFigure.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString goalName(BenchFigure::Goal goal)
{
    switch (goal) {
    case BenchFigure::Goal::AtMost:
        return u"at-most"_s;
    case BenchFigure::Goal::AtLeast:
        return u"at-least"_s;
    case BenchFigure::Goal::Exactly:
        return u"exactly"_s;
    case BenchFigure::Goal::None:
        break;
    }
    return u"none"_s;
}

BenchFigure::Goal goalFromName(const QString &name)
{
    if (name == u"at-most")
        return BenchFigure::Goal::AtMost;
    if (name == u"at-least")
        return BenchFigure::Goal::AtLeast;
    if (name == u"exactly")
        return BenchFigure::Goal::Exactly;
    return BenchFigure::Goal::None;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    // JSON has no NaN: a figure that could not be measured is null, never a made-up number.
    if (!value || !std::isfinite(*value))
        return QJsonValue::Null;
    return *value;
}

} // namespace

QString BenchFigure::verdict() const
{
    if (!std::isfinite(value))
        return target ? u"MISS"_s : u"info"_s;
    if (!target || goal == Goal::None)
        return u"info"_s;
    bool ok = true;
    switch (goal) {
    case Goal::AtMost:
        ok = value <= *target;
        break;
    case Goal::AtLeast:
        ok = value >= *target;
        break;
    case Goal::Exactly:
        ok = value == *target;
        break;
    case Goal::None:
        break;
    }
    return ok ? u"pass"_s : u"MISS"_s;
}

QJsonObject BenchFigure::toJson() const
{
    QJsonObject json {
        {u"name"_s, name},
        {u"value"_s, optionalNumber(value)},
        {u"unit"_s, unit},
        {u"target"_s, optionalNumber(target)},
        {u"goal"_s, goalName(goal)},
        {u"reference"_s, optionalNumber(reference)},
        {u"referenceLabel"_s, referenceLabel},
        {u"verdict"_s, verdict()},
    };
    if (!note.isEmpty())
        json.insert(u"note"_s, note);
    return json;
}

std::optional<BenchFigure> BenchFigure::fromJson(const QJsonObject &json)
{
    if (!json.value(u"name"_s).isString())
        return std::nullopt;
    BenchFigure figure;
    figure.name = json.value(u"name"_s).toString();
    const QJsonValue value = json.value(u"value"_s);
    figure.value = value.isDouble() ? value.toDouble() : std::nan("");
    figure.unit = json.value(u"unit"_s).toString();
    if (json.value(u"target"_s).isDouble())
        figure.target = json.value(u"target"_s).toDouble();
    figure.goal = goalFromName(json.value(u"goal"_s).toString());
    if (json.value(u"reference"_s).isDouble())
        figure.reference = json.value(u"reference"_s).toDouble();
    figure.referenceLabel = json.value(u"referenceLabel"_s).toString();
    figure.note = json.value(u"note"_s).toString();
    return figure;
}

void BenchFigure::print() const
{
    const QByteArray line = LinePrefix + QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
