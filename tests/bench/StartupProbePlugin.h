#pragma once

#include <QGenericPlugin>
#include <QObject>

// A Qt "generic" plugin that lets the driver time the real, unmodified badgedesk executable:
// QGuiApplication loads it at start when QT_QPA_GENERIC_PLUGINS=badgedeskprobe and the plugin
// folder is on QT_PLUGIN_PATH. It watches the application's events and prints, on stdout,
//
//   BENCH_PAINTED <ns>   when the first QMainWindow has painted (after the frame is flushed)
//   BENCH_ROWS <ns>      when the view named "badgeTable" shows BADGEDESK_PROBE_ROWS rows
//
// with <ns> on the monotonic clock the driver also reads before starting the process. With
// BADGEDESK_PROBE_EXIT=1 it quits the application after the last line it was asked for;
// otherwise it leaves the process idle for the driver to read its memory.
class StartupProbePlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "startup_probe.json")

public:
    QObject *create(const QString &name, const QString &spec) override;
};
