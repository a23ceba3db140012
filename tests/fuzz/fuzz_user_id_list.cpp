// Pasted and imported lists of user IDs: any bytes, any encoding, any separators.
#include "FuzzCheck.h"
#include "IdCheck.h"
#include "UserIdListParser.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const UserIdList list = UserIdListParser::parseBytes(fuzz::bytes(data, size));

    // Every ID that would be sent: unique, trimmed, not empty, not too long, printable.
    FUZZ_CHECK(QSet<QString>(list.ids.cbegin(), list.ids.cend()).size() == list.ids.size());
    for (const QString &id : list.ids) {
        FUZZ_CHECK(!id.isEmpty());
        FUZZ_CHECK(id == id.trimmed());
        FUZZ_CHECK(id.size() <= UserIdList::MaxLength);
        FUZZ_CHECK(!IdCheck::hasControlCharacter(id));
    }

    // Each ID names the line it came from, in the order of the file.
    FUZZ_CHECK(list.lines.size() == list.ids.size());
    int previous = 1;
    for (const int line : list.lines) {
        FUZZ_CHECK(line >= previous && line <= list.lineCount);
        previous = line;
    }

    // The summary adds up: every value is sent, or left out for a reason the user is shown.
    FUZZ_CHECK(list.valuesSeen == list.ids.size() + list.duplicates + list.invalid);
    FUZZ_CHECK(list.issues.size() == list.empty + list.invalid + list.duplicates + list.suspicious);
    for (const UserIdIssue &issue : list.issues) {
        FUZZ_CHECK(issue.line >= 1 && issue.line <= list.lineCount);
        FUZZ_CHECK(!issue.message().isEmpty());
    }

    // Leaving out the encrypted-looking IDs leaves exactly the others, each with its line. (The
    // counts and issues stay: they are the record of what the file held.)
    const UserIdList plain = list.withoutSuspicious();
    FUZZ_CHECK(plain.ids.size() == list.ids.size() - list.suspicious);
    FUZZ_CHECK(plain.lines.size() == plain.ids.size());
    for (const UserIdIssue &issue : list.issues) {
        if (issue.kind == UserIdIssue::Kind::LooksEncrypted)
            FUZZ_CHECK(!plain.ids.contains(issue.value));
    }
    return 0;
}
