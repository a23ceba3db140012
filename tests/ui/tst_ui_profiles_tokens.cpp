// The token manager, the profile editor and the first-run screen, headless.

#include "AppPaths.h"
#include "MemorySecretStore.h"
#include "ProfileEditorDialog.h"
#include "ProfileManagerDialog.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"
#include "ProfilesTestPrompter.h"
#include "SandboxServer.h"
#include "SessionFallbackSecretStore.h"
#include "TokenManagerDialog.h"
#include "WelcomeWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

QString makeJwt(const QByteArray &payloadJson)
{
    const auto enc = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return enc(R"({"alg":"HS256"})") + u'.' + enc(payloadJson) + u'.' + enc("signature-bytes");
}

const QString Jwt = makeJwt(R"({"uid":"u-1","project":"proj-42","iat":1735689600})");
const QString OtherJwt = makeJwt(R"({"uid":"u-2","project":"proj-7","iat":1735689600})");
const QString ApiKey = u"ui-test-api-key-31337"_s;

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void savePng(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BADGEDESK_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TokenUiTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addByPastingStoresTheBareToken();
    void renameReplaceAndRemove();
    void removeAsksFirst();
    void revealAndCopyWithClipboardClearing();
    void noKeychainOffersSessionOnly();
    void noKeychainDeclinedStoresNothing();
    void warnsOnProjectMismatchAndAge();
    void testConnectionAgainstSandbox();
    void editorCreatesProfileWithSecretsInStore();
    void editorRefusesIncompleteForm();
    void welcomeOffersBothPaths();
    void managerDeletesProfileWithSecretsAndData();

private:
    TokenManagerDialog *newDialog(const Profile &profile);
    void addToken(TokenManagerDialog *dialog, const QString &label, const QString &pasted);

    std::unique_ptr<MemorySecretStore> m_keychain, m_session;
    std::unique_ptr<SessionFallbackSecretStore> m_store;
    ProfilesTestPrompter m_prompter;
    Profile m_profile;
    std::unique_ptr<TokenManagerDialog> m_dialog;
};

void TokenUiTest::init()
{
    m_dialog.reset();
    m_keychain = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<SessionFallbackSecretStore>(m_keychain.get(), m_session.get());
    m_prompter = ProfilesTestPrompter();
    m_profile = ProfileStore::createProfile(u"Production EU"_s);
}

TokenManagerDialog *TokenUiTest::newDialog(const Profile &profile)
{
    m_dialog = std::make_unique<TokenManagerDialog>(profile, m_store.get(), &m_prompter);
    m_dialog->show();
    return m_dialog.get();
}

void TokenUiTest::addToken(TokenManagerDialog *dialog, const QString &label, const QString &pasted)
{
    QSignalSpy changed(dialog, &TokenManagerDialog::profileChanged);
    child<QLineEdit>(dialog, "newLabelEdit")->setText(label);
    child<QLineEdit>(dialog, "pasteEdit")->setText(pasted);
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
}

void TokenUiTest::addByPastingStoresTheBareToken()
{
    auto *dialog = newDialog(m_profile);
    addToken(dialog, u"CI bot"_s, u"  \"Bearer Bearer "_s + Jwt + u"\"\n"_s);
    const Profile p = dialog->profile();
    QCOMPARE(p.tokens.size(), 1);
    QCOMPARE(p.tokens.first().label, u"CI bot"_s);
    QCOMPARE(p.activeTokenId, p.tokens.first().id);
    QCOMPARE(p.projectId, u"proj-42"_s);
    QCOMPARE(p.tokens.first().project, u"proj-42"_s);
    QVERIFY(p.tokens.first().created.isValid());
    QVERIFY(m_keychain->contains(p.tokenSecretKey(p.activeTokenId)));
    QVERIFY(!m_session->contains(p.tokenSecretKey(p.activeTokenId)));
    QCOMPARE(m_keychain->keys().size(), 1);
    // The stored secret is the bare token.
    QString stored;
    m_store->read(p.tokenSecretKey(p.activeTokenId), this,
                  [&stored](const SecretResult &r) { stored = r.value; });
    QTRY_COMPARE(stored, Jwt);
    QVERIFY(child<QLineEdit>(dialog, "pasteEdit")->text().isEmpty());
    auto *list = child<QTreeWidget>(dialog, "tokenList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), u"active"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"proj-42"_s);
    // Nothing shows the token itself until asked.
    QVERIFY(!child<QLineEdit>(dialog, "secretView")->text().contains(Jwt));
    savePng(dialog, u"token-manager"_s);
}

void TokenUiTest::renameReplaceAndRemove()
{
    auto *dialog = newDialog(m_profile);
    addToken(dialog, u"first"_s, u"Bearer "_s + Jwt);
    addToken(dialog, u"second"_s, OtherJwt);
    QCOMPARE(dialog->profile().tokens.size(), 2);
    const QString secondId = dialog->selectedTokenId();
    QCOMPARE(dialog->profile().tokens.last().id, secondId);
    QVERIFY(dialog->profile().activeTokenId != secondId); // the first stays active

    QSignalSpy changed(dialog, &TokenManagerDialog::profileChanged);
    child<QLineEdit>(dialog, "labelEdit")->setText(u"renamed"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "renameButton"), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog->profile().tokens.last().label, u"renamed"_s);

    QTest::mouseClick(child<QPushButton>(dialog, "activateButton"), Qt::LeftButton);
    QCOMPARE(dialog->profile().activeTokenId, secondId);

    const QString rotated = makeJwt(R"({"uid":"u-2","project":"proj-42","iat":1740000000})");
    child<QLineEdit>(dialog, "pasteEdit")->setText(u"Bearer "_s + rotated);
    QTest::mouseClick(child<QPushButton>(dialog, "replaceButton"), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 3);
    QCOMPARE(dialog->profile().tokens.last().project, u"proj-42"_s);
    QCOMPARE(dialog->profile().tokens.last().label, u"renamed"_s);
    QString stored;
    m_store->read(dialog->profile().tokenSecretKey(secondId), this,
                  [&stored](const SecretResult &r) { stored = r.value; });
    QTRY_COMPARE(stored, rotated);

    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 4);
    QCOMPARE(dialog->profile().tokens.size(), 1);
    QVERIFY(!m_keychain->contains(m_profile.tokenSecretKey(secondId)));
    QCOMPARE(m_keychain->keys().size(), 1);
    // The remaining token becomes active.
    QCOMPARE(dialog->profile().activeTokenId, dialog->profile().tokens.first().id);
}

void TokenUiTest::removeAsksFirst()
{
    auto *dialog = newDialog(m_profile);
    addToken(dialog, u"keep me"_s, Jwt);
    m_prompter.confirmAnswer = false;
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    QTest::qWait(20);
    QCOMPARE(dialog->profile().tokens.size(), 1);
    QCOMPARE(m_keychain->keys().size(), 1);
    QVERIFY(m_prompter.asked.last().contains(u"keep me"_s));
}

void TokenUiTest::revealAndCopyWithClipboardClearing()
{
    auto *dialog = newDialog(m_profile);
    addToken(dialog, u"t"_s, Jwt);
    auto *view = child<QLineEdit>(dialog, "secretView");
    QCOMPARE(view->echoMode(), QLineEdit::Password);
    child<QPushButton>(dialog, "revealButton")->setChecked(true);
    QTRY_COMPARE(view->text(), Jwt);
    QCOMPARE(view->echoMode(), QLineEdit::Normal);
    child<QPushButton>(dialog, "revealButton")->setChecked(false);
    QCOMPARE(view->echoMode(), QLineEdit::Password);
    QVERIFY(!view->text().contains(Jwt));

    dialog->setClipboardClearMs(300);
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QTRY_COMPARE(QApplication::clipboard()->text(), Jwt);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 3000);

    // Something the user copied afterwards is left alone.
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QTRY_COMPARE(QApplication::clipboard()->text(), Jwt);
    QApplication::clipboard()->setText(u"user's own text"_s);
    QTest::qWait(500);
    QCOMPARE(QApplication::clipboard()->text(), u"user's own text"_s);
}

void TokenUiTest::noKeychainOffersSessionOnly()
{
    m_keychain->simulateFailure(SecretResult::Status::NoKeychain,
                                u"No OS keychain is available (no Secret Service)."_s);
    auto *dialog = newDialog(m_profile);
    addToken(dialog, u"session"_s, Jwt);
    QCOMPARE(m_prompter.asked.size(), 1);
    QVERIFY(m_prompter.asked.first().contains(u"No OS keychain"_s));
    const Profile p = dialog->profile();
    QVERIFY(m_session->contains(p.tokenSecretKey(p.activeTokenId)));
    QVERIFY(m_store->isSessionOnly(p.tokenSecretKey(p.activeTokenId)));
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(u"session only"_s));
}

void TokenUiTest::noKeychainDeclinedStoresNothing()
{
    m_keychain->simulateFailure(SecretResult::Status::NoKeychain, u"No OS keychain"_s);
    m_prompter.sessionOnlyAnswer = false;
    auto *dialog = newDialog(m_profile);
    QSignalSpy status(dialog, &TokenManagerDialog::statusShown);
    child<QLineEdit>(dialog, "pasteEdit")->setText(Jwt);
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    QTRY_COMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(u"not saved"_s));
    QVERIFY(dialog->profile().tokens.isEmpty());
    QVERIFY(m_session->keys().isEmpty());
    // The pasted text stays so the user can try again.
    QCOMPARE(child<QLineEdit>(dialog, "pasteEdit")->text(), Jwt);
}

void TokenUiTest::warnsOnProjectMismatchAndAge()
{
    m_profile.projectId = u"proj-42"_s;
    auto *dialog = newDialog(m_profile);
    addToken(dialog, u"other project"_s, OtherJwt);
    auto *warning = child<QLabel>(dialog, "warningLabel");
    QVERIFY2(warning->text().contains(u"proj-7"_s), qPrintable(warning->text()));
    // iat is 2025-01-01: with a 1-day rotation age it is too old as well.
    child<QSpinBox>(dialog, "rotationSpin")->setValue(1);
    QVERIFY(warning->text().contains(u"rotation age"_s));
    QCOMPARE(dialog->profile().tokenRotationDays, 1);
    child<QSpinBox>(dialog, "rotationSpin")->setValue(0);
    QVERIFY(!warning->text().contains(u"rotation age"_s));
}

void TokenUiTest::testConnectionAgainstSandbox()
{
    SandboxOptions options;
    SandboxProject project;
    project.apiKey = ApiKey;
    project.bearerTokens = {Jwt};
    options.projects = {project};
    options.demo = true;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.start());
    m_profile.region = Region::Custom;
    m_profile.customBaseUrl = sandbox.baseUrl();
    m_keychain->write(m_profile.apiKeySecretKey(), ApiKey, nullptr, {});
    auto *dialog = newDialog(m_profile);
    addToken(dialog, u"good"_s, Jwt);
    addToken(dialog, u"revoked"_s, OtherJwt);

    QSignalSpy tested(dialog, &TokenManagerDialog::connectionTested);
    dialog->selectToken(dialog->profile().tokens.first().id);
    QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
    auto result = tested.last().first().value<ConnectionCheck::Result>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.badgeCount > 0);
    QVERIFY(dialog->profile().tokens.first().lastVerified.isValid());
    QVERIFY(
        child<QLabel>(dialog, "statusLabel")->text().contains(QString::number(result.badgeCount)));

    dialog->selectToken(dialog->profile().tokens.last().id);
    QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 15000);
    result = tested.last().first().value<ConnectionCheck::Result>();
    QCOMPARE(result.outcome, ConnectionCheck::Outcome::TokenRejected);
    QVERIFY(!dialog->profile().tokens.last().lastVerified.isValid());
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(u"rejected"_s));
    savePng(dialog, u"token-manager-tested"_s);
}

void TokenUiTest::editorCreatesProfileWithSecretsInStore()
{
    ProfileEditorDialog editor(ProfileStore::createProfile(QString()), true, m_store.get(),
                               &m_prompter);
    editor.show();
    QSignalSpy saved(&editor, &ProfileEditorDialog::profileSaved);
    child<QLineEdit>(&editor, "nameEdit")->setText(u"Staging"_s);
    auto *region = child<QComboBox>(&editor, "regionCombo");
    region->setCurrentIndex(region->findData(int(Region::Custom)));
    child<QLineEdit>(&editor, "urlEdit")->setText(u"https://staging.example.com"_s);
    child<QLineEdit>(&editor, "apiKeyEdit")->setText(u" "_s + ApiKey + u" "_s);
    child<QLineEdit>(&editor, "tokenEdit")->setText(u"Bearer Bearer "_s + Jwt);
    child<QCheckBox>(&editor, "productionCheck")->setChecked(true);
    savePng(&editor, u"profile-editor"_s);
    QTest::mouseClick(child<QPushButton>(&editor, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const Profile p = saved.first().first().value<Profile>();
    QCOMPARE(p.name, u"Staging"_s);
    QCOMPARE(p.region, Region::Custom);
    QCOMPARE(p.customBaseUrl, QUrl(u"https://staging.example.com"_s));
    QVERIFY(p.production);
    QCOMPARE(p.projectId, u"proj-42"_s);
    QCOMPARE(p.tokens.size(), 1);
    QCOMPARE(m_keychain->keys().size(), 2);
    QString key, token;
    m_store->read(p.apiKeySecretKey(), this, [&key](const SecretResult &r) { key = r.value; });
    m_store->read(p.tokenSecretKey(p.activeTokenId), this,
                  [&token](const SecretResult &r) { token = r.value; });
    QTRY_COMPARE(key, ApiKey);
    QTRY_COMPARE(token, Jwt);
    QVERIFY(!editor.isVisible());
}

void TokenUiTest::editorRefusesIncompleteForm()
{
    ProfileEditorDialog editor(ProfileStore::createProfile(QString()), true, m_store.get(),
                               &m_prompter);
    editor.setTakenNames({u"Production EU"_s});
    editor.show();
    QSignalSpy saved(&editor, &ProfileEditorDialog::profileSaved);
    auto *status = child<QLabel>(&editor, "statusLabel");
    child<QLineEdit>(&editor, "nameEdit")->setText(u"production eu"_s);
    editor.save();
    QVERIFY(status->text().contains(u"already called"_s));
    child<QLineEdit>(&editor, "nameEdit")->setText(u"New"_s);
    editor.save();
    QVERIFY(status->text().contains(u"API key"_s));
    child<QLineEdit>(&editor, "apiKeyEdit")->setText(ApiKey);
    auto *region = child<QComboBox>(&editor, "regionCombo");
    region->setCurrentIndex(region->findData(int(Region::Custom)));
    child<QLineEdit>(&editor, "urlEdit")->setText(u"https://user:pw@example.com"_s);
    editor.save();
    QVERIFY(status->text().contains(u"user name"_s));
    QTest::qWait(20);
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_keychain->keys().isEmpty());
}

void TokenUiTest::welcomeOffersBothPaths()
{
    WelcomeWidget welcome(m_store.get(), &m_prompter);
    welcome.show();
    savePng(&welcome, u"welcome"_s);
    QSignalSpy sandbox(&welcome, &WelcomeWidget::sandboxRequested);
    QTest::mouseClick(child<QPushButton>(&welcome, "sandboxButton"), Qt::LeftButton);
    QCOMPARE(sandbox.count(), 1);
    QVERIFY(!child<QPushButton>(&welcome, "sandboxButton")->isEnabled());
    welcome.showSandboxError(u"badgedesk-sandbox was not found"_s);
    QVERIFY(child<QLabel>(&welcome, "welcomeStatus")->text().contains(u"not found"_s));
    QVERIFY(child<QPushButton>(&welcome, "connectButton")->isEnabled());

    QSignalSpy created(&welcome, &WelcomeWidget::profileCreated);
    QTest::mouseClick(child<QPushButton>(&welcome, "connectButton"), Qt::LeftButton);
    ProfileEditorDialog *form = welcome.connectForm();
    QVERIFY(form && form->isVisible());
    child<QLineEdit>(form, "nameEdit")->setText(u"My project"_s);
    child<QLineEdit>(form, "apiKeyEdit")->setText(ApiKey);
    child<QLineEdit>(form, "tokenEdit")->setText(Jwt);
    savePng(&welcome, u"welcome-connect"_s);
    form->save();
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(created.first().first().value<Profile>().name, u"My project"_s);
    QCOMPARE(m_keychain->keys().size(), 2);
}

void TokenUiTest::managerDeletesProfileWithSecretsAndData()
{
    QTemporaryDir dir;
    qputenv("BADGEDESK_DATA_DIR", dir.filePath(u"data"_s).toUtf8());
    ProfileStore store(dir.filePath(u"profiles.json"_s));
    Profile doomed = ProfileStore::createProfile(u"Old staging"_s);
    doomed.production = true;
    doomed.tokens = {ProfileSecrets::describeNewToken(u"t"_s, Jwt)};
    doomed.activeTokenId = doomed.tokens.first().id;
    const Profile kept = ProfileStore::createProfile(u"Production EU"_s);
    store.upsert(doomed);
    store.upsert(kept);
    QVERIFY(store.save());
    for (const QString &key : doomed.secretKeys())
        m_keychain->write(key, u"secret"_s, nullptr, {});
    m_keychain->write(kept.apiKeySecretKey(), u"other"_s, nullptr, {});
    QFile draft(AppPaths::draftsDir(doomed.id) + u"/draft.json"_s);
    QVERIFY(draft.open(QIODevice::WriteOnly));
    draft.close();

    ProfileManagerDialog manager(&store, m_store.get(), &m_prompter);
    manager.show();
    auto *list = child<QListWidget>(&manager, "profileList");
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(u"PRODUCTION"_s));
    savePng(&manager, u"profile-manager"_s);
    manager.selectProfile(doomed.id);
    m_prompter.confirmAnswer = false;
    manager.deleteSelected();
    QCOMPARE(store.profiles().size(), 2);

    m_prompter.confirmAnswer = true;
    QSignalSpy deleted(&manager, &ProfileManagerDialog::profileDeleted);
    manager.deleteSelected();
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(m_keychain->keys(), QStringList {kept.apiKeySecretKey()});
    QVERIFY(!QFile::exists(draft.fileName()));
    ProfileStore reread(store.filePath());
    QVERIFY(reread.load());
    QVERIFY(!reread.findById(doomed.id));
    QCOMPARE(list->count(), 1);
    qunsetenv("BADGEDESK_DATA_DIR");
}

QTEST_MAIN(TokenUiTest)
#include "tst_ui_profiles_tokens.moc"
