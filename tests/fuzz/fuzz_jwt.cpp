// Bearer tokens as pasted into the profile dialog: read locally for the project and the age.
#include "FuzzCheck.h"
#include "JwtInfo.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);

void checkToken(const QString &token)
{
    const Decoded<JwtInfo> info = JwtInfo::decode(token);
    if (!info.ok()) {
        FUZZ_CHECK(!info.error.isEmpty());
        return;
    }
    const qint64 age = info.value.ageDays(Now);
    FUZZ_CHECK(age >= -1);
    FUZZ_CHECK(info.value.issuedAt.isValid() == (age >= 0));
    if (info.value.issuedAt.isValid())
        FUZZ_CHECK(info.value.issuedAt.timeSpec() == Qt::UTC);
    // "Older than 90 days" is only ever said of a token whose age is known to be above 90.
    if (info.value.isOlderThan(90, Now))
        FUZZ_CHECK(age >= 90);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        // The token as typed or pasted.
        checkToken(QString::fromUtf8(rest));
        return 0;
    }
    // The bytes as the payload of a well-formed token, so the fuzzer reaches the claims
    // without having to find base64url first.
    const QByteArray payload =
        rest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString token = u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."_s + QString::fromLatin1(payload)
        + u".c2lnbmF0dXJl"_s;
    if (!payload.isEmpty())
        FUZZ_CHECK(JwtInfo::decode(token).ok() == QJsonDocument::fromJson(rest).isObject());
    checkToken(token);
    return 0;
}
