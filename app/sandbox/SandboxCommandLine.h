#pragma once

#include "SandboxOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The badgedesk-sandbox command line (QCommandLineParser). Parsing never exits the process:
// the caller prints `message` and decides, so it can be tested.
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)

public:
    enum class Action {
        Run,
        ShowText, // --help / --version: print `message` on stdout, exit 0
        Fail, // bad arguments: print `message` on stderr, exit 2
    };

    struct Result
    {
        Action action = Action::Run;
        SandboxOptions options;
        bool quiet = false;
        QString message;
    };

    // `arguments` includes the program name first, like QCoreApplication::arguments().
    static Result parse(const QStringList &arguments);
};
