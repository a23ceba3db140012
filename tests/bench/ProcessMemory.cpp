#include "ProcessMemory.h"

#include <QCoreApplication>
#include <QFile>

namespace {

// "Rss:   1756 kB" → 1756
std::optional<double> kilobytes(const QByteArray &line, const QByteArray &key)
{
    if (!line.startsWith(key))
        return std::nullopt;
    bool ok = false;
    const double value = line.mid(key.size()).trimmed().split(' ').value(0).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

std::optional<ProcessMemory> ProcessMemory::of(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<double> rss;
    std::optional<double> pss;
    // /proc files report a size of 0: read to the end, never by size or with atEnd().
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (auto kb = kilobytes(line, "Rss:"))
            rss = kb;
        else if (auto kbPss = kilobytes(line, "Pss:"))
            pss = kbPss;
    }
    if (!rss || !pss)
        return std::nullopt;
    return ProcessMemory {*rss / 1024.0, *pss / 1024.0};
}

std::optional<ProcessMemory> ProcessMemory::self()
{
    return of(QCoreApplication::applicationPid());
}
