// ProfileStore: the saved profiles file, atomic, never a secret.

#include "ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsAnEmptyList();
    void saveAndLoadRoundTrip();
    void findByNameIgnoresCase();
    void upsertReplacesAndRemoveMovesCurrent();
    void configDirFromEnvironment();
    void damagedFileIsKeptAndNotOverwritten();
    void fileNeverHoldsSecrets();
    void sandboxProfileHasFixedId();
    void newProfilesTakeThePreferredRotationAge();
};

void ProfileStoreTest::missingFileIsAnEmptyList()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"nested/profiles.json"_s));
    QString error;
    QVERIFY(store.load(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(store.isEmpty());
    QVERIFY(store.currentId().isEmpty());
}

void ProfileStoreTest::saveAndLoadRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/profiles.json"_s);
    Profile prod = ProfileStore::createProfile(u"  Production EU "_s);
    prod.production = true;
    prod.projectId = u"proj-42"_s;
    prod.tokenRotationDays = 30;
    TokenInfo token;
    token.id = u"t1"_s;
    token.label = u"CI bot"_s;
    token.created = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    token.project = u"proj-42"_s;
    token.issuedAt = QDateTime(QDate(2024, 4, 30), QTime(7, 0), Qt::UTC);
    prod.tokens = {token};
    prod.activeTokenId = u"t1"_s;
    Profile staging = ProfileStore::createProfile(u"Staging"_s);
    staging.region = Region::Custom;
    staging.customBaseUrl = QUrl(u"https://staging.example.com"_s);

    {
        ProfileStore store(path);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.upsert(prod);
        store.upsert(staging);
        store.setCurrentId(staging.id);
        QCOMPARE(changed.count(), 2);
        QString error;
        QVERIFY2(store.save(&error), qPrintable(error));
    }
    ProfileStore reloaded(path);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.profiles().size(), 2);
    QCOMPARE(reloaded.currentId(), staging.id);
    const auto back = reloaded.findById(prod.id);
    QVERIFY(back);
    QCOMPARE(back->name, u"Production EU"_s);
    QCOMPARE(*back, prod);
    QCOMPARE(back->activeToken()->label, u"CI bot"_s);
    QCOMPARE(reloaded.findById(staging.id)->baseUrl(), QUrl(u"https://staging.example.com"_s));
    QVERIFY(prod.color.isValid());
    QCOMPARE(QFile(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void ProfileStoreTest::findByNameIgnoresCase()
{
    ProfileStore store(u"/nonexistent/never-saved.json"_s);
    store.upsert(ProfileStore::createProfile(u"Production EU"_s));
    QVERIFY(store.findByName(u"production eu"_s));
    QVERIFY(store.findByName(u" PRODUCTION EU "_s));
    QVERIFY(!store.findByName(u"production"_s));
}

void ProfileStoreTest::upsertReplacesAndRemoveMovesCurrent()
{
    ProfileStore store(u"/nonexistent/never-saved.json"_s);
    Profile a = ProfileStore::createProfile(u"A"_s);
    const Profile b = ProfileStore::createProfile(u"B"_s);
    store.upsert(a);
    store.upsert(b);
    a.name = u"A renamed"_s;
    store.upsert(a);
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().first().name, u"A renamed"_s);

    QSignalSpy current(&store, &ProfileStore::currentProfileChanged);
    store.setCurrentId(a.id);
    QCOMPARE(current.count(), 1);
    QVERIFY(store.remove(a.id));
    QVERIFY(!store.remove(a.id));
    QCOMPARE(store.currentId(), b.id);
    QCOMPARE(current.count(), 2);
}

void ProfileStoreTest::configDirFromEnvironment()
{
    QTemporaryDir dir;
    qputenv("BADGEDESK_CONFIG_DIR", dir.path().toUtf8());
    QCOMPARE(ProfileStore::defaultFilePath(), dir.filePath(u"profiles.json"_s));
    qunsetenv("BADGEDESK_CONFIG_DIR");
    QVERIFY(ProfileStore::defaultFilePath().endsWith(u"/profiles.json"_s));
    QVERIFY(!ProfileStore::defaultFilePath().startsWith(dir.path()));
}

void ProfileStoreTest::damagedFileIsKeptAndNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();
    ProfileStore store(path);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY(error.contains(u"damaged"_s));
    store.upsert(ProfileStore::createProfile(u"New"_s));
    QVERIFY(!store.save(&error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ this is not json"));
}

void ProfileStoreTest::fileNeverHoldsSecrets()
{
    // The profile knows only where its secrets are; the file has no field a secret could be in.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.json"_s);
    ProfileStore store(path);
    Profile p = ProfileStore::createProfile(u"P"_s);
    TokenInfo token;
    token.id = u"tok-id"_s;
    token.label = u"label"_s;
    p.tokens = {token};
    p.activeTokenId = token.id;
    store.upsert(p);
    QVERIFY(store.save());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll())
                                  .object()[u"profiles"_s]
                                  .toArray()
                                  .first()
                                  .toObject();
    const QStringList allowed = {u"id"_s,
                                 u"name"_s,
                                 u"region"_s,
                                 u"customBaseUrl"_s,
                                 u"color"_s,
                                 u"production"_s,
                                 u"sandbox"_s,
                                 u"tokens"_s,
                                 u"activeTokenId"_s,
                                 u"projectId"_s,
                                 u"tokenRotationDays"_s};
    for (const QString &key : saved.keys())
        QVERIFY2(allowed.contains(key), qPrintable(key));
    const QStringList tokenKeys = saved[u"tokens"_s].toArray().first().toObject().keys();
    for (const QString &key : tokenKeys)
        QVERIFY2(!key.contains(u"secret"_s) && key != u"token"_s && key != u"value"_s,
                 qPrintable(key));
}

void ProfileStoreTest::sandboxProfileHasFixedId()
{
    const Profile sandbox = ProfileStore::sandboxProfile();
    QCOMPARE(sandbox.id, u"sandbox"_s);
    QVERIFY(sandbox.sandbox);
    QVERIFY(sandbox.tokens.isEmpty());
    QVERIFY(ProfileStore::createProfile(u"x"_s).id != ProfileStore::createProfile(u"x"_s).id);
}

void ProfileStoreTest::newProfilesTakeThePreferredRotationAge()
{
    QCOMPARE(ProfileStore::createProfile(u"a"_s).tokenRotationDays,
             Profile::DefaultTokenRotationDays);
    ProfileStore::setNewProfileRotationDays(30); // Preferences → Security
    QCOMPARE(ProfileStore::createProfile(u"b"_s).tokenRotationDays, 30);
    ProfileStore::setNewProfileRotationDays(0); // never warn
    QCOMPARE(ProfileStore::createProfile(u"c"_s).tokenRotationDays, 0);
    ProfileStore::setNewProfileRotationDays(-5);
    QCOMPARE(ProfileStore::createProfile(u"d"_s).tokenRotationDays, 0);
    ProfileStore::setNewProfileRotationDays(Profile::DefaultTokenRotationDays);
}

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "tst_profiles_store.moc"
