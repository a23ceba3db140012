#include "IdCheck.h"

#include <algorithm>

void IdCheck::check(ValidationResult &result, const QString &field, const QString &value, Kind kind)
{
    const QString id = value.trimmed();
    if (id.isEmpty()) {
        result.addError(field,
                        kind == Kind::User ? tr("Enter the user ID.") : tr("Enter the room ID."));
        return;
    }
    if (hasControlCharacter(id)) {
        result.addError(field,
                        kind == Kind::User
                            ? tr("The user ID contains a control character, such as a "
                                 "line break or a tab. Check what was pasted.")
                            : tr("The room ID contains a control character, such as a "
                                 "line break or a tab. Check what was pasted."));
    }
    if (kind == Kind::User && looksEncrypted(id)) {
        result.addWarning(field,
                          tr("This looks like an encrypted or URL-encoded user ID. The API "
                             "expects the plain, unencrypted ID."));
    }
}

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

bool IdCheck::hasControlCharacter(QStringView text)
{
    // Unicode's stability policy fixes the control category (Cc) to exactly these two ranges, so
    // comparing is the same test as QChar::category() == Other_Control without the table lookup
    // (the ID list parser runs this on every one of up to a million values).
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
    });
}

bool IdCheck::looksEncrypted(QStringView userId)
{
    // The signs §9 lists: Base64 padding or alphabet (+, /), or percent-encoding ("%" and two
    // hex digits). One pass, because the ID list parser asks this of every value it keeps.
    if (userId.endsWith(u'='))
        return true;
    const qsizetype n = userId.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = userId.at(i);
        if (c == u'+' || c == u'/')
            return true;
        if (c == u'%' && i + 2 < n && isHexDigit(userId.at(i + 1)) && isHexDigit(userId.at(i + 2)))
            return true;
    }
    return false;
}
