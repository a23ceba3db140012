// Workspace figures, measured in-process on the real MainWindow (its BadgeTableModel, filter
// line edit, table and BadgeEditor) and the real WatchersClient, against a real
// badgedesk-sandbox process holding N badges:
//
//   badgedesk-bench-workspace --url URL --api-key KEY --token TOKEN --count N [--preview]
//   badgedesk-bench-workspace --url URL --api-key KEY --token TOKEN --count N --cycles 100
//
// The first form measures loading (decode, model, table shown, the whole path from opening the
// profile, the longest the GUI thread was blocked), filtering per keystroke and, with
// --preview, the editor's previews per keystroke. The second measures memory growth over
// reload/filter/sort cycles, in a process of its own so nothing else moves its baseline.
// Figures go to stdout as BENCH_FIGURE lines (BenchFigure).

#include "AppPaths.h"
#include "Badge.h"
#include "BadgeEditor.h"
#include "BadgeTableModel.h"
#include "BenchFigure.h"
#include "BenchStats.h"
#include "JsonParse.h"
#include "LoopGapMonitor.h"
#include "MainWindow.h"
#include "MonotonicClock.h"
#include "PaintWatcher.h"
#include "ProcessMemory.h"
#include "RawHttp.h"
#include "TimedApplication.h"
#include "WatchersClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeystrokeTimeoutMs = 15000;

struct Options
{
    QUrl url;
    QString apiKey;
    QString token;
    int count = 0;
    bool preview = false;
    int cycles = 0;
};

QString sizeLabel(int count)
{
    return count % 1000 == 0 ? u"%1k"_s.arg(count / 1000) : QString::number(count);
}

void progress(const QString &text)
{
    std::fprintf(stdout, "  %s\n", qPrintable(text));
    std::fflush(stdout);
}

// Runs the event loop without blocking it in a sleep (QTest::qWait sleeps between passes,
// which would show up as a blocked GUI thread).
void runLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

double orNan(double ms)
{
    return ms < 0 ? std::nan("") : ms;
}

// Waits for MainWindow::badgesLoaded (or loadFailed), running the event loop.
bool waitForLoad(MainWindow *window, int timeoutMs = 120000)
{
    QEventLoop loop;
    bool loaded = false;
    const auto done = QObject::connect(window, &MainWindow::badgesLoaded, &loop, [&loop, &loaded] {
        loaded = true;
        loop.quit();
    });
    const auto failed = QObject::connect(window, &MainWindow::loadFailed, &loop,
                                         [&loop](const ApiError &) { loop.quit(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
    return loaded;
}

struct Workspace
{
    Options options;
    Profile profile;
    std::unique_ptr<WatchersClient> client;
    std::unique_ptr<MainWindow> window;
    QTableView *table = nullptr;
    QLineEdit *filter = nullptr;
    std::unique_ptr<PaintWatcher> tablePaints;
};

bool openWindow(Workspace &ws)
{
    ConnectionSettings connection;
    connection.region = Region::Custom;
    connection.customBaseUrl = ws.options.url;
    connection.apiKey = ws.options.apiKey;
    connection.bearerToken = ws.options.token;
    ws.client = std::make_unique<WatchersClient>();
    ws.client->setConnection(connection);
    ws.profile.id = u"bench"_s;
    ws.profile.name = u"Bench"_s;
    ws.profile.region = Region::Custom;
    ws.profile.customBaseUrl = ws.options.url;
    ws.window = std::make_unique<MainWindow>(ws.client.get());
    ws.window->resize(1280, 760);
    ws.window->show();
    if (!QTest::qWaitForWindowExposed(ws.window.get()))
        return false;
    ws.table = ws.window->findChild<QTableView *>(u"badgeTable"_s);
    ws.filter = ws.window->findChild<QLineEdit *>(u"filterEdit"_s);
    if (!ws.table || !ws.filter)
        return false;
    ws.tablePaints = std::make_unique<PaintWatcher>(ws.table->viewport());
    return true;
}

struct Timing
{
    double wallMs = 0; // what the user waits
    double cpuMs = 0; // what the GUI thread itself spent (the rest went to other processes)
};

// One keystroke through the real widget, timed until `watcher`'s widget has repainted.
Timing keystroke(QWidget *target, Qt::Key key, char text, PaintWatcher &watcher, int quietMs = 30)
{
    const int before = watcher.paints();
    const qint64 cpuStart = threadCpuNs();
    QElapsedTimer clock;
    clock.start();
    if (text)
        QTest::keyClick(target, text);
    else
        QTest::keyClick(target, key);
    const double wall = orNan(watcher.waitForPaint(clock, before, quietMs, KeystrokeTimeoutMs));
    return {wall, double(watcher.lastPaintCpuNs() - cpuStart) / 1e6};
}

QString cpuNote(const QList<double> &cpuMs)
{
    return u"GUI-thread CPU: median %1 ms, worst %2 ms"_s.arg(BenchStats::median(cpuMs), 0, 'f', 1)
        .arg(BenchStats::maximum(cpuMs), 0, 'f', 1);
}

double sortBy(Workspace &ws, int column, Qt::SortOrder order)
{
    const int before = ws.tablePaints->paints();
    QElapsedTimer clock;
    clock.start();
    ws.table->sortByColumn(column, order);
    return orNan(ws.tablePaints->waitForPaint(clock, before, 0, KeystrokeTimeoutMs));
}

// ---- Loading -------------------------------------------------------------------------------

void measureLoading(Workspace &ws, QList<Badge> *decodedOut)
{
    const QString size = sizeLabel(ws.options.count);
    const int repeats = ws.options.count >= 100000 ? 3 : 7;

    // The bytes the client gets, fetched once with plain Qt networking.
    RawHttp http(ws.options.url);
    http.setCredentials(ws.options.apiKey.toUtf8(), ws.options.token.toUtf8());
    const RawHttpReply reply = http.send("GET", u"/external/badge"_s, {}, {}, 0, 120000);
    if (reply.status != 200) {
        progress(u"could not fetch the badge list (HTTP %1)"_s.arg(reply.status));
        return;
    }
    const QByteArray body = reply.body;
    progress(u"%1 badges: %2 MB of JSON"_s.arg(ws.options.count)
                 .arg(body.size() / 1048576.0, 0, 'f', 1));

    // Decode: exactly what WatchersClient::listBadges runs on the answer.
    QList<double> decodeMs;
    QList<double> decodeCpuMs;
    QList<double> plainMs;
    QList<Badge> decoded;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        const qint64 cpuStart = threadCpuNs();
        clock.start();
        const Decoded<QJsonValue> json = JsonParse::parse(body);
        Decoded<QList<Badge>> list = Badge::listFromJson(json.value);
        decodeMs.append(msSince(clock));
        decodeCpuMs.append(double(threadCpuNs() - cpuStart) / 1e6);
        decoded = std::move(list.value);

        clock.start();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        plainMs.append(msSince(clock));
        Q_UNUSED(document)
    }
    if (decoded.size() != ws.options.count)
        progress(
            u"warning: decoded %1 badges, expected %2"_s.arg(decoded.size()).arg(ws.options.count));
    const double plainParse = BenchStats::median(plainMs);

    // Model load and table shown, on the window's own model and view.
    BadgeTableModel *model = ws.window->badgeModel();
    QList<double> modelMs;
    QList<double> modelCpuMs;
    QList<double> shownMs;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        clock.start();
        const int emptied = ws.tablePaints->paints();
        model->setBadges({});
        ws.tablePaints->waitForPaint(clock, emptied, 0, 2000);
        runLoopFor(20);
        const int before = ws.tablePaints->paints();
        const qint64 cpuStart = threadCpuNs();
        clock.start();
        model->setBadges(decoded);
        const double loaded = msSince(clock);
        modelCpuMs.append(double(threadCpuNs() - cpuStart) / 1e6);
        const double painted = ws.tablePaints->waitForPaint(clock, before, 0, KeystrokeTimeoutMs);
        modelMs.append(loaded);
        shownMs.append(painted < 0 ? std::nan("") : painted - loaded);
    }
    const double decode = BenchStats::median(decodeMs);
    const double modelLoad = BenchStats::median(modelMs);
    const double shown = BenchStats::median(shownMs);

    const QString repeatNote = u"median of %1 runs"_s.arg(repeats);
    BenchFigure {
        u"load.%1.decode"_s.arg(size),
        decode,
        u"ms"_s,
        {},
        BenchFigure::Goal::None,
        plainParse,
        u"QJsonDocument::fromJson of the same bytes alone"_s,
        u"JsonParse::parse + Badge::listFromJson (what listBadges runs); "_s + repeatNote
            + u"; GUI-thread CPU median %1 ms"_s.arg(BenchStats::median(decodeCpuMs), 0, 'f', 1)}
        .print();
    BenchFigure {
        u"load.%1.model"_s.arg(size),
        modelLoad,
        u"ms"_s,
        {},
        BenchFigure::Goal::None,
        {},
        {},
        u"BadgeTableModel::setBadges on the window's model; "_s + repeatNote
            + u"; GUI-thread CPU median %1 ms"_s.arg(BenchStats::median(modelCpuMs), 0, 'f', 1)}
        .print();
    BenchFigure {u"load.%1.table_shown"_s.arg(size),
                 shown,
                 u"ms"_s,
                 {},
                 BenchFigure::Goal::None,
                 {},
                 {},
                 u"after setBadges, until the table's viewport has painted; "_s + repeatNote}
        .print();
    BenchFigure total {u"load.%1.decode_model_shown"_s.arg(size),
                       decode + modelLoad + shown,
                       u"ms"_s,
                       {},
                       BenchFigure::Goal::None,
                       plainParse,
                       u"QJsonDocument::fromJson of the same bytes alone"_s,
                       u"sum of the three medians above"_s};
    if (ws.options.count == 10000) {
        total.target = 50;
        total.goal = BenchFigure::Goal::AtMost;
    }
    total.print();

    // The whole path as the user meets it: open the profile → request → decode → model →
    // painted table, with the longest stretch the GUI thread did not get back to its loop.
    model->setBadges({});
    runLoopFor(100);
    LoopGapMonitor idle;
    idle.start();
    runLoopFor(1000);
    idle.stop();

    QElapsedTimer transfer;
    transfer.start();
    const RawHttpReply again = http.send("GET", u"/external/badge"_s, {}, {}, 0, 120000);
    const double transferMs = msSince(transfer);
    Q_UNUSED(again)

    LoopGapMonitor monitor;
    int paintsAtLoad = 0;
    QObject::connect(ws.window.get(), &MainWindow::badgesLoaded, ws.tablePaints.get(),
                     [&paintsAtLoad, &ws](int) { paintsAtLoad = ws.tablePaints->paints(); });
    QElapsedTimer clock;
    auto *timedApp = static_cast<TimedApplication *>(qApp);
    timedApp->startWatching();
    monitor.start();
    clock.start();
    ws.window->setCurrentProfile(ws.profile);
    const bool loaded = waitForLoad(ws.window.get());
    const double endToEnd = loaded
        ? orNan(ws.tablePaints->waitForPaint(clock, paintsAtLoad, 0, KeystrokeTimeoutMs))
        : std::nan("");
    monitor.stop();
    timedApp->stopWatching();
    if (decodedOut)
        *decodedOut = decoded;

    BenchFigure {u"load.%1.end_to_end"_s.arg(size),
                 endToEnd,
                 u"ms"_s,
                 {},
                 BenchFigure::Goal::None,
                 transferMs,
                 u"plain QNetworkAccessManager GET of the same list"_s,
                 u"MainWindow::setCurrentProfile → GET /external/badge (loopback, the sandbox "
                 u"serialising included) → decode → model → table painted"_s}
        .print();
    BenchFigure {
        u"gui.%1.longest_block"_s.arg(size),
        monitor.longestGapMs(),
        u"ms"_s,
        16,
        BenchFigure::Goal::AtMost,
        idle.longestGapMs(),
        u"longest gap of the same 1 ms timer over 1 s of idle loop (machine noise)"_s,
        u"longest gap between two runs of a 1 ms precise timer on the GUI thread while "
        u"the list loaded end to end; the GUI thread's own CPU time in that gap: %1 ms; the "
        u"longest single event: %2 ms (%3)"_s.arg(monitor.longestGapCpuMs(), 0, 'f', 1)
            .arg(timedApp->longestEventMs(), 0, 'f', 1)
            .arg(timedApp->longestEventLabel())}
        .print();
}

// ---- Filtering ----------------------------------------------------------------------------

// The stock Qt alternative as the reference: QSortFilterProxyModel over a BadgeTableModel with
// the same badges, every column searched, in a view like the window's.
double proxyScatteredKeystroke(const QList<Badge> &badges)
{
    BadgeTableModel source;
    source.setBadges(badges);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    QWidget window;
    auto *edit = new QLineEdit(&window);
    auto *view = new QTableView(&window);
    view->setModel(&proxy);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->setGeometry(0, 30, 760, 700);
    edit->setGeometry(0, 0, 760, 28);
    QObject::connect(edit, &QLineEdit::textChanged, &proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    window.resize(760, 730);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return std::nan("");
    runLoopFor(50);
    PaintWatcher paints(view->viewport());
    return keystroke(edit, Qt::Key_unknown, '7', paints).wallMs;
}

void measureFiltering(Workspace &ws, const QList<Badge> &badges)
{
    const QString size = sizeLabel(ws.options.count);
    const double target = ws.options.count <= 10000 ? 16 : 33;
    QList<double> all;
    QList<double> allCpu;
    QStringList log; // every keystroke, wall/CPU ms, for whoever has to make it faster
    auto type = [&](Qt::Key key, char text) {
        const Timing t = keystroke(ws.filter, key, text, *ws.tablePaints);
        all.append(t.wallMs);
        allCpu.append(t.cpuMs);
        log.append(u"%1 %2/%3"_s.arg(text ? QString(QLatin1Char(text)) : u"⌫"_s)
                       .arg(t.wallMs, 0, 'f', 1)
                       .arg(t.cpuMs, 0, 'f', 1));
        return t;
    };
    ws.filter->clear();
    runLoopFor(50);
    sortBy(ws, BadgeTableModel::IdColumn, Qt::AscendingOrder);

    const Timing scattered = type(Qt::Key_unknown, '7');
    type(Qt::Key_Backspace, 0);
    for (const char c : QByteArray("gold"))
        type(Qt::Key_unknown, c);
    for (int i = 0; i < 4; ++i)
        type(Qt::Key_Backspace, 0);
    for (const char c : QByteArray("season 1"))
        type(Qt::Key_unknown, c);
    for (int i = 0; i < 8; ++i)
        type(Qt::Key_Backspace, 0);

    sortBy(ws, BadgeTableModel::TextColumn, Qt::AscendingOrder);
    const Timing scatteredByText = type(Qt::Key_unknown, '7');
    type(Qt::Key_Backspace, 0);
    sortBy(ws, BadgeTableModel::IdColumn, Qt::AscendingOrder);
    if (ws.window->badgeModel()->rowCount() != ws.options.count)
        progress(u"warning: the filter did not come back to every badge"_s);

    progress(u"filter reference: QSortFilterProxyModel at %1…"_s.arg(size));
    const double proxy = proxyScatteredKeystroke(badges);
    const QString proxyLabel =
        u"the same keystroke through QSortFilterProxyModel (all columns) and a QTableView"_s;

    BenchFigure {u"filter.%1.scattered_digit"_s.arg(size),
                 scattered.wallMs,
                 u"ms"_s,
                 target,
                 BenchFigure::Goal::AtMost,
                 proxy,
                 proxyLabel,
                 u"'7' typed into the empty filter (sorted by id): matches spread over the whole "
                 u"list; keystroke → table repainted; GUI-thread CPU %1 ms"_s.arg(scattered.cpuMs,
                                                                                  0, 'f', 1)}
        .print();
    BenchFigure {u"filter.%1.scattered_digit_by_text"_s.arg(size),
                 scatteredByText.wallMs,
                 u"ms"_s,
                 target,
                 BenchFigure::Goal::AtMost,
                 proxy,
                 proxyLabel,
                 u"the same keystroke with the list sorted by text; GUI-thread CPU %1 ms"_s.arg(
                     scatteredByText.cpuMs, 0, 'f', 1)}
        .print();
    BenchFigure {
        u"filter.%1.worst_keystroke"_s.arg(size),
        BenchStats::maximum(all),
        u"ms"_s,
        target,
        BenchFigure::Goal::AtMost,
        BenchStats::median(all),
        u"median keystroke of the same sequence"_s,
        u"worst of %1 keystrokes: '7', Backspace, 'gold', 4× Backspace, 'season 1', "
        u"8× Backspace, '7' sorted by text, Backspace; %2; wall/CPU ms each: %3"_s.arg(all.size())
            .arg(cpuNote(allCpu), log.join(u", "_s))}
        .print();
}

// ---- Editor previews ----------------------------------------------------------------------

double bareLineEditKeystroke()
{
    QWidget window;
    auto *edit = new QLineEdit(&window);
    edit->setGeometry(10, 10, 400, 28);
    window.resize(420, 50);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return std::nan("");
    PaintWatcher paints(edit);
    QList<double> times;
    for (const char c : QByteArray("Superfan 9"))
        times.append(keystroke(edit, Qt::Key_unknown, c, paints, 20).wallMs);
    return BenchStats::median(times);
}

void measurePreviews(Workspace &ws)
{
    const Badge *first = ws.window->badgeModel()->badgeAt(0);
    if (!first || !first->id) {
        progress(u"no badge to open in the editor"_s);
        return;
    }
    ws.window->openBadge(*first->id);
    runLoopFor(100);
    BadgeEditor *editor = ws.window->editor();
    auto *text = editor->findChild<QLineEdit *>(u"textEdit"_s);
    auto *welcomeText = editor->findChild<QPlainTextEdit *>(u"communicationTextEdit"_s);
    auto *chip = editor->findChild<QWidget *>(u"chipPreview"_s);
    auto *welcome = editor->findChild<QWidget *>(u"welcomeCardPreview"_s);
    auto *scroll = editor->findChild<QScrollArea *>(u"editorScroll"_s);
    if (!text || !welcomeText || !chip || !welcome || !scroll || !editor->hasBadge()) {
        progress(u"the editor's fields were not found"_s);
        return;
    }

    PaintWatcher chipPaints(chip);
    text->setCursorPosition(int(text->text().size()));
    QList<double> chipMs;
    QList<double> chipCpuMs;
    const QByteArray typed(" Superfan");
    for (const char c : typed) {
        const Timing t = keystroke(text, Qt::Key_unknown, c, chipPaints, 20);
        chipMs.append(t.wallMs);
        chipCpuMs.append(t.cpuMs);
    }
    const bool chipReached = editor->badge().text.endsWith(QString::fromLatin1(typed));

    scroll->ensureWidgetVisible(welcome);
    runLoopFor(100);
    PaintWatcher welcomePaints(welcome);
    welcomeText->moveCursor(QTextCursor::End);
    QList<double> welcomeMs;
    QList<double> welcomeCpuMs;
    for (const char c : typed) {
        const Timing t = keystroke(welcomeText, Qt::Key_unknown, c, welcomePaints, 20);
        welcomeMs.append(t.wallMs);
        welcomeCpuMs.append(t.cpuMs);
    }
    const bool welcomeReached =
        editor->badge().communicationText.endsWith(QString::fromLatin1(typed));

    const double reference = bareLineEditKeystroke();
    const QString label = u"median keystroke into a bare QLineEdit until it repainted"_s;
    auto note = [](const QList<double> &ms, const QList<double> &cpu, bool reached) {
        QString line =
            u"keystroke in the editor → preview repainted; worst of %1, median %2 ms; %3"_s
                .arg(ms.size())
                .arg(BenchStats::median(ms), 0, 'f', 2)
                .arg(cpuNote(cpu));
        if (!reached)
            line += u"; WARNING: the typed text did not reach the badge"_s;
        return line;
    };
    BenchFigure {u"preview.chip.keystroke"_s,
                 BenchStats::maximum(chipMs),
                 u"ms"_s,
                 8,
                 BenchFigure::Goal::AtMost,
                 reference,
                 label,
                 u"Text field; "_s + note(chipMs, chipCpuMs, chipReached)}
        .print();
    BenchFigure {u"preview.welcome.keystroke"_s,
                 BenchStats::maximum(welcomeMs),
                 u"ms"_s,
                 8,
                 BenchFigure::Goal::AtMost,
                 reference,
                 label,
                 u"welcome message text; "_s + note(welcomeMs, welcomeCpuMs, welcomeReached)}
        .print();
}

// ---- Memory growth ------------------------------------------------------------------------

bool cycle(Workspace &ws)
{
    const int before = ws.tablePaints->paints();
    QElapsedTimer clock;
    clock.start();
    ws.window->refresh();
    if (!waitForLoad(ws.window.get()))
        return false;
    ws.tablePaints->waitForPaint(clock, before, 0, KeystrokeTimeoutMs);
    for (const char c : QByteArray("gold"))
        keystroke(ws.filter, Qt::Key_unknown, c, *ws.tablePaints, 0);
    for (int i = 0; i < 4; ++i)
        keystroke(ws.filter, Qt::Key_Backspace, 0, *ws.tablePaints, 0);
    sortBy(ws, BadgeTableModel::TextColumn, Qt::AscendingOrder);
    sortBy(ws, BadgeTableModel::HoldersColumn, Qt::DescendingOrder);
    sortBy(ws, BadgeTableModel::IdColumn, Qt::AscendingOrder);
    return ws.window->badgeModel()->rowCount() == ws.options.count;
}

void measureGrowth(Workspace &ws)
{
    const QString size = sizeLabel(ws.options.count);
    ws.window->setCurrentProfile(ws.profile);
    if (!waitForLoad(ws.window.get())) {
        progress(u"the first load failed"_s);
        return;
    }
    runLoopFor(500);
    const auto loaded = ProcessMemory::self();
    // One uncounted cycle first: the first reload holds the old and the new list at once, and
    // the heap keeps that high-water mark. Growth after it is what repeats.
    bool allOk = cycle(ws);
    runLoopFor(500);
    const auto baseline = ProcessMemory::self();
    QStringList steps;
    for (int i = 0; i < ws.options.cycles; ++i) {
        allOk = cycle(ws) && allOk;
        if ((i + 1) % 25 == 0 || i + 1 == ws.options.cycles) {
            const auto now = ProcessMemory::self();
            if (now && baseline)
                steps.append(u"%1: %2"_s.arg(i + 1).arg(now->rssMb - baseline->rssMb, 0, 'f', 1));
            progress(u"%1 cycles"_s.arg(i + 1));
        }
    }
    runLoopFor(500);
    const auto end = ProcessMemory::self();
    if (!loaded || !baseline || !end)
        return;
    QString note = u"RSS after %1 cycles (F5 reload through the client, 'gold' typed and cleared, "
                   u"sort by text, holders, id) minus RSS after one uncounted warm-up cycle; "
                   u"the warm-up cycle itself added %2 MB to the RSS after the first load; "
                   u"growth by cycle (MB): %3"_s.arg(ws.options.cycles)
                       .arg(baseline->rssMb - loaded->rssMb, 0, 'f', 1)
                       .arg(steps.join(u", "_s));
    if (!allOk)
        note += u"; WARNING: a cycle did not end with every badge listed"_s;
    BenchFigure {u"memory.%1.growth_%2_cycles"_s.arg(size).arg(ws.options.cycles),
                 end->rssMb - baseline->rssMb,
                 u"MB"_s,
                 10,
                 BenchFigure::Goal::AtMost,
                 baseline->rssMb,
                 u"RSS before the counted cycles"_s,
                 note}
        .print();
    BenchFigure {u"memory.%1.growth_%2_cycles_pss"_s.arg(size).arg(ws.options.cycles),
                 end->pssMb - baseline->pssMb,
                 u"MB"_s,
                 10,
                 BenchFigure::Goal::AtMost,
                 baseline->pssMb,
                 u"PSS before the counted cycles"_s,
                 {}}
        .print();
}

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform warns about every top-level window; it says nothing about the figures.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(u"propagateSizeHints"_s) && defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    defaultHandler = qInstallMessageHandler(quietOffscreen);
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption urlOption(u"url"_s, u"sandbox base URL"_s, u"URL"_s);
    const QCommandLineOption keyOption(u"api-key"_s, u"API key"_s, u"KEY"_s);
    const QCommandLineOption tokenOption(u"token"_s, u"bearer token"_s, u"TOKEN"_s);
    const QCommandLineOption countOption(u"count"_s, u"badges the sandbox holds"_s, u"N"_s);
    const QCommandLineOption previewOption(u"preview"_s, u"also measure the previews"_s);
    const QCommandLineOption cyclesOption(u"cycles"_s, u"memory growth over N cycles"_s, u"N"_s);
    const QCommandLineOption shotOption(
        u"screenshot"_s, u"save the window as measured to FILE (a check)"_s, u"FILE"_s);
    parser.addOptions(
        {urlOption, keyOption, tokenOption, countOption, previewOption, cyclesOption, shotOption});
    parser.process(app);

    Workspace ws;
    ws.options.url = QUrl(parser.value(urlOption));
    ws.options.apiKey = parser.value(keyOption);
    ws.options.token = parser.value(tokenOption);
    ws.options.count = parser.value(countOption).toInt();
    ws.options.preview = parser.isSet(previewOption);
    ws.options.cycles = parser.value(cyclesOption).toInt();
    if (!ws.options.url.isValid() || ws.options.count <= 0) {
        std::fprintf(stderr, "usage: --url URL --api-key KEY --token TOKEN --count N\n");
        return 2;
    }

    // Drafts and anything else the window writes go to a throw-away folder.
    QTemporaryDir data;
    AppPaths::setDataRootOverride(data.path());

    if (!openWindow(ws)) {
        std::fprintf(stderr, "the main window could not be shown\n");
        return 1;
    }
    if (ws.options.cycles > 0) {
        measureGrowth(ws);
        return 0;
    }
    QList<Badge> badges;
    measureLoading(ws, &badges);
    measureFiltering(ws, badges);
    if (ws.options.preview)
        measurePreviews(ws);
    if (parser.isSet(shotOption))
        ws.window->grab().save(parser.value(shotOption));
    return 0;
}
