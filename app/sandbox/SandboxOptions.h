#pragma once

#include "FaultPlan.h"
#include "SandboxProject.h"

#include <QHostAddress>
#include <QList>
#include <QString>

// Everything a SandboxServer is configured with. The command line (SandboxCommandLine) fills
// it for the executable; tests fill it directly.
struct SandboxOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QList<SandboxProject> projects; // empty: one default project (sandbox-key / sandbox-token)
    QString dataFile; // empty: in memory only
    bool demo = false; // seed demo badges, users and rooms into projects whose state is empty
    int latencyMs = 0; // added to every public response, without blocking
    FaultPlan faults;
    bool checkRegion = false; // X-Sandbox-Region must match the project's region (contract §10)
    int assignCap = 1000; // max userIds per assign/unassign call (contract U-4)
};
