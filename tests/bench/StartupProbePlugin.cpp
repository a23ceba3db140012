#include "StartupProbePlugin.h"

#include "StartupProbe.h"

QObject *StartupProbePlugin::create(const QString &name, const QString &spec)
{
    Q_UNUSED(spec)
    if (name.compare(QLatin1String("badgedeskprobe"), Qt::CaseInsensitive) != 0)
        return nullptr;
    // QGuiApplication owns what create() returns and deletes it on exit.
    return new StartupProbe;
}
