#include "RetryAfter.h"

#include <QLocale>
#include <QTest>

using namespace std::chrono_literals;

using OptionalMs = std::optional<std::chrono::milliseconds>;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void twoDigitYearsPickTheRightCentury();
    void doesNotDependOnTheSystemLocale();
    void dateNeedsAValidNow();
};

namespace {

// RFC 9110's example instant, 37 seconds before its example dates.
const QDateTime Now(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC);

} // namespace

void TestRetryAfter::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<OptionalMs>("expected");

    const OptionalMs none;
    // delay-seconds
    QTest::newRow("seconds") << QByteArray("120") << OptionalMs(120s);
    QTest::newRow("zero") << QByteArray("0") << OptionalMs(0ms);
    QTest::newRow("leading zeros") << QByteArray("007") << OptionalMs(7s);
    QTest::newRow("surrounding whitespace") << QByteArray("  30 ") << OptionalMs(30s);
    QTest::newRow("tabs") << QByteArray("\t5\t") << OptionalMs(5s);
    QTest::newRow("at the cap") << QByteArray("3600") << OptionalMs(3600s);
    QTest::newRow("above the cap") << QByteArray("3601") << none;
    QTest::newRow("absurd") << QByteArray("99999999999999999999999999") << none;
    QTest::newRow("negative") << QByteArray("-5") << none;
    QTest::newRow("plus sign") << QByteArray("+5") << none;
    QTest::newRow("fraction") << QByteArray("1.5") << none;
    QTest::newRow("unit") << QByteArray("5s") << none;
    QTest::newRow("inner space") << QByteArray("1 0") << none;
    QTest::newRow("garbage") << QByteArray("soon") << none;
    QTest::newRow("empty") << QByteArray() << none;
    QTest::newRow("blank") << QByteArray("   ") << none;

    // HTTP-date, all three forms of RFC 9110 §5.6.7
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << OptionalMs(37s);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << OptionalMs(37s);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << OptionalMs(37s);
    QTest::newRow("asctime two-digit day")
        << QByteArray("Sun Nov 06 08:49:37 1994") << OptionalMs(37s);
    QTest::newRow("lower case") << QByteArray("sun, 06 nov 1994 08:49:37 gmt") << OptionalMs(37s);
    QTest::newRow("padded date") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ")
                                 << OptionalMs(37s);
    QTest::newRow("next month") << QByteArray("Thu, 01 Dec 1994 00:00:00 GMT") << none;
    QTest::newRow("an hour ahead")
        << QByteArray("Sun, 06 Nov 1994 09:49:00 GMT") << OptionalMs(3600s);
    QTest::newRow("just over an hour") << QByteArray("Sun, 06 Nov 1994 09:49:01 GMT") << none;
    QTest::newRow("past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << OptionalMs(0ms);
    QTest::newRow("long past") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << OptionalMs(0ms);
    QTest::newRow("now") << QByteArray("Sun, 06 Nov 1994 08:49:00 GMT") << OptionalMs(0ms);
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << none;
    QTest::newRow("no such month") << QByteArray("Sun, 06 Nox 1994 08:49:37 GMT") << none;
    QTest::newRow("no such day") << QByteArray("Sun, 31 Nov 1994 08:49:37 GMT") << none;
    QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT") << none;
    QTest::newRow("no weekday") << QByteArray("06 Nov 1994 08:49:37 GMT") << none;
    QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z") << none;
    QTest::newRow("German month") << QByteArray("So, 06 Dez 1994 08:49:37 GMT") << none;
}

void TestRetryAfter::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(OptionalMs, expected);
    QCOMPARE(RetryAfter::parse(header, Now), expected);
}

void TestRetryAfter::twoDigitYearsPickTheRightCentury()
{
    // RFC 9110: a two-digit year more than 50 years ahead is the most recent past such year.
    const QDateTime now(QDate(2030, 6, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(RetryAfter::parse("Saturday, 01-Jun-30 00:00:10 GMT", now), OptionalMs(10s));
    // 2099 would be 69 years ahead: it is 1999, long past.
    QCOMPARE(RetryAfter::parse("Tuesday, 01-Jun-99 00:00:10 GMT", now), OptionalMs(0ms));
    // 2080 is exactly 50 years ahead, so it stays 2080: far too long to wait.
    QCOMPARE(RetryAfter::parse("Saturday, 01-Jun-80 00:00:10 GMT", now), OptionalMs());
}

void TestRetryAfter::doesNotDependOnTheSystemLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const OptionalMs result = RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT", Now);
    const OptionalMs german = RetryAfter::parse("So, 06 Nov. 1994 08:49:37 GMT", Now);
    QLocale::setDefault(previous);
    QCOMPARE(result, OptionalMs(37s));
    QCOMPARE(german, OptionalMs());
}

void TestRetryAfter::dateNeedsAValidNow()
{
    QCOMPARE(RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT", QDateTime()), OptionalMs());
    // Seconds need no clock.
    QCOMPARE(RetryAfter::parse("5", QDateTime()), OptionalMs(5s));
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
