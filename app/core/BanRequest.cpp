#include "BanRequest.h"

#include "IdCheck.h"
#include "TextMetrics.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

QString BanRequest::typeName(BanType type)
{
    return type == BanType::InRoom ? u"IN_ROOM"_s : u"IN_APP"_s;
}

std::optional<BanType> BanRequest::typeFromName(const QString &name)
{
    const QString text = name.trimmed();
    if (text.compare("IN_APP"_L1, Qt::CaseInsensitive) == 0)
        return BanType::InApp;
    if (text.compare("IN_ROOM"_L1, Qt::CaseInsensitive) == 0)
        return BanType::InRoom;
    return std::nullopt;
}

QString BanRequest::formatExpiry(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    // The API's format carries no zone, and the contract reads it as UTC (U-11), so a local
    // time must be converted first, or a ban would end hours early or late. Milliseconds are
    // dropped, as the format has none.
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

std::optional<QDateTime> BanRequest::parseExpiry(const QString &text)
{
    // Strict: exactly the documented shape. The fields are read by hand rather than with
    // QDateTime::fromString(), which reads them as local time first (and a local time that
    // falls into a daylight-saving gap does not exist).
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$)"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    auto field = [&m](int group) {
        return m.capturedView(group).toInt();
    };
    const QDate date(field(1), field(2), field(3));
    const QTime time(field(4), field(5), field(6));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QJsonObject BanRequest::toJson() const
{
    // Ids are sent trimmed: a stray space from a paste would name a different user.
    QJsonObject json {
        {u"userId"_s, userId.trimmed()},
        {u"value"_s, ban},
        {u"type"_s, typeName(type)},
    };
    if (type == BanType::InRoom)
        json.insert(u"roomId"_s, roomId.trimmed());
    // An unban ends whatever ban exists, and a nickname ban lasts until the nickname changes:
    // neither carries an end date (§5). Without one the ban is permanent (U-11).
    const bool takesExpiry = ban && (!reason || BanReasonInfo::takesExpiry(*reason));
    if (takesExpiry && expires && expires->isValid())
        json.insert(u"expires"_s, formatExpiry(*expires));
    if (reason)
        json.insert(u"reason"_s, BanReasonInfo::code(*reason));
    if (!description.isEmpty())
        json.insert(u"description"_s, description);
    return json;
}

ValidationResult BanRequest::validate(const QDateTime &nowUtc) const
{
    ValidationResult result;
    IdCheck::check(result, u"userId"_s, userId, IdCheck::Kind::User);

    if (type == BanType::InRoom) {
        IdCheck::check(result, u"roomId"_s, roomId, IdCheck::Kind::Room);
    } else if (!roomId.trimmed().isEmpty()) {
        result.addWarning(u"roomId"_s,
                          tr("A ban in all rooms ignores the room ID; it is not sent."));
    }

    if (ban && expires) {
        if (reason && !BanReasonInfo::takesExpiry(*reason)) {
            result.addError(u"expires"_s,
                            tr("A ban for a forbidden nickname has no end date: it lasts until "
                               "the user changes the nickname. Choose “permanent”."));
        } else if (!expires->isValid()) {
            result.addError(u"expires"_s, tr("The end date of the ban is not a valid date."));
        } else if (*expires <= nowUtc) {
            result.addError(u"expires"_s,
                            tr("The end of the ban (%1 UTC) is not in the future.")
                                .arg(formatExpiry(*expires)));
        }
    }

    const int descriptionLength = TextMetrics::codePoints(description);
    if (descriptionLength > MaxDescriptionCodePoints) {
        result.addError(u"description"_s,
                        tr("The note is %n characters long; at most %1 are allowed.", nullptr,
                           descriptionLength)
                            .arg(MaxDescriptionCodePoints));
    }
    return result;
}

BanRequest BanRequest::liftingRequest() const
{
    // Only the scope is repeated (U-11): an unban with a reason or an end date means nothing.
    BanRequest unban;
    unban.userId = userId;
    unban.ban = false;
    unban.type = type;
    unban.roomId = roomId;
    return unban;
}
