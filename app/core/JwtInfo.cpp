#include "JwtInfo.h"

#include "JsonParse.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

// uid and project may be numbers or strings depending on who minted the token.
QString claimText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // Not a cast: a double beyond qint64 (1e300 is valid JSON) would be undefined behaviour.
        if (const auto whole = JsonParse::integer(value))
            return QString::number(*whole);
        return QString::number(value.toDouble());
    }
    return {};
}

// The last second of 9999, where QDateTime's ISO forms end; a token "issued" later than that
// has no age worth showing. Checked before converting, as the cast is undefined beyond qint64.
constexpr double MaxIssuedAtSeconds = 253402300799.0;

} // namespace

Decoded<JwtInfo> JwtInfo::decode(const QString &token)
{
    const QStringList parts = token.trimmed().split(u'.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return Decoded<JwtInfo>::failure(
            tr("This does not look like a Watchers token: a token has three parts separated by "
               "dots."));
    const auto payloadBytes = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!payloadBytes)
        return Decoded<JwtInfo>::failure(
            tr("The token's middle part is not valid base64url; it may be cut short."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payloadBytes, &parseError);
    if (!document.isObject())
        return Decoded<JwtInfo>::failure(tr("The token's payload is not a JSON object."));

    JwtInfo info;
    info.payload = document.object();
    info.uid = claimText(info.payload.value(u"uid"_s));
    info.project = claimText(info.payload.value(u"project"_s));
    const QJsonValue iat = info.payload.value(u"iat"_s);
    if (iat.isDouble() && iat.toDouble() > 0 && iat.toDouble() <= MaxIssuedAtSeconds)
        info.issuedAt = QDateTime::fromSecsSinceEpoch(qint64(iat.toDouble())).toUTC();
    return Decoded<JwtInfo>::success(info);
}

qint64 JwtInfo::ageDays(const QDateTime &now) const
{
    if (!issuedAt.isValid())
        return -1;
    return qMax<qint64>(0, issuedAt.secsTo(now) / 86400);
}

bool JwtInfo::isOlderThan(int days, const QDateTime &now) const
{
    return days > 0 && issuedAt.isValid() && issuedAt.secsTo(now) > qint64(days) * 86400;
}
