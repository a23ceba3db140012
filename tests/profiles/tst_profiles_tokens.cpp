// Pasted tokens: "Bearer" normalisation, local JWT decoding, metadata and warnings.

#include "ConnectionSettings.h"
#include "JwtInfo.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString makeJwt(const QByteArray &payloadJson)
{
    const auto enc = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return enc(R"({"alg":"HS256","typ":"JWT"})") + u'.' + enc(payloadJson) + u'.'
        + enc("not-a-real-signature");
}

const QDateTime Now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TokensTest : public QObject
{
    Q_OBJECT

private slots:
    void normalisesPastedTokens_data();
    void normalisesPastedTokens();
    void decodesWatchersPayload();
    void decodesNumericClaims();
    void hugeNumericClaimsAreNotTrusted();
    void rejectsWhatIsNotAJwt_data();
    void rejectsWhatIsNotAJwt();
    void ageAndRotation();
    void newTokenMetadataComesFromTheJwt();
    void warnsOnProjectMismatchAndAge();
};

void TokensTest::normalisesPastedTokens_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("stored");
    QTest::newRow("bare") << u"xyz"_s << u"xyz"_s;
    QTest::newRow("bearer") << u"Bearer xyz"_s << u"xyz"_s;
    QTest::newRow("docs typo") << u"Bearer Bearer xyz"_s << u"xyz"_s;
    QTest::newRow("lower case") << u"bearer xyz"_s << u"xyz"_s;
    QTest::newRow("whitespace") << u"  \tBearer   xyz \n"_s << u"xyz"_s;
    QTest::newRow("double quotes") << u"\"Bearer xyz\""_s << u"xyz"_s;
    QTest::newRow("single quotes inside") << u"Bearer 'xyz'"_s << u"xyz"_s;
    QTest::newRow("quoted twice") << u"' \"Bearer Bearer xyz\" '"_s << u"xyz"_s;
    QTest::newRow("word only") << u"Bearer"_s << u"Bearer"_s;
    QTest::newRow("bearer-like token") << u"Bearerxyz"_s << u"Bearerxyz"_s;
}

void TokensTest::normalisesPastedTokens()
{
    QFETCH(QString, pasted);
    QFETCH(QString, stored);
    QCOMPARE(ConnectionSettings::normalizedToken(pasted), stored);
}

void TokensTest::decodesWatchersPayload()
{
    const QString token = makeJwt(R"({"uid":"u-17","project":"proj-42","iat":1700000000})");
    const auto info = JwtInfo::decode(token);
    QVERIFY2(info.ok(), qPrintable(info.error));
    QCOMPARE(info.value.uid, u"u-17"_s);
    QCOMPARE(info.value.project, u"proj-42"_s);
    QCOMPARE(info.value.issuedAt, QDateTime::fromSecsSinceEpoch(1700000000).toUTC());
    QCOMPARE(info.value.issuedAt.timeSpec(), Qt::UTC);
    // Pasted with the scheme, after normalisation.
    QVERIFY(JwtInfo::decode(ConnectionSettings::normalizedToken(u"Bearer Bearer "_s + token)).ok());
}

void TokensTest::decodesNumericClaims()
{
    const auto info = JwtInfo::decode(makeJwt(R"({"uid":12345,"project":987,"iat":1.7e9})"));
    QVERIFY(info.ok());
    QCOMPARE(info.value.uid, u"12345"_s);
    QCOMPARE(info.value.project, u"987"_s);
    QVERIFY(info.value.issuedAt.isValid());
    const auto noIat = JwtInfo::decode(makeJwt(R"({"project":"p"})"));
    QVERIFY(noIat.ok());
    QVERIFY(!noIat.value.issuedAt.isValid());
    QCOMPARE(noIat.value.ageDays(Now), -1);
    QVERIFY(!noIat.value.isOlderThan(1, Now));
}

void TokensTest::hugeNumericClaimsAreNotTrusted()
{
    // Found by fuzz_jwt: numbers beyond qint64 were cast (undefined behaviour; the asan preset
    // stops on it). Such a uid stays readable, and an iat past the year 9999 means no age.
    const auto info = JwtInfo::decode(makeJwt(R"({"uid":1e300,"project":-2.5e19,"iat":9.3e26})"));
    QVERIFY(info.ok());
    QCOMPARE(info.value.uid, u"1e+300"_s);
    QCOMPARE(info.value.project, u"-2.5e+19"_s);
    QVERIFY(!info.value.issuedAt.isValid());
    QCOMPARE(info.value.ageDays(Now), -1);
    QVERIFY(!info.value.isOlderThan(1, Now));

    // A token claiming to come from the year 33000 has no age either, rather than "0 days".
    const auto farFuture = JwtInfo::decode(makeJwt(R"({"iat":1e12})"));
    QVERIFY(farFuture.ok());
    QCOMPARE(farFuture.value.ageDays(Now), -1);
}

void TokensTest::rejectsWhatIsNotAJwt_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("opaque") << u"tok-SECRET-9f8e7d6c5b4a39281706"_s;
    QTest::newRow("two parts") << u"abc.def"_s;
    QTest::newRow("empty payload") << u"abc..def"_s;
    QTest::newRow("bad base64") << u"abc.!!!*.def"_s;
    QTest::newRow("not json") << u"abc."_s + QString::fromLatin1(QByteArray("hello").toBase64())
            + u".x"_s;
    QTest::newRow("json array") << makeJwt("[1,2]");
}

void TokensTest::rejectsWhatIsNotAJwt()
{
    QFETCH(QString, token);
    const auto info = JwtInfo::decode(token);
    QVERIFY(!info.ok());
    QVERIFY(!info.error.isEmpty());
    QVERIFY2(!info.error.contains(token), "the message must not echo the token");
}

void TokensTest::ageAndRotation()
{
    JwtInfo info;
    info.issuedAt = Now.addDays(-100);
    QCOMPARE(info.ageDays(Now), 100);
    QVERIFY(info.isOlderThan(90, Now));
    QVERIFY(!info.isOlderThan(100, Now));
    QVERIFY(!info.isOlderThan(0, Now)); // 0 = never warn
}

void TokensTest::newTokenMetadataComesFromTheJwt()
{
    const QString token = makeJwt(R"({"uid":"u-1","project":"proj-42","iat":1700000000})");
    const TokenInfo info = ProfileSecrets::describeNewToken(u" CI bot "_s, token, Now);
    QCOMPARE(info.label, u"CI bot"_s);
    QCOMPARE(info.created, Now);
    QCOMPARE(info.project, u"proj-42"_s);
    QCOMPARE(info.uid, u"u-1"_s);
    QVERIFY(info.issuedAt.isValid());
    QVERIFY(!info.id.isEmpty());
    QVERIFY(!info.lastUsed.isValid());
    const TokenInfo opaque = ProfileSecrets::describeNewToken(u"x"_s, u"opaque"_s, Now);
    QVERIFY(opaque.project.isEmpty());
    QVERIFY(!opaque.issuedAt.isValid());
}

void TokensTest::warnsOnProjectMismatchAndAge()
{
    Profile profile = ProfileStore::createProfile(u"Prod"_s);
    profile.projectId = u"proj-42"_s;
    profile.tokenRotationDays = 90;
    TokenInfo fresh;
    fresh.project = u"proj-42"_s;
    fresh.issuedAt = Now.addDays(-10);
    QVERIFY(ProfileSecrets::warningsFor(profile, fresh, Now).isEmpty());

    TokenInfo other = fresh;
    other.project = u"proj-7"_s;
    const QStringList mismatch = ProfileSecrets::warningsFor(profile, other, Now);
    QCOMPARE(mismatch.size(), 1);
    QVERIFY(mismatch.first().contains(u"proj-7"_s));
    QVERIFY(mismatch.first().contains(u"proj-42"_s));

    TokenInfo old = fresh;
    old.issuedAt = Now.addDays(-120);
    const QStringList age = ProfileSecrets::warningsFor(profile, old, Now);
    QCOMPARE(age.size(), 1);
    QVERIFY2(age.first().contains(u"120"_s), qPrintable(age.first()));
    profile.tokenRotationDays = 0;
    QVERIFY(ProfileSecrets::warningsFor(profile, old, Now).isEmpty());
    // Without a JWT date the age counts from when the token was added.
    profile.tokenRotationDays = 30;
    TokenInfo opaque;
    opaque.created = Now.addDays(-31);
    QCOMPARE(ProfileSecrets::warningsFor(profile, opaque, Now).size(), 1);
}

QTEST_GUILESS_MAIN(TokensTest)
#include "tst_profiles_tokens.moc"
