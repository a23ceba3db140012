#include "ChatMessage.h"

#include "IdCheck.h"
#include "TextMetrics.h"

using namespace Qt::StringLiterals;

QJsonObject ChatMessage::toJson() const
{
    // Ids are trimmed like everywhere else; the text is sent exactly as written.
    return QJsonObject {
        {u"userId"_s, userId.trimmed()},
        {u"roomId"_s, roomId.trimmed()},
        {u"text"_s, text},
    };
}

ValidationResult ChatMessage::validate() const
{
    ValidationResult result;
    IdCheck::check(result, u"userId"_s, userId, IdCheck::Kind::User);
    IdCheck::check(result, u"roomId"_s, roomId, IdCheck::Kind::Room);

    // Blank text would pass the server's "not empty" check and post an empty bubble.
    if (text.trimmed().isEmpty()) {
        result.addError(u"text"_s, tr("Enter the message text."));
    } else {
        const int length = TextMetrics::codePoints(text);
        if (length > MaxTextCodePoints) {
            result.addError(
                u"text"_s,
                tr("The message is %n characters long; at most %1 are allowed.", nullptr, length)
                    .arg(MaxTextCodePoints));
        }
    }
    return result;
}
