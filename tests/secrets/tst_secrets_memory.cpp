// The session-only store and the layered store the app uses (keychain + session fallback).

#include "MemorySecretStore.h"
#include "SecretTestHelpers.h"
#include "SessionFallbackSecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class MemoryStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAndMissing();
    void callbacksNeverRunInsideTheCall();
    void callbackDroppedWithContext();
    void fallbackReportsMissingKeychainOnWrite();
    void sessionOnlySecretIsReadAndRemoved();
    void keychainWriteReplacesSessionCopy();
};

void MemoryStoreTest::roundTripAndMissing()
{
    MemorySecretStore store;
    QVERIFY(awaitSecret([&](SecretCallback d) { store.write(u"k"_s, u"v1"_s, this, d); })->ok());
    QCOMPARE(awaitSecret([&](SecretCallback d) { store.read(u"k"_s, this, d); })->value, u"v1"_s);
    QVERIFY(awaitSecret([&](SecretCallback d) { store.write(u"k"_s, u"v2"_s, this, d); })->ok());
    QCOMPARE(awaitSecret([&](SecretCallback d) { store.read(u"k"_s, this, d); })->value, u"v2"_s);
    QVERIFY(awaitSecret([&](SecretCallback d) { store.remove(u"k"_s, this, d); })->ok());
    QCOMPARE(awaitSecret([&](SecretCallback d) { store.read(u"k"_s, this, d); })->status,
             SecretResult::Status::NotFound);
    QCOMPARE(awaitSecret([&](SecretCallback d) { store.remove(u"k"_s, this, d); })->status,
             SecretResult::Status::NotFound);
    QCOMPARE(store.description(), u"this session only"_s);
}

void MemoryStoreTest::callbacksNeverRunInsideTheCall()
{
    MemorySecretStore store;
    bool called = false;
    store.write(u"k"_s, u"v"_s, this, [&called](const SecretResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void MemoryStoreTest::callbackDroppedWithContext()
{
    MemorySecretStore store;
    bool called = false;
    auto *context = new QObject;
    store.read(u"k"_s, context, [&called](const SecretResult &) { called = true; });
    delete context;
    QTest::qWait(20);
    QVERIFY(!called);
}

void MemoryStoreTest::fallbackReportsMissingKeychainOnWrite()
{
    MemorySecretStore keychain, session;
    keychain.simulateFailure(SecretResult::Status::NoKeychain, u"No OS keychain"_s);
    SessionFallbackSecretStore store(&keychain, &session);
    const auto result =
        awaitSecret([&](SecretCallback d) { store.write(u"k"_s, u"secret"_s, this, d); });
    QCOMPARE(result->status, SecretResult::Status::NoKeychain);
    QCOMPARE(result->message, u"No OS keychain"_s);
    // Nothing is kept anywhere until the user chooses the session-only fallback.
    QVERIFY(!session.contains(u"k"_s));
    QVERIFY(!store.isSessionOnly(u"k"_s));
}

void MemoryStoreTest::sessionOnlySecretIsReadAndRemoved()
{
    MemorySecretStore keychain, session;
    keychain.simulateFailure(SecretResult::Status::NoKeychain);
    SessionFallbackSecretStore store(&keychain, &session);
    QVERIFY(awaitSecret([&](SecretCallback d) {
                store.keepForSession(u"k"_s, u"secret"_s, this, d);
            })->ok());
    QVERIFY(store.isSessionOnly(u"k"_s));
    const auto read = awaitSecret([&](SecretCallback d) { store.read(u"k"_s, this, d); });
    QVERIFY(read->ok());
    QCOMPARE(read->value, u"secret"_s);
    // Removing succeeds although the keychain is missing: the secret is gone from where it was.
    QVERIFY(awaitSecret([&](SecretCallback d) { store.remove(u"k"_s, this, d); })->ok());
    QVERIFY(!session.contains(u"k"_s));
    QCOMPARE(awaitSecret([&](SecretCallback d) { store.read(u"k"_s, this, d); })->status,
             SecretResult::Status::NoKeychain);
}

void MemoryStoreTest::keychainWriteReplacesSessionCopy()
{
    MemorySecretStore keychain, session;
    SessionFallbackSecretStore store(&keychain, &session);
    QVERIFY(awaitSecret([&](SecretCallback d) {
                store.keepForSession(u"k"_s, u"old"_s, this, d);
            })->ok());
    QVERIFY(awaitSecret([&](SecretCallback d) { store.write(u"k"_s, u"new"_s, this, d); })->ok());
    QTRY_VERIFY(!session.contains(u"k"_s));
    QCOMPARE(awaitSecret([&](SecretCallback d) { store.read(u"k"_s, this, d); })->value, u"new"_s);
    QCOMPARE(store.description(), keychain.description());
}

QTEST_GUILESS_MAIN(MemoryStoreTest)
#include "tst_secrets_memory.moc"
