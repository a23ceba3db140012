// UserIdListParser's de-duplication and the IDs it hands out: every kept ID is a QString that
// shares one buffer with the others (one allocation for a million IDs), so these check that
// they behave like any QString, and that the table behind "seen before?" keeps apart what differs
// and finds what repeats, at any size.

#include "UserIdListParser.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUserIdListDedupe : public QObject
{
    Q_OBJECT

private slots:
    void idsAreStringsNotNumbers();
    void keptIdsBehaveLikeOwnStrings();
    void issueValuesOutliveTheList();
    void agreesWithAPlainSetAtScale_data();
    void agreesWithAPlainSetAtScale();
    void tableGrowsWhenTheTextUnderstatesTheCount();
    void manyRepeatsOfFewIds();
};

void TestUserIdListDedupe::idsAreStringsNotNumbers()
{
    // The API takes user IDs as strings (§4.7), so "007" and "7" are two users.
    const UserIdList list = UserIdListParser::parse(u"7\n007\n07\n7\n70\n7.0\n007"_s);
    QCOMPARE(list.ids, QStringList({u"7"_s, u"007"_s, u"07"_s, u"70"_s, u"7.0"_s}));
    QCOMPARE(list.lines, QList<int>({1, 2, 3, 5, 6}));
    QCOMPARE(list.duplicates, 2);
    QCOMPARE(list.issues.at(0).line, 4);
    QCOMPARE(list.issues.at(0).value, u"7"_s);
    QCOMPARE(list.issues.at(1).line, 7);
    QCOMPARE(list.issues.at(1).value, u"007"_s);
}

void TestUserIdListDedupe::keptIdsBehaveLikeOwnStrings()
{
    UserIdList list = UserIdListParser::parse(u"alpha,beta\ngamma\n\"de,lta\""_s);
    QCOMPARE(list.ids, QStringList({u"alpha"_s, u"beta"_s, u"gamma"_s, u"de,lta"_s}));

    // Each ends in '\0' where it ends, as QString::utf16() promises.
    for (const QString &id : std::as_const(list.ids)) {
        QCOMPARE(id.utf16()[id.size()], u'\0');
        QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(id.utf16())), id);
    }

    // Changing one leaves its neighbours alone.
    list.ids[0].append(u"-changed"_s);
    list.ids[1].prepend(u"x"_s);
    list.ids[2].resize(2);
    list.ids[3][0] = u'D';
    QCOMPARE(list.ids, QStringList({u"alpha-changed"_s, u"xbeta"_s, u"ga"_s, u"De,lta"_s}));

    // One kept on its own outlives the list, and can then still grow.
    QString survivor = UserIdListParser::parse(u"first\nsecond\nthird"_s).ids.at(1);
    QCOMPARE(survivor, u"second"_s);
    survivor += u"!"_s;
    survivor.prepend(u"<"_s);
    QCOMPARE(survivor, u"<second!"_s);
    survivor.squeeze();
    QCOMPARE(survivor, u"<second!"_s);
    QCOMPARE(survivor.utf16()[survivor.size()], u'\0');
}

void TestUserIdListDedupe::issueValuesOutliveTheList()
{
    QList<UserIdIssue> issues;
    {
        const UserIdList list = UserIdListParser::parse(u"a%2Fb\nplain\nplain\na%2Fb"_s);
        QCOMPARE(list.ids, QStringList({u"a%2Fb"_s, u"plain"_s}));
        issues = list.issues;
    }
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).kind, UserIdIssue::Kind::LooksEncrypted);
    QCOMPARE(issues.at(0).value, u"a%2Fb"_s);
    QCOMPARE(issues.at(1).kind, UserIdIssue::Kind::Duplicate);
    QCOMPARE(issues.at(1).value, u"plain"_s);
    QCOMPARE(issues.at(1).line, 3);
    QCOMPARE(issues.at(2).value, u"a%2Fb"_s);
    QVERIFY(issues.at(2).message().contains(u"a%2Fb"_s));
}

void TestUserIdListDedupe::agreesWithAPlainSetAtScale_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("alphabet"); // how many distinct characters IDs are made of
    QTest::newRow("small, dense repeats") << 2'000 << 2;
    QTest::newRow("numbers with leading zeros") << 200'000 << 10;
    QTest::newRow("mixed") << 300'000 << 40;
}

// Random IDs, lengths 1 to 30 from a small alphabet, so many share prefixes, lengths and table
// slots: the parser's IDs and duplicates must be exactly those of a QSet over the same values.
void TestUserIdListDedupe::agreesWithAPlainSetAtScale()
{
    QFETCH(int, count);
    QFETCH(int, alphabet);
    QRandomGenerator random(count * 31 + alphabet);
    const QString characters = u"0123456789abcdefghijklmnopqrstuvwxyz-_.Ä"_s.first(alphabet);
    QStringList values;
    for (int i = 0; i < count; ++i) {
        if (!values.isEmpty() && random.bounded(5) == 0) {
            values.append(values.at(random.bounded(int(values.size()))));
            continue;
        }
        QString value;
        const int length = 1 + random.bounded(random.bounded(4) == 0 ? 30 : 4);
        for (int k = 0; k < length; ++k)
            value += characters.at(random.bounded(int(characters.size())));
        values.append(value);
    }

    QStringList expectedIds;
    QList<int> expectedLines;
    QList<int> duplicateLines;
    QSet<QString> seen;
    for (int i = 0; i < values.size(); ++i) {
        if (seen.contains(values.at(i))) {
            duplicateLines.append(i + 1);
        } else {
            seen.insert(values.at(i));
            expectedIds.append(values.at(i));
            expectedLines.append(i + 1);
        }
    }

    const UserIdList list = UserIdListParser::parse(values.join(u'\n'));
    QCOMPARE(list.ids.size(), expectedIds.size());
    QCOMPARE(list.ids, expectedIds);
    QCOMPARE(list.lines, expectedLines);
    QCOMPARE(list.duplicates, duplicateLines.size());
    QCOMPARE(list.issues.size(), duplicateLines.size());
    for (int i = 0; i < duplicateLines.size(); ++i) {
        const UserIdIssue &issue = list.issues.at(i);
        QCOMPARE(issue.kind, UserIdIssue::Kind::Duplicate);
        QCOMPARE(issue.line, duplicateLines.at(i));
        QCOMPARE(issue.value, values.at(issue.line - 1));
    }
}

void TestUserIdListDedupe::tableGrowsWhenTheTextUnderstatesTheCount()
{
    // One-character IDs, one per separator: far more IDs than the text's length suggests.
    QString text;
    QStringList expected;
    for (char16_t c = 0x4E00; c < 0x4E00 + 30'000; ++c) { // CJK: no spaces to trim
        text += QChar(c);
        text += u',';
        expected.append(QString(QChar(c)));
    }
    text += expected.join(u';'); // each once more
    const UserIdList list = UserIdListParser::parse(text);
    QCOMPARE(list.ids, expected);
    QCOMPARE(list.duplicates, expected.size());
}

void TestUserIdListDedupe::manyRepeatsOfFewIds()
{
    QString text;
    for (int i = 0; i < 100'000; ++i)
        text += u"id-%1\n"_s.arg(i % 3);
    const UserIdList list = UserIdListParser::parse(text);
    QCOMPARE(list.ids, QStringList({u"id-0"_s, u"id-1"_s, u"id-2"_s}));
    QCOMPARE(list.duplicates, 100'000 - 3);
    QCOMPARE(list.issues.constLast().line, 100'000);
    QCOMPARE(list.issues.constLast().value, u"id-0"_s);
}

QTEST_GUILESS_MAIN(TestUserIdListDedupe)
#include "tst_useridlist_dedupe.moc"
