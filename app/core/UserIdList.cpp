#include "UserIdList.h"

#include <QSet>

using namespace Qt::StringLiterals;

QString UserIdIssue::message() const
{
    switch (kind) {
    case Kind::Empty:
        return tr("Line %1: empty value, left out.").arg(line);
    case Kind::TooLong:
        return tr("Line %1: longer than %2 characters, left out.")
            .arg(line)
            .arg(UserIdList::MaxLength);
    case Kind::ControlCharacter:
        return tr("Line %1: contains a control character, left out.").arg(line);
    case Kind::LooksEncrypted:
        return tr("Line %1: \"%2\" looks encrypted or URL-encoded; the API expects the plain ID.")
            .arg(line)
            .arg(value.left(40));
    case Kind::Duplicate:
        return tr("Line %1: \"%2\" appears more than once; sent once.")
            .arg(line)
            .arg(value.left(40));
    }
    return {};
}

QString UserIdIssue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return u"empty"_s;
    case Kind::TooLong:
        return u"too-long"_s;
    case Kind::ControlCharacter:
        return u"control-character"_s;
    case Kind::LooksEncrypted:
        return u"looks-encrypted"_s;
    case Kind::Duplicate:
        return u"duplicate"_s;
    }
    return {};
}

UserIdList UserIdList::withoutSuspicious() const
{
    UserIdList out = *this;
    out.ids.clear();
    out.lines.clear();
    QSet<QString> suspiciousIds;
    for (const UserIdIssue &issue : issues) {
        if (issue.kind == UserIdIssue::Kind::LooksEncrypted)
            suspiciousIds.insert(issue.value);
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!suspiciousIds.contains(ids.at(i))) {
            out.ids.append(ids.at(i));
            out.lines.append(lines.at(i));
        }
    }
    return out;
}
