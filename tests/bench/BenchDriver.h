#pragma once

#include "BenchReport.h"
#include "ProcessMemory.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

class SandboxProcess;

// Runs the whole benchmark (issue 7): starts sandboxes seeded with 10,000 and 100,000 badges,
// times the real badgedesk executable against a minimal Qt window, reads its memory, runs the
// in-process probes (workspace, IDs, assign), then prints the table and writes the JSON.
// A missed target is reported, never an error: the exit code is 0 unless the bench itself
// could not run.
class BenchDriver
{
public:
    struct Options
    {
        QString app; // the badgedesk executable
        QString sandbox; // the badgedesk-sandbox executable
        QString pluginDir; // holds generic/ with the startup probe plugin
        QString probeDir; // the badgedesk-bench-* probes
        QString output; // bench-results.json
        QString buildType;
        QString sourceDir; // for the revision measured (git describe), when it is a checkout
        QStringList stages; // empty: all of startup, memory, workspace, ids, assign
        bool quick = false; // fewer repeats, for trying the bench out
        bool dropCaches = true; // cold starts drop the page cache when allowed (root)
    };

    explicit BenchDriver(Options options);
    ~BenchDriver();

    int run();

private:
    struct Launch
    {
        double paintedMs = -1; // process start → first frame of the main window
        double rowsMs = -1; // process start → the badge table shows the wanted rows
        std::optional<ProcessMemory> memory;
        QString error;
    };

    bool wants(const QString &stage) const;
    bool prepare();
    bool startSandbox(std::unique_ptr<SandboxProcess> &sandbox, int badges);
    QProcessEnvironment appEnvironment(const QUrl &sandboxUrl) const;
    Launch launch(const QString &program, const QStringList &arguments, const QUrl &sandboxUrl,
                  int wantedRows, int settleMs);
    bool dropCaches() const;

    void measureStartup();
    void measureMemory();
    void runProbe(const QString &name, const QStringList &arguments, int timeoutMs);
    QJsonObject machine() const;
    void finish();

    Options m_options;
    BenchReport m_report;
    QTemporaryDir m_work;
    QString m_apiKey;
    QString m_token;
    std::unique_ptr<SandboxProcess> m_demo;
    std::unique_ptr<SandboxProcess> m_small;
    std::unique_ptr<SandboxProcess> m_large;
};
