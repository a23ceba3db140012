#include "IdCheck.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

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

bool IdCheck::hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool IdCheck::looksEncrypted(const QString &userId)
{
    // The signs §9 lists: Base64 padding or alphabet (+, /), or percent-encoding.
    static const QRegularExpression percentEncoded(u"%[0-9A-Fa-f]{2}"_s);
    return userId.endsWith(u'=') || userId.contains(u'+') || userId.contains(u'/')
        || percentEncoded.match(userId).hasMatch();
}
