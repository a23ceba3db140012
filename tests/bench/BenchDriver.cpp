#include "BenchDriver.h"

#include "BadgeFixture.h"
#include "BenchStats.h"
#include "MonotonicClock.h"
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

double orNan(double ms)
{
    return ms < 0 ? std::nan("") : ms;
}

QList<double> valid(const QList<double> &values)
{
    QList<double> kept;
    for (double v : values) {
        if (v >= 0)
            kept.append(v);
    }
    return kept;
}

// The first line of `path` that starts with `key`, after the key and a separator.
QString fieldOf(const QString &path, const QString &key, QChar separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // /proc files report a size of 0: read to the end, never with atEnd().
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(key)) {
            QString value = line.mid(line.indexOf(separator) + 1).trimmed();
            if (value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

} // namespace

BenchDriver::BenchDriver(Options options)
    : m_options(std::move(options))
    , m_apiKey(u"bench-key"_s)
    // A fresh random token each run: the sandboxes accept it, and it protects nothing.
    , m_token(u"bench-"_s + QUuid::createUuid().toString(QUuid::Id128))
{ }

BenchDriver::~BenchDriver() = default;

bool BenchDriver::wants(const QString &stage) const
{
    return m_options.stages.isEmpty() || m_options.stages.contains(stage);
}

int BenchDriver::run()
{
    QElapsedTimer total;
    total.start();
    m_report.setMachine(machine());
    if (!prepare())
        return 1;
    if (wants(u"startup"_s))
        measureStartup();
    if (wants(u"memory"_s))
        measureMemory();
    const QStringList credentials {u"--api-key"_s, m_apiKey, u"--token"_s, m_token};
    if (wants(u"workspace"_s) && m_small && m_large) {
        say(u"\n== Workspace: 10,000 badges (load, filter, previews)"_s);
        runProbe(u"badgedesk-bench-workspace"_s,
                 QStringList {u"--url"_s, m_small->baseUrl().toString(), u"--count"_s, u"10000"_s,
                              u"--preview"_s}
                     + credentials,
                 240000);
        say(u"\n== Workspace: 100,000 badges (load, filter)"_s);
        runProbe(u"badgedesk-bench-workspace"_s,
                 QStringList {u"--url"_s, m_large->baseUrl().toString(), u"--count"_s, u"100000"_s}
                     + credentials,
                 300000);
        const QString cycles = m_options.quick ? u"20"_s : u"100"_s;
        say(u"\n== Workspace: memory over %1 reload/filter/sort cycles of 10,000 badges"_s.arg(
            cycles));
        runProbe(u"badgedesk-bench-workspace"_s,
                 QStringList {u"--url"_s, m_small->baseUrl().toString(), u"--count"_s, u"10000"_s,
                              u"--cycles"_s, cycles}
                     + credentials,
                 300000);
    }
    if (wants(u"ids"_s)) {
        say(u"\n== 1,000,000 pasted IDs"_s);
        runProbe(u"badgedesk-bench-ids"_s, {u"--count"_s, u"1000000"_s}, 180000);
    }
    if (wants(u"assign"_s)) {
        say(u"\n== Bulk assign against the sandbox with 50 ms latency, vs curl --parallel"_s);
        runProbe(u"badgedesk-bench-assign"_s,
                 {u"--ids"_s, u"300000"_s, u"--batch"_s, u"1000"_s, u"--concurrency"_s, u"6"_s,
                  u"--latency-ms"_s, u"50"_s, u"--target-seconds"_s, u"3"_s},
                 300000);
        if (!m_options.quick) {
            say(u"\n== Bulk assign with the default job options (500 per call, 4 in flight)"_s);
            runProbe(u"badgedesk-bench-assign"_s,
                     {u"--ids"_s, u"300000"_s, u"--batch"_s, u"500"_s, u"--concurrency"_s, u"4"_s,
                      u"--latency-ms"_s, u"50"_s},
                     300000);
        }
    }
    m_demo.reset();
    m_small.reset();
    m_large.reset();
    m_report.setMethod(u"duration"_s, u"%1 s"_s.arg(total.elapsed() / 1000.0, 0, 'f', 1));
    m_report.setMethod(u"loadAverageAtEnd"_s, loadAverage());
    finish();
    return 0;
}

bool BenchDriver::prepare()
{
    if (!m_work.isValid()) {
        say(u"no temporary folder"_s);
        return false;
    }
    for (const char *dir : {"config", "data", "runtime"})
        QDir(m_work.path()).mkpath(QString::fromLatin1(dir));
    QFile::setPermissions(m_work.filePath(u"runtime"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("BADGEDESK_SANDBOX_BIN", QFile::encodeName(m_options.sandbox));

    const bool needDemo = wants(u"startup"_s) || wants(u"memory"_s);
    const bool needLists = wants(u"memory"_s) || wants(u"workspace"_s);
    say(u"== Preparing sandboxes (%1)"_s.arg(needLists ? u"demo, 10,000 and 100,000 badges"_s
                                                       : u"demo"_s));
    if (needDemo) {
        m_demo = std::make_unique<SandboxProcess>(QStringList {
            u"--quiet"_s, u"--demo"_s, u"--api-key"_s, m_apiKey, u"--token"_s, m_token});
        if (!m_demo->start()) {
            say(u"the demo sandbox did not start: "_s + m_demo->errorString());
            return false;
        }
    }
    return !needLists || (startSandbox(m_small, 10000) && startSandbox(m_large, 100000));
}

bool BenchDriver::startSandbox(std::unique_ptr<SandboxProcess> &sandbox, int badges)
{
    QElapsedTimer clock;
    clock.start();
    const QString data = m_work.filePath(u"sandbox-%1.json"_s.arg(badges));
    QString error;
    if (!BadgeFixture::writeSandboxData(data, m_apiKey, badges, &error)) {
        say(u"could not write %1: %2"_s.arg(data, error));
        return false;
    }
    sandbox = std::make_unique<SandboxProcess>(QStringList {
        u"--quiet"_s, u"--data"_s, data, u"--api-key"_s, m_apiKey, u"--token"_s, m_token});
    if (!sandbox->start(120000)) {
        say(u"the sandbox with %1 badges did not start: %2"_s.arg(badges).arg(
            sandbox->errorString()));
        sandbox.reset();
        return false;
    }
    say(u"  %1 badges seeded and served in %2 s"_s.arg(badges).arg(clock.elapsed() / 1000.0, 0, 'f',
                                                                   1));
    return true;
}

QProcessEnvironment BenchDriver::appEnvironment(const QUrl &sandboxUrl) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"qt.qpa.*=false"_s);
    const QString plugins = env.value(u"QT_PLUGIN_PATH"_s);
    env.insert(u"QT_PLUGIN_PATH"_s,
               plugins.isEmpty() ? m_options.pluginDir : m_options.pluginDir + u':' + plugins);
    env.insert(u"QT_QPA_GENERIC_PLUGINS"_s, u"badgedeskprobe"_s);
    // Never the user's own profiles, drafts or journals.
    env.insert(u"BADGEDESK_CONFIG_DIR"_s, m_work.filePath(u"config"_s));
    env.insert(u"BADGEDESK_DATA_DIR"_s, m_work.filePath(u"data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_work.filePath(u"runtime"_s));
    env.remove(u"WATCHERS_REGION"_s);
    env.insert(u"WATCHERS_BASE_URL"_s, sandboxUrl.toString());
    env.insert(u"WATCHERS_API_KEY"_s, m_apiKey);
    env.insert(u"WATCHERS_TOKEN"_s, m_token);
    return env;
}

BenchDriver::Launch BenchDriver::launch(const QString &program, const QStringList &arguments,
                                        const QUrl &sandboxUrl, int wantedRows, int settleMs)
{
    Launch result;
    QProcessEnvironment env = appEnvironment(sandboxUrl);
    env.insert(u"BADGEDESK_PROBE_ROWS"_s, QString::number(wantedRows));
    // Timing runs quit at once; memory runs stay up until their memory has been read.
    env.insert(u"BADGEDESK_PROBE_EXIT"_s, settleMs > 0 ? u"0"_s : u"1"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    const qint64 startNs = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return result;
    }
    QByteArray buffer;
    QByteArray errors; // the app's warnings, kept for the message if it never reports
    const QDeadlineTimer deadline(wantedRows >= 100000 ? 120000 : 30000);
    bool done = false;
    while (!done && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(20);
        buffer += process.readAllStandardOutput();
        // Drained as it comes: a full pipe would stall the app being measured.
        errors = (errors + process.readAllStandardError()).right(4096);
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(end).trimmed();
            buffer.remove(0, end + 1);
            const QList<QByteArray> words = line.split(' ');
            if (words.size() != 2)
                continue;
            const double ms = double(words.at(1).toLongLong() - startNs) / 1e6;
            if (words.at(0) == "BENCH_PAINTED")
                result.paintedMs = ms;
            else if (words.at(0) == "BENCH_ROWS")
                result.rowsMs = ms;
        }
        done = result.paintedMs >= 0 && (wantedRows <= 0 || result.rowsMs >= 0);
    }
    if (!done) {
        result.error = u"%1 never reported %2 (exit code %3): %4"_s.arg(
            QFileInfo(program).fileName(),
            result.paintedMs < 0 ? u"its first frame"_s : u"%1 rows"_s.arg(wantedRows),
            QString::number(process.exitCode()),
            QString::fromLocal8Bit(errors + process.readAllStandardError()).right(600));
    } else if (settleMs > 0) {
        QThread::msleep(ulong(settleMs));
        result.memory = ProcessMemory::of(process.processId());
    }
    if (settleMs > 0 || !done)
        process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(3000);
    }
    return result;
}

bool BenchDriver::dropCaches() const
{
    // Needs root. Without it "cold" falls back to the first run of each program in this bench.
    if (!m_options.dropCaches)
        return false;
    QProcess::execute(u"sync"_s, {});
    QFile drop(u"/proc/sys/vm/drop_caches"_s);
    if (!drop.open(QIODevice::WriteOnly))
        return false;
    return drop.write("3\n") == 2;
}

void BenchDriver::measureStartup()
{
    const QString minimal = m_options.probeDir + u"/badgedesk-bench-minimal-window"_s;
    const QStringList appArguments {u"--from-environment"_s};
    const QUrl demo = m_demo->baseUrl();
    const int coldRuns = m_options.quick ? 1 : 3;
    const int warmRuns = m_options.quick ? 3 : 9;
    say(u"\n== Start-up to the first painted main window (%1 cold, %2 warm runs each)"_s
            .arg(coldRuns)
            .arg(warmRuns));

    QList<double> appCold;
    QList<double> minimalCold;
    bool dropped = true;
    QStringList errors;
    auto note = [&errors](const Launch &launch) {
        if (!launch.error.isEmpty() && errors.size() < 3)
            errors.append(launch.error);
        return launch.paintedMs;
    };
    for (int i = 0; i < coldRuns; ++i) {
        dropped = dropCaches() && dropped;
        appCold.append(note(launch(m_options.app, appArguments, demo, 0, 0)));
        dropped = dropCaches() && dropped;
        minimalCold.append(note(launch(minimal, {}, demo, 0, 0)));
        if (!dropped)
            break; // only the first run of each is anywhere near cold
    }
    // One run of each to warm the caches, not counted.
    launch(m_options.app, appArguments, demo, 0, 0);
    launch(minimal, {}, demo, 0, 0);
    QList<double> appWarm;
    QList<double> minimalWarm;
    for (int i = 0; i < warmRuns; ++i) {
        appWarm.append(note(launch(m_options.app, appArguments, demo, 0, 0)));
        minimalWarm.append(note(launch(minimal, {}, demo, 0, 0)));
    }
    for (const QString &error : std::as_const(errors)) {
        say(u"  problem: "_s + error);
        m_report.addProblem(u"startup: "_s + error);
    }

    const QString coldMethod = dropped
        ? u"page cache dropped (sync; echo 3 > /proc/sys/vm/drop_caches) before each run; "
          u"median of %1"_s.arg(coldRuns)
        : u"the first run of each program in this bench (the page cache was not dropped: that "
          u"needs root, and --no-drop-caches turns it off), so the libraries may still be "
          u"cached from the build"_s;
    m_report.setMethod(u"startupCold"_s, coldMethod);
    m_report.setMethod(u"startup"_s,
                       u"badgedesk --from-environment against a local demo sandbox, "
                       u"QT_QPA_PLATFORM=offscreen; a Qt generic plugin (tests/bench/"
                       u"StartupProbe) prints the monotonic time after the first QMainWindow "
                       u"frame; the driver reads the same clock just before starting the "
                       u"process"_s);
    const QString minimalLabel = u"minimal QMainWindow built in the same tree, same method"_s;
    auto add = [&](const QString &kind, const QList<double> &app, const QList<double> &reference,
                   const QString &method) {
        const double appMs = BenchStats::median(valid(app));
        const double minimalMs = BenchStats::median(valid(reference));
        m_report.add(BenchFigure {u"startup.%1.ms"_s.arg(kind), appMs, u"ms"_s, 300,
                                  BenchFigure::Goal::AtMost, minimalMs, minimalLabel,
                                  method + u"; runs: "_s + QString::number(valid(app).size())});
        m_report.add(BenchFigure {u"startup.%1.ratio"_s.arg(kind),
                                  appMs / minimalMs,
                                  u"x"_s,
                                  2,
                                  BenchFigure::Goal::AtMost,
                                  {},
                                  {},
                                  u"badgedesk median / minimal window median"_s});
        say(u"  %1: badgedesk %2 ms, minimal window %3 ms"_s.arg(kind)
                .arg(appMs, 0, 'f', 1)
                .arg(minimalMs, 0, 'f', 1));
    };
    add(u"cold"_s, appCold, minimalCold, coldMethod);
    add(u"warm"_s, appWarm, minimalWarm,
        u"median of %1 runs after one uncounted run"_s.arg(warmRuns));
}

void BenchDriver::measureMemory()
{
    say(u"\n== Memory of the running app (RSS and PSS from /proc/PID/smaps_rollup)"_s);
    const QString minimal = m_options.probeDir + u"/badgedesk-bench-minimal-window"_s;
    const QStringList appArguments {u"--from-environment"_s};
    constexpr int SettleMs = 1500;
    const QString minimalLabel = u"minimal QMainWindow, idle"_s;

    const Launch reference = launch(minimal, {}, m_demo->baseUrl(), 0, SettleMs);
    const Launch idle = launch(m_options.app, appArguments, m_demo->baseUrl(), 1, SettleMs);
    auto memoryFigures = [&](const QString &what, const Launch &app, std::optional<double> target,
                             const QString &note) {
        if (!app.memory || !reference.memory) {
            const QString problem =
                u"memory %1: %2"_s.arg(what, app.error.isEmpty() ? reference.error : app.error);
            say(u"  problem: "_s + problem);
            m_report.addProblem(problem);
            return;
        }
        const BenchFigure::Goal goal = target ? BenchFigure::Goal::AtMost : BenchFigure::Goal::None;
        m_report.add(BenchFigure {u"memory.%1.rss"_s.arg(what), app.memory->rssMb, u"MB"_s, target,
                                  goal, reference.memory->rssMb, minimalLabel, note});
        m_report.add(BenchFigure {u"memory.%1.pss"_s.arg(what),
                                  app.memory->pssMb,
                                  u"MB"_s,
                                  target,
                                  goal,
                                  reference.memory->pssMb,
                                  minimalLabel,
                                  {}});
        say(u"  %1: RSS %2 MB, PSS %3 MB"_s.arg(what)
                .arg(app.memory->rssMb, 0, 'f', 1)
                .arg(app.memory->pssMb, 0, 'f', 1));
    };
    memoryFigures(u"idle"_s, idle, {},
                  u"badgedesk with the demo sandbox's badges listed, %1 ms after the list was "
                  u"shown"_s.arg(SettleMs));
    if (!m_small || !m_large)
        return;
    for (const int count : {10000, 100000}) {
        const Launch listed =
            launch(m_options.app, appArguments, (count == 10000 ? m_small : m_large)->baseUrl(),
                   count, SettleMs);
        const QString size = u"%1k"_s.arg(count / 1000);
        memoryFigures(
            size, listed, count == 10000 ? std::optional<double>(70) : std::nullopt,
            u"badgedesk with %1 badges listed, %2 ms after the table showed them"_s.arg(count).arg(
                SettleMs));
        if (listed.rowsMs >= 0)
            m_report.add(BenchFigure {
                u"startup.to_%1_listed.ms"_s.arg(size),
                orNan(listed.rowsMs),
                u"ms"_s,
                {},
                BenchFigure::Goal::None,
                orNan(listed.paintedMs),
                u"first frame of the same run"_s,
                u"process start → the badge table shows all %1 badges (loopback GET, the "
                u"sandbox serialising them included)"_s.arg(count)});
    }
}

void BenchDriver::runProbe(const QString &name, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"qt.qpa.*=false"_s);
    env.insert(u"BADGEDESK_CONFIG_DIR"_s, m_work.filePath(u"config"_s));
    env.insert(u"BADGEDESK_DATA_DIR"_s, m_work.filePath(u"data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_work.filePath(u"runtime"_s));
    env.insert(u"BADGEDESK_SANDBOX_BIN"_s, m_options.sandbox);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(m_options.probeDir + u'/' + name, arguments);
    if (!process.waitForStarted(10000)) {
        m_report.addProblem(u"%1 did not start: %2"_s.arg(name, process.errorString()));
        say(u"  problem: %1 did not start"_s.arg(name));
        return;
    }
    QByteArray buffer;
    const QDeadlineTimer deadline(timeoutMs);
    auto consume = [&] {
        buffer += process.readAllStandardOutput();
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(end);
            buffer.remove(0, end + 1);
            if (!line.startsWith(BenchFigure::LinePrefix)) {
                say(QString::fromUtf8(line));
                continue;
            }
            const QJsonObject json =
                QJsonDocument::fromJson(line.mid(qsizetype(qstrlen(BenchFigure::LinePrefix))))
                    .object();
            if (const auto figure = BenchFigure::fromJson(json)) {
                m_report.add(*figure);
                say(u"  %1 = %2 %3 [%4]"_s.arg(figure->name)
                        .arg(figure->value, 0, 'f', 2)
                        .arg(figure->unit, figure->verdict()));
            }
        }
    };
    while (process.state() == QProcess::Running && !deadline.hasExpired()) {
        process.waitForReadyRead(100);
        consume();
    }
    if (process.state() == QProcess::Running) {
        process.kill();
        process.waitForFinished(3000);
        m_report.addProblem(u"%1 %2 took longer than %3 s and was stopped"_s.arg(
            name, arguments.join(u' ').section(u"--token"_s, 0, 0).trimmed(),
            QString::number(timeoutMs / 1000)));
    }
    process.waitForFinished(3000);
    consume();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString problem = u"%1 ended with exit code %2"_s.arg(name).arg(process.exitCode());
        m_report.addProblem(problem);
        say(u"  problem: "_s + problem);
    }
}

QJsonObject BenchDriver::machine() const
{
    QJsonObject info;
    info.insert(u"cpu"_s, fieldOf(u"/proc/cpuinfo"_s, u"model name"_s, u':'));
    info.insert(u"cores"_s, QThread::idealThreadCount());
    const QString memTotal = fieldOf(u"/proc/meminfo"_s, u"MemTotal"_s, u':');
    info.insert(u"ramGb"_s,
                std::round(memTotal.section(u' ', 0, 0).toDouble() / 1048576.0 * 10) / 10);
    info.insert(u"os"_s, fieldOf(u"/etc/os-release"_s, u"PRETTY_NAME"_s, u'='));
    info.insert(u"kernel"_s, QSysInfo::kernelVersion());
    info.insert(u"qt"_s, QString::fromLatin1(qVersion()));
    info.insert(u"build"_s, m_options.buildType);
    // Which code was measured: the revision, "-dirty" with uncommitted changes.
    QProcess git;
    git.start(u"git"_s, {u"-C"_s, m_options.sourceDir, u"describe"_s, u"--always"_s, u"--dirty"_s});
    if (git.waitForFinished(5000) && git.exitCode() == 0)
        info.insert(u"revision"_s, QString::fromUtf8(git.readAllStandardOutput()).trimmed());
    info.insert(u"loadAverageAtStart"_s, loadAverage());
    return info;
}

void BenchDriver::finish()
{
    const QJsonObject info = machine();
    say(u"\n== Results (%1, %2 cores, %3 GB RAM, %4, Qt %5, %6 build, revision %7, load average "
        u"%8)\n"_s.arg(
            info.value(u"cpu"_s).toString(), QString::number(info.value(u"cores"_s).toInt()),
            QString::number(info.value(u"ramGb"_s).toDouble()), info.value(u"os"_s).toString(),
            info.value(u"qt"_s).toString(), info.value(u"build"_s).toString(),
            info.value(u"revision"_s).toString(), info.value(u"loadAverageAtStart"_s).toString()));
    std::printf("%s", qPrintable(m_report.table()));
    const int misses = m_report.misses();
    say(misses ? u"\n%1 figure(s) MISS their target."_s.arg(misses)
               : u"\nEvery figure with a target meets it."_s);
    for (const QString &problem : m_report.problems())
        say(u"PROBLEM: "_s + problem);
    QString error;
    if (m_report.write(m_options.output, &error))
        say(u"Written to "_s + m_options.output);
    else
        say(u"Could not write %1: %2"_s.arg(m_options.output, error));
}
