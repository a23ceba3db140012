// UserIdListParser: every input form the assign dialog and the CLI accept, what is flagged, and
// that a million IDs parse quickly and off the calling thread.

#include "UserIdListParser.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>
#include <QThread>

#include <tuple>

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
    void quotedValuesWithLineBreaksKeepTheLineCount();
    void controlCharactersAndUnicodeSpaces_data();
    void controlCharactersAndUnicodeSpaces();
    void encryptedLookingSigns_data();
    void encryptedLookingSigns();
    void duplicatesCompareWholeTrimmedValues();
    void issuesAreReportedInInputOrder();
    void manyDuplicatesKeepTheFirstOfEach();
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

void TestUserIdList::quotedValuesWithLineBreaksKeepTheLineCount()
{
    // A line break inside quotes makes the value invalid, but still counts for the lines after.
    const UserIdList list = UserIdListParser::parse(u"\"a\nb\"\nc\n\"x \"\"y\"\"\"\n\"12\"34"_s);
    QCOMPARE(list.ids, QStringList({u"c"_s, u"x \"y\""_s, u"1234"_s}));
    QCOMPARE(list.lines, QList<int>({3, 4, 5}));
    QCOMPARE(list.lineCount, 5);
    QCOMPARE(list.issues.size(), 1);
    QCOMPARE(list.issues.at(0).kind, UserIdIssue::Kind::ControlCharacter);
    QCOMPARE(list.issues.at(0).line, 1);
    QCOMPARE(list.issues.at(0).value, u"a\nb"_s);
}

void TestUserIdList::controlCharactersAndUnicodeSpaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("invalid");
    QTest::newRow("C0 inside") << u"a\u0001b"_s << QStringList() << 1;
    QTest::newRow("DEL inside") << u"a\u007Fb"_s << QStringList() << 1;
    QTest::newRow("C1 NEL inside") << u"a\u0085b"_s << QStringList() << 1;
    QTest::newRow("C1 last") << u"a\u009Fb"_s << QStringList() << 1;
    QTest::newRow("vertical tab inside") << u"a\u000Bb"_s << QStringList() << 1;
    QTest::newRow("quoted C0") << u"\"a\u001Fb\""_s << QStringList() << 1;
    // Whitespace that is not a separator is trimmed from the ends before the check.
    QTest::newRow("vertical tab at the end") << u"ab\u000B"_s << QStringList({u"ab"_s}) << 0;
    QTest::newRow("form feed at the start") << u"\u000Cab"_s << QStringList({u"ab"_s}) << 0;
    QTest::newRow("NEL at the end") << u"ab\u0085"_s << QStringList({u"ab"_s}) << 0;
    QTest::newRow("em spaces around") << u"\u2003ab\u2003"_s << QStringList({u"ab"_s}) << 0;
    QTest::newRow("ideographic space inside") << u"a\u3000b"_s << QStringList({u"a\u3000b"_s}) << 0;
    QTest::newRow("quoted spaces around") << u"\" ab \""_s << QStringList({u"ab"_s}) << 0;
    QTest::newRow("NBSP separates") << u"a\u00A0b"_s << QStringList({u"a"_s, u"b"_s}) << 0;
    QTest::newRow("Latin-1 letters") << u"ÿé-1"_s << QStringList({u"ÿé-1"_s}) << 0;
    QTest::newRow("not a control: 0xA1") << u"a\u00A1"_s << QStringList({u"a\u00A1"_s}) << 0;
}

void TestUserIdList::controlCharactersAndUnicodeSpaces()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(int, invalid);
    const UserIdList list = UserIdListParser::parse(u"first\n"_s + text);
    QCOMPARE(list.ids, QStringList({u"first"_s}) + ids);
    QCOMPARE(list.invalid, invalid);
    QCOMPARE(list.issues.size(), invalid);
    if (invalid) {
        QCOMPARE(list.issues.at(0).kind, UserIdIssue::Kind::ControlCharacter);
        QCOMPARE(list.issues.at(0).line, 2);
        QVERIFY(list.issues.at(0).excludes());
    }
}

void TestUserIdList::encryptedLookingSigns_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("warned");
    QTest::newRow("Base64 padding") << u"q83vEjZ8ZJw=="_s << true;
    QTest::newRow("plus") << u"ab+cd"_s << true;
    QTest::newRow("slash") << u"ab/cd"_s << true;
    QTest::newRow("percent-encoded") << u"user%40mail"_s << true;
    QTest::newRow("percent-encoded lower case") << u"a%2fb"_s << true;
    QTest::newRow("percent-encoded at the end") << u"ab%7E"_s << true;
    QTest::newRow("quoted plus") << u"\"ab+cd\""_s << true;
    QTest::newRow("equals inside") << u"a=b"_s << false;
    QTest::newRow("percent alone") << u"100%"_s << false;
    QTest::newRow("percent and one digit") << u"ab%4"_s << false;
    QTest::newRow("percent and non-hex") << u"ab%4g"_s << false;
    QTest::newRow("plain") << u"user-42_x.y"_s << false;
}

void TestUserIdList::encryptedLookingSigns()
{
    QFETCH(QString, id);
    QFETCH(bool, warned);
    const UserIdList list = UserIdListParser::parse(u"plain\n"_s + id);
    QCOMPARE(list.ids.size(), 2); // kept either way
    QCOMPARE(list.suspicious, warned ? 1 : 0);
    QCOMPARE(list.issues.size(), warned ? 1 : 0);
    if (warned) {
        QCOMPARE(list.issues.at(0).kind, UserIdIssue::Kind::LooksEncrypted);
        QCOMPARE(list.issues.at(0).line, 2);
        QCOMPARE(list.issues.at(0).value, list.ids.at(1));
    }
}

void TestUserIdList::duplicatesCompareWholeTrimmedValues()
{
    const QString longA = QString(255, u'x') + u'a';
    const QString longB = QString(255, u'x') + u'b';
    const UserIdList list = UserIdListParser::parse(
        u"user-1\nuser-10\nuser-1\n\"user-10\"\n user-1\u2003\nUSER-1\n"_s + longA + u'\n' + longB
        + u'\n' + longA + u"\n\"say \"\"hi\"\"\"\n\"say \"\"hi\"\"\""_s);
    QCOMPARE(list.ids,
             QStringList({u"user-1"_s, u"user-10"_s, u"USER-1"_s, longA, longB, u"say \"hi\""_s}));
    QCOMPARE(list.lines, QList<int>({1, 2, 6, 7, 8, 10}));
    QCOMPARE(list.duplicates, 5);
    QList<int> duplicateLines;
    for (const UserIdIssue &issue : list.issues) {
        QCOMPARE(issue.kind, UserIdIssue::Kind::Duplicate);
        duplicateLines.append(issue.line);
    }
    QCOMPARE(duplicateLines, QList<int>({3, 4, 5, 9, 11}));
    QCOMPARE(list.issues.at(2).value, u"user-1"_s); // reported trimmed
}

void TestUserIdList::issuesAreReportedInInputOrder()
{
    const QString tooLong(UserIdList::MaxLength + 5, u'z');
    const UserIdList list = UserIdListParser::parse(u"userId\nok1,,ok2\n"_s + tooLong
                                                    + u"\nab/cd\nbad\u0007\"\nok1\n\"\"\nab/cd"_s);
    QVERIFY(list.headerSkipped);
    QCOMPARE(list.ids, QStringList({u"ok1"_s, u"ok2"_s, u"ab/cd"_s}));
    QCOMPARE(list.lines, QList<int>({2, 2, 4}));
    using Kind = UserIdIssue::Kind;
    const QList<std::tuple<Kind, int, QString>> expected {
        {Kind::Empty, 2, QString()},
        {Kind::TooLong, 3, tooLong.left(UserIdList::MaxLength)},
        {Kind::LooksEncrypted, 4, u"ab/cd"_s},
        {Kind::ControlCharacter, 5, u"bad\u0007\""_s},
        {Kind::Duplicate, 6, u"ok1"_s},
        {Kind::Empty, 7, QString()},
        {Kind::Duplicate, 8, u"ab/cd"_s},
    };
    QCOMPARE(list.issues.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const UserIdIssue &issue = list.issues.at(i);
        QCOMPARE(issue.kind, std::get<0>(expected.at(i)));
        QCOMPARE(issue.line, std::get<1>(expected.at(i)));
        QCOMPARE(issue.value, std::get<2>(expected.at(i)));
    }
    QCOMPARE(list.valuesSeen, 7);
    QCOMPARE(list.empty, 2);
    QCOMPARE(list.invalid, 2);
    QCOMPARE(list.duplicates, 2);
    QCOMPARE(list.suspicious, 1);
    QCOMPARE(list.lineCount, 8);
}

void TestUserIdList::manyDuplicatesKeepTheFirstOfEach()
{
    // Enough values that the de-duplication works at scale, with every third value a repeat of
    // an earlier one (IDs that share long prefixes and differ only at the end).
    QString text;
    QStringList expectedIds;
    QList<int> expectedDuplicateLines;
    int line = 0;
    for (int i = 0; i < 60'000; ++i) {
        const QString id = u"member-%1"_s.arg(i);
        text += id + u'\n';
        expectedIds.append(id);
        ++line;
        if (i % 2 == 1) {
            text += u"member-%1\n"_s.arg(i / 2);
            expectedDuplicateLines.append(++line);
        }
    }
    const UserIdList list = UserIdListParser::parse(text);
    QCOMPARE(list.ids, expectedIds);
    QCOMPARE(list.duplicates, expectedDuplicateLines.size());
    QList<int> duplicateLines;
    for (const UserIdIssue &issue : list.issues)
        duplicateLines.append(issue.line);
    QCOMPARE(duplicateLines, expectedDuplicateLines);
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
