#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One remark about one value of a pasted or imported list of user IDs, with the line it came
// from, so the user can find it in their file.
struct UserIdIssue
{
    Q_DECLARE_TR_FUNCTIONS(UserIdIssue)

public:
    enum class Kind {
        Empty, // an empty field between two separators, or "" (left out)
        TooLong, // longer than UserIdList::MaxLength (left out)
        ControlCharacter, // a control character inside the value (left out)
        LooksEncrypted, // Base64 or percent-encoded: the API wants plain IDs (kept, warned)
        Duplicate, // seen before (left out)
    };

    Kind kind = Kind::Empty;
    int line = 0; // 1-based
    QString value;

    bool excludes() const { return kind != Kind::LooksEncrypted; }
    QString message() const; // translated, one sentence
    static QString kindName(Kind kind); // stable: "empty", "too-long", … (CSV, JSON)
};

// The outcome of parsing a list of user IDs: the unique IDs in their first-seen order, and
// everything that was left out or looks wrong.
struct UserIdList
{
    static constexpr int MaxLength = 256;

    // Unique, trimmed, in the order first seen (encrypted-looking ones included). The parser's
    // IDs share one allocation (see UserIdListParser.cpp, KeptIds): they are ordinary QStrings,
    // but one kept alive keeps the text of all of them.
    QStringList ids;
    QList<int> lines; // line of each id in `ids`
    QList<UserIdIssue> issues; // in input order
    qsizetype valuesSeen = 0; // every non-empty value, duplicates and bad ones included
    qsizetype duplicates = 0;
    qsizetype invalid = 0; // too long or with control characters
    qsizetype empty = 0;
    qsizetype suspicious = 0; // look encrypted
    bool headerSkipped = false;
    int lineCount = 0;

    // IDs that look encrypted, removed (the user chose to leave them out).
    UserIdList withoutSuspicious() const;
};
