#pragma once

#include "BenchFigure.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Every figure of one benchmark run, printed as a table and written as bench-results.json:
//   {"generated": …, "machine": {…}, "method": {…}, "figures": [{name, value, unit, target,
//    reference, …}]}
class BenchReport
{
public:
    void add(const BenchFigure &figure) { m_figures.append(figure); }
    const QList<BenchFigure> &figures() const { return m_figures; }
    void setMachine(const QJsonObject &machine) { m_machine = machine; }
    void setMethod(const QString &key, const QString &text) { m_method.insert(key, text); }
    // Something that kept figures from being measured (a probe that failed, a missing tool).
    void addProblem(const QString &problem) { m_problems.append(problem); }
    const QStringList &problems() const { return m_problems; }

    int misses() const;
    QString table() const; // fixed-width, one line per figure, MISS spelled out
    bool write(const QString &path, QString *error) const;

private:
    QList<BenchFigure> m_figures;
    QJsonObject m_machine;
    QJsonObject m_method;
    QStringList m_problems;
};
