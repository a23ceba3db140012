#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

// Summaries of repeated measurements. The median, not the mean: on a shared machine one
// descheduled run should not move the figure.
namespace BenchStats {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? std::nan("") : *std::max_element(values.begin(), values.end());
}

inline double minimum(const QList<double> &values)
{
    return values.isEmpty() ? std::nan("") : *std::min_element(values.begin(), values.end());
}

} // namespace BenchStats
