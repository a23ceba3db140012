// badgedesk-bench: the benchmark driver (issue 7). Measurements, not tests: it is never part
// of ctest, and a missed target is printed as MISS without failing. Run it with
//
//   cmake --build <build dir> --target bench
//
// which builds what it needs and writes <build dir>/bench-results.json.

#include "BadgeFixture.h"
#include "BenchDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Badge Desk benchmark: figures beside their targets and "
                                     u"beside references measured in the same run."_s);
    parser.addHelpOption();
    const QCommandLineOption appOption(u"app"_s, u"the badgedesk executable"_s, u"PATH"_s);
    const QCommandLineOption sandboxOption(u"sandbox"_s, u"the badgedesk-sandbox executable"_s,
                                           u"PATH"_s);
    const QCommandLineOption pluginOption(
        u"plugins"_s, u"folder holding generic/ with the startup probe"_s, u"DIR"_s);
    const QCommandLineOption outputOption(u"output"_s, u"where to write the JSON"_s, u"FILE"_s,
                                          u"bench-results.json"_s);
    const QCommandLineOption stagesOption(
        u"stages"_s, u"comma-separated subset of startup,memory,workspace,ids,assign"_s, u"LIST"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"fewer repeats (to try the bench out)"_s);
    const QCommandLineOption fixtureOption(
        u"write-fixture"_s,
        u"only write sandbox data files with 10,000 and 100,000 badges (API key bench-key) "
        u"into DIR, for running a probe by hand (badgedesk-sandbox --data FILE)"_s,
        u"DIR"_s);
    const QCommandLineOption noDropOption(
        u"no-drop-caches"_s,
        u"never drop the system's page cache (cold start becomes \"first run\")"_s);
    parser.addOptions({appOption, sandboxOption, pluginOption, outputOption, stagesOption,
                       quickOption, fixtureOption, noDropOption});
    parser.process(app);

    if (parser.isSet(fixtureOption)) {
        for (const int count : {10000, 100000}) {
            const QString path =
                QDir(parser.value(fixtureOption)).absoluteFilePath(u"sandbox-%1.json"_s.arg(count));
            QString error;
            if (!BadgeFixture::writeSandboxData(path, u"bench-key"_s, count, &error)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(error));
                return 1;
            }
            std::printf("%s\n", qPrintable(path));
        }
        return 0;
    }

    BenchDriver::Options options;
    const QString here = QCoreApplication::applicationDirPath();
    options.app = parser.value(appOption);
    options.sandbox = parser.value(sandboxOption);
    options.pluginDir =
        parser.isSet(pluginOption) ? parser.value(pluginOption) : here + u"/plugins"_s;
    options.probeDir = here;
    options.output = QDir::current().absoluteFilePath(parser.value(outputOption));
    options.buildType = QStringLiteral(BADGEDESK_BENCH_BUILD_TYPE);
    options.sourceDir = QStringLiteral(BADGEDESK_SOURCE_DIR);
    if (parser.isSet(stagesOption))
        options.stages = parser.value(stagesOption).split(u',', Qt::SkipEmptyParts);
    options.quick = parser.isSet(quickOption);
    options.dropCaches = !parser.isSet(noDropOption);
    if (options.app.isEmpty() || options.sandbox.isEmpty()) {
        parser.showHelp(2);
    }
    BenchDriver driver(options);
    return driver.run();
}
