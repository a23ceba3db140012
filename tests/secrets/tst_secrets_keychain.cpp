// The OS keychain for real: a Secret Service on the session bus (gnome-keyring in CI), and the
// two ways it can be missing (no session bus, a bus without a Secret Service).

#include "KeychainSecretStore.h"
#include "SecretTestHelpers.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const char ProbeVariable[] = "BADGEDESK_KEYCHAIN_PROBE";
const QString ProbeSecret = u"probe-secret-6f1d2c"_s;

bool inCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return !ci.isEmpty() && ci != u"0"_s && ci != u"false"_s;
}

// Child-process mode: one write and one read through the real store, the outcome on stdout.
int runProbe()
{
    KeychainSecretStore store;
    const QString key = u"org.badgedesk.BadgeDesk/test/probe"_s;
    std::optional<SecretResult> write =
        awaitSecret([&](SecretCallback done) { store.write(key, ProbeSecret, &store, done); });
    std::optional<SecretResult> read =
        awaitSecret([&](SecretCallback done) { store.read(key, &store, done); });
    std::printf("write=%s\nread=%s\nmessage=%s\n", write ? statusName(write->status) : "timeout",
                read ? statusName(read->status) : "timeout",
                write ? qPrintable(write->message) : "");
    return 0;
}

} // namespace

// In CI initTestCase already failed; elsewhere say why these tests did not run. A macro, because
// QSKIP must return from the test function itself.
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_available)                                                                          \
            QSKIP(qPrintable(u"No keychain: "_s + m_unavailableReason                              \
                             + u" (run under packaging/dev/setup.sh test)"_s));                    \
    } while (false)

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writeReadReplaceDelete();
    void missingItem();
    void itemsAreSeparateAndExact();
    void storedUnderAppIdInTheSecretService();
    void callbackDroppedWithContext();
    void noSessionBusMeansNoKeychain();
    void busWithoutSecretServiceMeansNoKeychain();
    void keyringThatCannotUnlockIsNotAFailure();
    void mapsQtKeychainErrors_data();
    void mapsQtKeychainErrors();

private:
    QString newKey(const QString &what);
    struct ProbeOutput
    {
        QString write, read, message;
        QStringList filesWithSecret;
    };
    ProbeOutput runChildProbe(const QStringList &program, QProcessEnvironment env);

    KeychainSecretStore m_store;
    bool m_available = false;
    QString m_unavailableReason;
    QStringList m_keys;
};

void KeychainTest::initTestCase()
{
    const QString key = newKey(u"availability"_s);
    const auto result =
        awaitSecret([&](SecretCallback done) { m_store.write(key, u"x"_s, this, done); });
    m_available = result && result->ok();
    if (!result)
        m_unavailableReason = u"the keychain did not answer within 20 s"_s;
    else if (!result->ok())
        m_unavailableReason = result->message;
    if (!m_available && inCi())
        QFAIL(qPrintable(u"CI=true but no keychain could be reached: "_s + m_unavailableReason));
}

void KeychainTest::cleanupTestCase()
{
    if (!m_available)
        return;
    for (const QString &key : std::as_const(m_keys))
        awaitSecret([&](SecretCallback done) { m_store.remove(key, this, done); });
}

QString KeychainTest::newKey(const QString &what)
{
    const QString key = u"org.badgedesk.BadgeDesk/test/"_s + what + u'/'
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keys << key;
    return key;
}

void KeychainTest::writeReadReplaceDelete()
{
    REQUIRE_KEYCHAIN();
    const QString key = newKey(u"roundtrip"_s);
    const QString first = u"eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjF9.c2ln-first"_s;
    const QString second = u"eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjJ9.c2ln-second ünïcødé 🔑"_s;

    auto write = awaitSecret([&](SecretCallback d) { m_store.write(key, first, this, d); });
    QVERIFY(write);
    QVERIFY2(write->ok(), qPrintable(write->message));
    auto read = awaitSecret([&](SecretCallback d) { m_store.read(key, this, d); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->value, first);

    write = awaitSecret([&](SecretCallback d) { m_store.write(key, second, this, d); });
    QVERIFY(write && write->ok());
    read = awaitSecret([&](SecretCallback d) { m_store.read(key, this, d); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->value, second);

    const auto removed = awaitSecret([&](SecretCallback d) { m_store.remove(key, this, d); });
    QVERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(removed->message));
    read = awaitSecret([&](SecretCallback d) { m_store.read(key, this, d); });
    QVERIFY(read);
    QCOMPARE(statusName(read->status), "NotFound");
    QVERIFY(read->value.isEmpty());
}

void KeychainTest::missingItem()
{
    REQUIRE_KEYCHAIN();
    const QString key = newKey(u"never-written"_s);
    const auto read = awaitSecret([&](SecretCallback d) { m_store.read(key, this, d); });
    QVERIFY(read);
    QCOMPARE(statusName(read->status), "NotFound");
    QVERIFY(!read->message.isEmpty());
    const auto removed = awaitSecret([&](SecretCallback d) { m_store.remove(key, this, d); });
    QVERIFY(removed);
    // Removing what is not there must not look like a keychain failure.
    QVERIFY2(removed->ok() || removed->status == SecretResult::Status::NotFound,
             statusName(removed->status));
}

void KeychainTest::itemsAreSeparateAndExact()
{
    REQUIRE_KEYCHAIN();
    const QString a = newKey(u"a"_s);
    const QString b = a + u"-suffix"_s;
    m_keys << b;
    QVERIFY(awaitSecret([&](SecretCallback d) { m_store.write(a, u"alpha"_s, this, d); })->ok());
    QVERIFY(awaitSecret([&](SecretCallback d) { m_store.write(b, u"beta"_s, this, d); })->ok());
    QCOMPARE(awaitSecret([&](SecretCallback d) { m_store.read(a, this, d); })->value, u"alpha"_s);
    QCOMPARE(awaitSecret([&](SecretCallback d) { m_store.read(b, this, d); })->value, u"beta"_s);
    QVERIFY(awaitSecret([&](SecretCallback d) { m_store.remove(a, this, d); })->ok());
    QCOMPARE(awaitSecret([&](SecretCallback d) { m_store.read(b, this, d); })->value, u"beta"_s);
}

void KeychainTest::storedUnderAppIdInTheSecretService()
{
    REQUIRE_KEYCHAIN();
    const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (tool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString key = newKey(u"visible"_s);
    const QString secret = u"seen-by-secret-tool-42"_s;
    QVERIFY(awaitSecret([&](SecretCallback d) { m_store.write(key, secret, this, d); })->ok());
    QCOMPARE(m_store.service(), u"org.badgedesk.BadgeDesk"_s);

    // Another Secret Service client finds the item under our service name and the full key.
    QProcess lookup;
    lookup.start(tool, {u"lookup"_s, u"server"_s, m_store.service(), u"user"_s, key});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);
}

void KeychainTest::callbackDroppedWithContext()
{
    REQUIRE_KEYCHAIN();
    const QString key = newKey(u"context"_s);
    bool called = false;
    auto *context = new QObject;
    m_store.write(key, u"v"_s, context, [&called](const SecretResult &) { called = true; });
    delete context;
    // A later call on the same store finishing proves the first one finished too (jobs queue).
    QVERIFY(awaitSecret([&](SecretCallback d) { m_store.read(key, this, d); }));
    QVERIFY(!called);
}

KeychainTest::ProbeOutput KeychainTest::runChildProbe(const QStringList &program,
                                                      QProcessEnvironment env)
{
    QTemporaryDir home;
    env.insert(QString::fromLatin1(ProbeVariable), u"1"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/.local/share"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    env.remove(u"DISPLAY"_s); // no X11 autolaunch of a bus
    env.remove(u"WAYLAND_DISPLAY"_s);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(program.first(), program.mid(1));
    ProbeOutput out;
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
        out.write = u"hung"_s;
        return out;
    }
    const QString text = QString::fromUtf8(child.readAllStandardOutput());
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"write="_s))
            out.write = line.mid(6);
        else if (line.startsWith(u"read="_s))
            out.read = line.mid(5);
        else if (line.startsWith(u"message="_s))
            out.message = line.mid(8);
    }
    // The plaintext fallback of QtKeychain would have written a settings file: nothing in the
    // throw-away HOME may hold the secret.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(ProbeSecret.toUtf8()))
            out.filesWithSecret << file.fileName();
    }
    return out;
}

void KeychainTest::noSessionBusMeansNoKeychain()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/badgedesk-no-bus"_s);
    const ProbeOutput out = runChildProbe({QCoreApplication::applicationFilePath()}, env);
    QCOMPARE(out.write, u"NoKeychain"_s);
    QCOMPARE(out.read, u"NoKeychain"_s);
    QVERIFY2(out.message.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(out.message));
    QVERIFY2(out.message.contains(u"this session only"_s), qPrintable(out.message));
    QVERIFY2(out.filesWithSecret.isEmpty(), qPrintable(out.filesWithSecret.join(u", "_s)));
}

void KeychainTest::busWithoutSecretServiceMeansNoKeychain()
{
    const QString runSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    if (runSession.isEmpty()) {
        if (inCi())
            QFAIL("dbus-run-session is not installed (package dbus)");
        QSKIP("dbus-run-session is not installed (package dbus)");
    }
    // A private session bus with no service directories: nothing can be activated, so there
    // is no org.freedesktop.secrets at all (the standard config would start gnome-keyring).
    QTemporaryDir dir;
    QFile config(dir.filePath(u"bus.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
    config.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    const ProbeOutput out = runChildProbe({runSession, u"--config-file="_s + config.fileName(),
                                           u"--"_s, QCoreApplication::applicationFilePath()},
                                          env);
    QCOMPARE(out.write, u"NoKeychain"_s);
    QCOMPARE(out.read, u"NoKeychain"_s);
    QVERIFY2(out.message.contains(u"org.freedesktop.secrets"_s), qPrintable(out.message));
    QVERIFY2(out.filesWithSecret.isEmpty(), qPrintable(out.filesWithSecret.join(u", "_s)));
}

void KeychainTest::keyringThatCannotUnlockIsNotAFailure()
{
    // The standard session config activates gnome-keyring on demand; headless, without a login
    // keyring and without a prompter, it cannot store anything. The user must hear "no
    // keychain" (or "refused"), not an unexplained failure, and nothing may land in a file.
    const QString runSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    if (runSession.isEmpty() || QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty())
        QSKIP("needs dbus-run-session and gnome-keyring-daemon");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    const ProbeOutput out =
        runChildProbe({runSession, u"--"_s, QCoreApplication::applicationFilePath()}, env);
    QVERIFY2(out.write == u"NoKeychain"_s || out.write == u"Denied"_s,
             qPrintable(out.write + u": "_s + out.message));
    QVERIFY2(out.filesWithSecret.isEmpty(), qPrintable(out.filesWithSecret.join(u", "_s)));
}

void KeychainTest::mapsQtKeychainErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << u"Ok"_s;
    QTest::newRow("missing") << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                             << u"NotFound"_s;
    QTest::newRow("denied") << int(QKeychain::AccessDeniedByUser) << u"no"_s << u"Denied"_s;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                << u"NoKeychain"_s;
    // Debian 12, QtKeychain 0.13.2 + libsecret: the D-Bus errors arrive as OtherError.
    QTest::newRow("debian: no service")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << u"NoKeychain"_s;
    QTest::newRow("debian: no bus")
        << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
        << u"NoKeychain"_s;
    QTest::newRow("autolaunch") << int(QKeychain::OtherError)
                                << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                << u"NoKeychain"_s;
    QTest::newRow("locked") << int(QKeychain::OtherError) << u"Collection is locked"_s
                            << u"Denied"_s;
    QTest::newRow("other") << int(QKeychain::OtherError) << u"disk full"_s << u"Failed"_s;
}

void KeychainTest::mapsQtKeychainErrors()
{
    QFETCH(int, error);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const SecretResult result =
        KeychainSecretStore::mapError(error, text, KeychainSecretStore::Operation::Write);
    QCOMPARE(QString::fromLatin1(statusName(result.status)), expected);
    QCOMPARE(result.message.isEmpty(), result.ok());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ProbeVariable))
        return runProbe();
    KeychainTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets_keychain.moc"
