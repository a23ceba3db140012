// UserIdListParser: every input form the assign dialog and the CLI accept, what is flagged, and
// that a million IDs parse quickly and off the calling thread.

#include "UserIdListParser.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestUserIdList : public QObject
{
    Q_OBJECT

private slots:
    void separators_data();
    void separators();
    void quotedValuesKeepSeparatorsAndQuotes();
    void bomAndEncodings_data();
    void bomAndEncodings();
    void headerRowIsSkippedOnlyWhenItLooksLikeOne();
    void duplicatesAreCountedWithTheirLines();
    void emptyFieldsAreFlaggedButTrailingSeparatorsAreNot();
    void overlongAndControlCharactersAreLeftOut();
    void encryptedLookingIdsAreKeptAndWarned();
    void idsAreOpaqueStrings();
    void millionIdsParseFastOffThread();
};

void TestUserIdList::separators_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("commas") << u"a1,b2,c3"_s;
    QTest::newRow("comma+space") << u"a1, b2, c3"_s;
    QTest::newRow("semicolons") << u"a1;b2;c3"_s;
    QTest::newRow("tabs") << u"a1\tb2\tc3"_s;
    QTest::newRow("spaces") << u"a1 b2   c3"_s;
    QTest::newRow("LF") << u"a1\nb2\nc3\n"_s;
    QTest::newRow("CRLF") << u"a1\r\nb2\r\nc3\r\n"_s;
    QTest::newRow("CR only") << u"a1\rb2\rc3"_s;
    QTest::newRow("mixed") << u" a1 ;\r\n\r\n b2,\tc3 \n"_s;
    QTest::newRow("quoted") << u"\"a1\",\"b2\"\n\"c3\""_s;
}

void TestUserIdList::separators()
{
    QFETCH(QString, text);
    const UserIdList list = UserIdListParser::parse(text);
    QCOMPARE(list.ids, QStringList({u"a1"_s, u"b2"_s, u"c3"_s}));
    QCOMPARE(list.duplicates, 0);
    QCOMPARE(list.invalid, 0);
}

void TestUserIdList::quotedValuesKeepSeparatorsAndQuotes()
{
    const UserIdList list = UserIdListParser::parse(u"\"a,b\";\"say \"\"hi\"\"\"\n\"x y\""_s);
    QCOMPARE(list.ids, QStringList({u"a,b"_s, u"say \"hi\""_s, u"x y"_s}));
    QCOMPARE(list.lines, QList<int>({1, 1, 2}));
}

void TestUserIdList::bomAndEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = u"userId\r\n42\r\nÄnna-7\r\n"_s;
    QTest::newRow("utf8") << text.toUtf8();
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf16le bom") << QByteArray(le.encode(text));
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf16be bom") << QByteArray(be.encode(text));
}

void TestUserIdList::bomAndEncodings()
{
    QFETCH(QByteArray, bytes);
    const UserIdList list = UserIdListParser::parseBytes(bytes);
    QCOMPARE(list.ids, QStringList({u"42"_s, u"Änna-7"_s}));
    QVERIFY(list.headerSkipped);
    QCOMPARE(list.lines, QList<int>({2, 3}));
}

void TestUserIdList::headerRowIsSkippedOnlyWhenItLooksLikeOne()
{
    for (const QString &header : {u"userId"_s, u"user_id"_s, u"User ID"_s, u"id"_s, u"ids"_s,
                                  u"externalId"_s, u"decryptedUserId"_s, u"uid"_s}) {
        const UserIdList list = UserIdListParser::parse(header + u"\n1\n2"_s);
        QVERIFY2(list.headerSkipped, qPrintable(header));
        QCOMPARE(list.ids, QStringList({u"1"_s, u"2"_s}));
    }
    // A real first ID is never taken for a header, and a quoted "id" is data.
    QCOMPARE(UserIdListParser::parse(u"idaho\n2"_s).ids, QStringList({u"idaho"_s, u"2"_s}));
    QCOMPARE(UserIdListParser::parse(u"\"id\"\n2"_s).ids, QStringList({u"id"_s, u"2"_s}));
    // Only the first value can be a header.
    QCOMPARE(UserIdListParser::parse(u"1\nuserId"_s).ids, QStringList({u"1"_s, u"userId"_s}));
}

void TestUserIdList::duplicatesAreCountedWithTheirLines()
{
    const UserIdList list = UserIdListParser::parse(u"7\n8\n7\n 7 \n8"_s);
    QCOMPARE(list.ids, QStringList({u"7"_s, u"8"_s}));
    QCOMPARE(list.duplicates, 3);
    QCOMPARE(list.valuesSeen, 5);
    QCOMPARE(list.issues.size(), 3);
    QCOMPARE(list.issues.at(0).kind, UserIdIssue::Kind::Duplicate);
    QCOMPARE(list.issues.at(0).line, 3);
    QCOMPARE(list.issues.at(1).line, 4);
    QCOMPARE(list.issues.at(2).value, u"8"_s);
    QCOMPARE(list.issues.at(2).line, 5);
    QVERIFY(list.issues.at(0).message().contains(u"Line 3"_s));
}

void TestUserIdList::emptyFieldsAreFlaggedButTrailingSeparatorsAreNot()
{
    const UserIdList list = UserIdListParser::parse(u"a,,b\nc,\n,d\n\"\"\n\n"_s);
    QCOMPARE(list.ids, QStringList({u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(list.empty, 3); // "a,,b", ",d" and ""
    QList<int> lines;
    for (const UserIdIssue &issue : list.issues) {
        QCOMPARE(issue.kind, UserIdIssue::Kind::Empty);
        lines.append(issue.line);
    }
    QCOMPARE(lines, QList<int>({1, 3, 4}));
}

void TestUserIdList::overlongAndControlCharactersAreLeftOut()
{
    const QString longId(UserIdList::MaxLength + 1, u'x');
    const QString okId(UserIdList::MaxLength, u'y');
    const UserIdList list =
        UserIdListParser::parse(u"ok\n"_s + longId + u"\n\"bad\u0001id\"\n"_s + okId);
    QCOMPARE(list.ids, QStringList({u"ok"_s, okId}));
    QCOMPARE(list.invalid, 2);
    QCOMPARE(list.issues.at(0).kind, UserIdIssue::Kind::TooLong);
    QCOMPARE(list.issues.at(0).line, 2);
    QCOMPARE(list.issues.at(1).kind, UserIdIssue::Kind::ControlCharacter);
    QCOMPARE(list.issues.at(1).line, 3);
    QVERIFY(list.issues.at(1).excludes());
}

void TestUserIdList::encryptedLookingIdsAreKeptAndWarned()
{
    const UserIdList list =
        UserIdListParser::parse(u"plain-1\nq83vEjZ8ZJw/1kH+zQ==\nuser%40mail\n"_s);
    QCOMPARE(list.ids.size(), 3);
    QCOMPARE(list.suspicious, 2);
    QCOMPARE(list.issues.at(0).kind, UserIdIssue::Kind::LooksEncrypted);
    QCOMPARE(list.issues.at(0).line, 2);
    QCOMPARE(list.issues.at(1).line, 3);
    QVERIFY(!list.issues.at(0).excludes());
    const UserIdList plainOnly = list.withoutSuspicious();
    QCOMPARE(plainOnly.ids, QStringList({u"plain-1"_s}));
    QCOMPARE(plainOnly.lines, QList<int>({1}));
}

void TestUserIdList::idsAreOpaqueStrings()
{
    // Leading zeros, letters, emoji, case: all kept exactly; "007" and "7" are different users.
    const UserIdList list = UserIdListParser::parse(u"007\n7\nAbC\nabc\nfan-🔥"_s);
    QCOMPARE(list.ids, QStringList({u"007"_s, u"7"_s, u"AbC"_s, u"abc"_s, u"fan-🔥"_s}));
}

void TestUserIdList::millionIdsParseFastOffThread()
{
    QByteArray bytes;
    bytes.reserve(12'000'000);
    bytes += "userId\r\n";
    for (int i = 0; i < 1'000'000; ++i) {
        bytes += "user-";
        bytes += QByteArray::number(i);
        bytes += (i % 3 == 0) ? "," : "\r\n";
    }
    bytes += "user-5\r\n"; // one duplicate at the end

    QElapsedTimer timer;
    timer.start();
    std::optional<UserIdList> result;
    QThread *parsedOn = nullptr;
    UserIdListParser::parseAsync(bytes, this, [&](const UserIdList &list) {
        result = list;
        parsedOn = QThread::currentThread();
    });
    // The call returns at once; the caller's event loop keeps running meanwhile.
    QVERIFY(timer.elapsed() < 200);
    QVERIFY(!result);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(parsedOn, QThread::currentThread()); // the callback comes back to the caller
    QCOMPARE(result->ids.size(), 1'000'000);
    QCOMPARE(result->duplicates, 1);
    QCOMPARE(result->ids.constLast(), u"user-999999"_s);
    qInfo("1,000,000 IDs parsed in %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() < 10000, "parsing a million IDs took too long");
}

QTEST_GUILESS_MAIN(TestUserIdList)
#include "tst_useridlist.moc"
