#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One measured figure of the benchmark: its value beside the target the issue sets and beside a
// reference measured in the same run (a minimal Qt window, curl, a plain Qt routine doing the
// least the same job needs), so a slow machine shows up in both columns instead of as a miss.
//
// Probes print each figure as one line "BENCH_FIGURE {json}" on stdout; the driver collects
// them, judges them against the target and writes bench-results.json.
struct BenchFigure
{
    enum class Goal { None, AtMost, AtLeast, Exactly };

    QString name; // "startup.warm.ms"
    double value = 0;
    QString unit; // "ms", "MB", "req/s", "x"
    std::optional<double> target;
    Goal goal = Goal::None;
    std::optional<double> reference;
    QString referenceLabel; // what the reference is
    QString note; // how it was measured, or why a figure could not be

    // "pass", "MISS", or "info" when there is no target.
    QString verdict() const;

    QJsonObject toJson() const;
    static std::optional<BenchFigure> fromJson(const QJsonObject &json);

    // Writes the BENCH_FIGURE line and flushes stdout.
    void print() const;
    static constexpr const char *LinePrefix = "BENCH_FIGURE ";
};
