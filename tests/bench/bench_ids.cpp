// Parse, check and de-duplicate 1,000,000 pasted user IDs through the real UserIdListParser
// path the assign dialog uses for pasted text (parseAsync: a worker thread, the answer back on
// the GUI thread). The input mixes every separator people paste (newlines, CRLF, commas,
// semicolons, tabs, spaces, ", "), quotes some values, and repeats 10 % of them.
//
//   badgedesk-bench-ids [--count 1000000]
//
// Figures go to stdout as BENCH_FIGURE lines (BenchFigure).

#include "BenchFigure.h"
#include "BenchStats.h"
#include "UserIdListParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Input
{
    QString text;
    qsizetype unique = 0;
    qsizetype duplicates = 0;
};

Input generate(qsizetype count)
{
    QRandomGenerator random(20240607);
    static const QStringList separators {u"\n"_s, u"\r\n"_s, u","_s, u";"_s,
                                         u"\t"_s, u" "_s,    u", "_s};
    Input input;
    input.duplicates = count / 10;
    input.unique = count - input.duplicates;
    QStringList unique;
    unique.reserve(input.unique);
    for (qsizetype i = 0; i < input.unique; ++i) {
        // Numeric IDs, prefixed ones and UUID-like ones, as exports from different systems.
        switch (random.bounded(3)) {
        case 0:
            unique.append(QString::number(10'000'000 + i * 7 + random.bounded(7)));
            break;
        case 1:
            unique.append(u"user-%1"_s.arg(i, 7, 16, QLatin1Char('0')));
            break;
        default:
            unique.append(u"%1-%2-4a1b"_s.arg(random.generate(), 8, 16, QLatin1Char('0'))
                              .arg(i, 8, 16, QLatin1Char('0')));
            break;
        }
    }
    // Each duplicate repeats an ID already written, so the parser keeps the first and reports
    // the repeat.
    QList<QString> values;
    values.reserve(count);
    qsizetype duplicatesLeft = input.duplicates;
    qsizetype next = 0;
    while (next < input.unique || duplicatesLeft > 0) {
        const bool duplicate =
            duplicatesLeft > 0 && next > 0 && (next >= input.unique || random.bounded(10) == 0);
        if (duplicate) {
            values.append(unique.at(random.bounded(next)));
            --duplicatesLeft;
        } else {
            values.append(unique.at(next++));
        }
    }
    input.text.reserve(count * 14);
    for (const QString &value : values) {
        if (random.bounded(20) == 0)
            input.text += u'"' + value + u'"';
        else
            input.text += value;
        input.text += separators.at(random.bounded(int(separators.size())));
    }
    return input;
}

// The reference: the least the job needs in plain Qt — cut at the separators, drop surrounding
// quotes and keep the first of each value in a QSet — with no checks, line numbers or report.
qsizetype plainSplitAndDedupe(const QString &text)
{
    QStringList ids;
    QSet<QString> seen;
    qsizetype start = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i <= size; ++i) {
        const QChar c = i < size ? text.at(i) : QChar(u'\n');
        if (c == u'\n' || c == u'\r' || c == u',' || c == u';' || c == u'\t' || c == u' ') {
            if (i > start) {
                QString value = text.mid(start, i - start);
                if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                    value = value.mid(1, value.size() - 2);
                if (!seen.contains(value)) {
                    seen.insert(value);
                    ids.append(std::move(value));
                }
            }
            start = i + 1;
        }
    }
    return ids.size();
}

// One parse through the dialog's path, timed from the call to the answer on this thread.
double parseOnce(const QString &text, UserIdList *result)
{
    QObject context;
    QEventLoop loop;
    QElapsedTimer clock;
    double ms = std::nan("");
    clock.start();
    UserIdListParser::parseAsync(text, &context, [&](const UserIdList &list) {
        ms = double(clock.nsecsElapsed()) / 1e6;
        *result = list;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(u"count"_s, u"values to paste"_s, u"N"_s, u"1000000"_s);
    parser.addOption(countOption);
    parser.process(app);
    const qsizetype count = parser.value(countOption).toLongLong();

    const Input input = generate(count);
    std::printf("  %lld values, %.1f MB of text\n", static_cast<long long>(count),
                double(input.text.size()) * 2 / 1048576.0);
    std::fflush(stdout);

    constexpr int Repeats = 5;
    QList<double> parserMs;
    UserIdList result;
    for (int i = 0; i < Repeats; ++i)
        parserMs.append(parseOnce(input.text, &result));
    QList<double> plainMs;
    qsizetype plainUnique = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        plainUnique = plainSplitAndDedupe(input.text);
        plainMs.append(double(clock.nsecsElapsed()) / 1e6);
    }

    QString note = u"UserIdListParser::parseAsync(QString) as the assign dialog calls it, call → "
                   u"answer on the calling thread; median of %1 (min %2 ms); %3 unique IDs and "
                   u"%4 duplicates found (expected %5 and %6)"_s.arg(Repeats)
                       .arg(BenchStats::minimum(parserMs), 0, 'f', 1)
                       .arg(result.ids.size())
                       .arg(result.duplicates)
                       .arg(input.unique)
                       .arg(input.duplicates);
    if (result.ids.size() != input.unique || result.duplicates != input.duplicates
        || plainUnique != input.unique)
        note += u"; WARNING: the counts differ from what was generated"_s;
    BenchFigure {u"ids.parse_%1"_s.arg(count == 1000000 ? u"1m"_s : QString::number(count)),
                 BenchStats::median(parserMs),
                 u"ms"_s,
                 150,
                 BenchFigure::Goal::AtMost,
                 BenchStats::median(plainMs),
                 u"plain split at the separators, quotes dropped, QSet de-duplication, no checks"_s,
                 note}
        .print();
    return 0;
}
