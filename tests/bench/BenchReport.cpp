#include "BenchReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString number(double value)
{
    if (!std::isfinite(value))
        return u"n/a"_s;
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : 2;
    return QString::number(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : u"-"_s;
}

QString targetText(const BenchFigure &figure)
{
    if (!figure.target)
        return u"-"_s;
    switch (figure.goal) {
    case BenchFigure::Goal::AtMost:
        return u"<= "_s + number(*figure.target);
    case BenchFigure::Goal::AtLeast:
        return u">= "_s + number(*figure.target);
    case BenchFigure::Goal::Exactly:
        return u"== "_s + number(*figure.target);
    case BenchFigure::Goal::None:
        break;
    }
    return number(*figure.target);
}

} // namespace

int BenchReport::misses() const
{
    int count = 0;
    for (const BenchFigure &figure : m_figures) {
        if (figure.verdict() == u"MISS")
            ++count;
    }
    return count;
}

QString BenchReport::table() const
{
    int nameWidth = 6;
    for (const BenchFigure &figure : m_figures)
        nameWidth = qMax(nameWidth, int(figure.name.size()));
    QString out;
    auto row = [&](const QString &name, const QString &value, const QString &unit,
                   const QString &target, const QString &reference, const QString &verdict) {
        out += name.leftJustified(nameWidth + 2) + value.rightJustified(10) + u"  "_s
            + unit.leftJustified(6) + target.rightJustified(12) + reference.rightJustified(12)
            + u"  "_s + verdict + u'\n';
    };
    row(u"figure"_s, u"value"_s, u"unit"_s, u"target"_s, u"reference"_s, u"verdict"_s);
    out += QString(nameWidth + 2 + 10 + 2 + 6 + 12 + 12 + 2 + 7, u'-') + u'\n';
    for (const BenchFigure &figure : m_figures)
        row(figure.name, number(figure.value), figure.unit, targetText(figure),
            optionalNumber(figure.reference), figure.verdict());
    return out;
}

bool BenchReport::write(const QString &path, QString *error) const
{
    QJsonArray figures;
    for (const BenchFigure &figure : m_figures)
        figures.append(figure.toJson());
    const QJsonObject root {
        {u"generated"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"machine"_s, m_machine},
        {u"method"_s, m_method},
        {u"misses"_s, misses()},
        {u"problems"_s, QJsonArray::fromStringList(m_problems)},
        {u"figures"_s, figures},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
