#include "ModeratorGrant.h"

#include "IdCheck.h"

using namespace Qt::StringLiterals;

QJsonObject ModeratorGrant::toJson() const
{
    // Sent trimmed, like every id: a stray space from a paste would name someone else.
    return QJsonObject {
        {u"decryptedUserId"_s, decryptedUserId.trimmed()},
        {u"roomId"_s, roomId.trimmed()},
    };
}

ValidationResult ModeratorGrant::validate() const
{
    ValidationResult result;
    IdCheck::check(result, u"decryptedUserId"_s, decryptedUserId, IdCheck::Kind::User);
    IdCheck::check(result, u"roomId"_s, roomId, IdCheck::Kind::Room);
    return result;
}
