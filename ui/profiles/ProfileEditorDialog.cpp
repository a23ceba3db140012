#include "ProfileEditorDialog.h"

#include "ConnectionSettings.h"
#include "HexColor.h"
#include "ProfileCredentials.h"
#include "ProfileSecrets.h"
#include "ProfilesPrompter.h"
#include "ScalableIcon.h"
#include "SecretSaver.h"
#include "SecretStore.h"
#include "StatusColors.h"
#include "TokenManagerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QIcon swatch(const QColor &color)
{
    return ScalableIcon::paint(QSize(16, 16), [color](QPainter &painter) {
        painter.setBrush(color);
        painter.setPen(color.darker(140));
        painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3);
    });
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(const Profile &profile, bool isNew, SecretStore *store,
                                         ProfilesPrompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_isNew(isNew)
    , m_store(store)
    , m_prompter(prompter ? prompter : ProfilesPrompter::defaultPrompter())
    , m_check(new ConnectionCheck(this))
{
    setObjectName(u"profileEditorDialog"_s);
    setWindowTitle(isNew ? tr("New profile") : tr("Profile %1").arg(profile.name));
    buildUi();
}

void ProfileEditorDialog::setRequestLog(RequestLog *log)
{
    m_log = log;
    m_check->setRequestLog(log);
}

void ProfileEditorDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto named = [](QWidget *w, const QString &name, const QString &accessible) {
        w->setObjectName(name);
        w->setAccessibleName(accessible);
    };

    m_nameEdit = new QLineEdit(m_profile.name, this);
    named(m_nameEdit, u"nameEdit"_s, tr("Profile name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production EU"));
    form->addRow(tr("&Name:"), m_nameEdit);

    m_regionCombo = new QComboBox(this);
    named(m_regionCombo, u"regionCombo"_s, tr("Region"));
    for (Region region : RegionInfo::builtIn())
        m_regionCombo->addItem(RegionInfo::displayName(region), int(region));
    m_regionCombo->addItem(tr("Custom base URL (staging)"), int(Region::Custom));
    m_regionCombo->setCurrentIndex(m_regionCombo->findData(int(m_profile.region)));
    form->addRow(tr("&Region:"), m_regionCombo);

    m_urlEdit = new QLineEdit(m_profile.customBaseUrl.toString(), this);
    named(m_urlEdit, u"urlEdit"_s, tr("Custom base URL"));
    m_urlEdit->setPlaceholderText(u"https://staging.example.com"_s);
    form->addRow(tr("Base &URL:"), m_urlEdit);

    m_apiKeyEdit = new QLineEdit(this);
    named(m_apiKeyEdit, u"apiKeyEdit"_s, tr("API key"));
    m_apiKeyEdit->setEchoMode(QLineEdit::Password);
    m_apiKeyEdit->setPlaceholderText(m_isNew ? tr("x-api-key from the admin panel")
                                             : tr("Stored in the keychain; type to replace"));
    form->addRow(tr("API &key:"), m_apiKeyEdit);

    m_tokenEdit = new QLineEdit(this);
    named(m_tokenEdit, u"tokenEdit"_s, tr("Bearer token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste the bearer token (\"Bearer …\" is fine)"));
    m_tokenLabelEdit = new QLineEdit(this);
    named(m_tokenLabelEdit, u"tokenLabelEdit"_s, tr("Token label"));
    m_tokenLabelEdit->setPlaceholderText(tr("Token label, e.g. Anna's laptop"));
    m_tokensButton = new QPushButton(tr("Manage &tokens…"), this);
    named(m_tokensButton, u"tokensButton"_s, tr("Manage tokens"));
    m_tokensButton->setEnabled(!m_isNew);
    if (m_profile.tokens.isEmpty()) {
        m_tokensButton->hide(); // the first token is typed here; more later in the token manager
        form->addRow(tr("Bearer &token:"), m_tokenEdit);
        form->addRow(tr("Token &label:"), m_tokenLabelEdit);
    } else {
        m_tokenEdit->hide();
        m_tokenLabelEdit->hide();
        form->addRow(tr("Bearer tokens:"), m_tokensButton);
    }

    m_projectEdit = new QLineEdit(m_profile.projectId, this);
    named(m_projectEdit, u"projectEdit"_s, tr("Project id"));
    m_projectEdit->setPlaceholderText(tr("Filled in from the first token"));
    form->addRow(tr("&Project id:"), m_projectEdit);

    m_colorCombo = new QComboBox(this);
    named(m_colorCombo, u"colorCombo"_s, tr("Colour"));
    const QList<QPair<QString, QColor>> colours = {
        {tr("Blue"), QColor(0x1e, 0x88, 0xe5)},   {tr("Green"), QColor(0x43, 0xa0, 0x47)},
        {tr("Purple"), QColor(0x8e, 0x24, 0xaa)}, {tr("Orange"), QColor(0xf5, 0x7c, 0x00)},
        {tr("Teal"), QColor(0x00, 0x89, 0x7b)},   {tr("Brown"), QColor(0x6d, 0x4c, 0x41)},
        {tr("Red"), QColor(0xd3, 0x2f, 0x2f)},    {tr("Grey"), QColor(0x75, 0x75, 0x75)}};
    for (const auto &[name, colour] : colours)
        m_colorCombo->addItem(swatch(colour), name, colour);
    if (m_profile.color.isValid() && m_colorCombo->findData(m_profile.color) < 0)
        m_colorCombo->addItem(swatch(m_profile.color), HexColor::format(m_profile.color),
                              m_profile.color);
    m_colorCombo->setCurrentIndex(qMax(0, m_colorCombo->findData(m_profile.color)));
    form->addRow(tr("&Colour:"), m_colorCombo);

    m_productionCheck = new QCheckBox(tr("Production: show a banner and ask for typed "
                                         "confirmation before destructive and bulk actions"),
                                      this);
    named(m_productionCheck, u"productionCheck"_s, tr("Production"));
    m_productionCheck->setChecked(m_profile.production);
    form->addRow(QString(), m_productionCheck);

    m_statusLabel = new QLabel(this);
    named(m_statusLabel, u"statusLabel"_s, tr("Status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    named(m_saveButton, u"saveButton"_s, tr("Save"));
    // Alt+T is the token's ("Bearer &token", "Manage &tokens").
    m_testButton = buttons->addButton(tr("T&est connection"), QDialogButtonBox::ActionRole);
    named(m_testButton, u"testButton"_s, tr("Test connection"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);
    connect(m_tokensButton, &QPushButton::clicked, this, &ProfileEditorDialog::openTokenManager);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this,
            &ProfileEditorDialog::updateRegionFields);
    updateRegionFields();
    setMinimumWidth(520);
}

void ProfileEditorDialog::updateRegionFields()
{
    const bool custom = Region(m_regionCombo->currentData().toInt()) == Region::Custom;
    m_urlEdit->setEnabled(custom);
}

Profile ProfileEditorDialog::profileFromForm() const
{
    Profile p = m_profile;
    p.name = m_nameEdit->text().trimmed();
    p.region = Region(m_regionCombo->currentData().toInt());
    p.customBaseUrl = p.region == Region::Custom ? QUrl(m_urlEdit->text().trimmed()) : QUrl();
    p.projectId = m_projectEdit->text().trimmed();
    p.color = m_colorCombo->currentData().value<QColor>();
    p.production = m_productionCheck->isChecked();
    return p;
}

QString ProfileEditorDialog::validate() const
{
    const Profile p = profileFromForm();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    for (const QString &taken : m_takenNames)
        if (taken.compare(p.name, Qt::CaseInsensitive) == 0)
            return tr("Another profile is already called \"%1\".").arg(p.name);
    if (p.region == Region::Custom) {
        const QUrl url = p.customBaseUrl;
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            return tr("Enter the custom base URL, e.g. https://staging.example.com.");
        if (!url.userInfo().isEmpty())
            return tr("The base URL must not contain a user name or password.");
    }
    if (m_isNew && m_apiKeyEdit->text().trimmed().isEmpty())
        return tr("Enter the project's API key.");
    if (m_isNew && ConnectionSettings::normalizedToken(m_tokenEdit->text()).isEmpty())
        return tr("Paste a bearer token.");
    return {};
}

void ProfileEditorDialog::setStatus(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(
        problem ? StatusColors::styleSheet(StatusColors::Status::Problem, m_statusLabel)
                : QString());
    emit statusShown(text);
}

void ProfileEditorDialog::save()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    Profile target = profileFromForm();
    QStringList pending;
    const QString apiKey = m_apiKeyEdit->text().trimmed();
    if (!apiKey.isEmpty())
        pending << target.apiKeySecretKey() << apiKey;
    const QString token = ConnectionSettings::normalizedToken(m_tokenEdit->text());
    if (!token.isEmpty()) {
        QString label = m_tokenLabelEdit->text().trimmed();
        const TokenInfo info =
            ProfileSecrets::describeNewToken(label.isEmpty() ? tr("Token 1") : label, token);
        target.tokens.append(info);
        if (!target.activeToken())
            target.activeTokenId = info.id;
        if (target.projectId.isEmpty())
            target.projectId = info.project;
        pending << target.tokenSecretKey(info.id) << token;
    }
    m_saveButton->setEnabled(false);
    saveSecrets(target, pending);
}

// Secrets one after the other (a keychain prompt at a time), then the metadata.
void ProfileEditorDialog::saveSecrets(const Profile &target, QStringList pending)
{
    if (pending.isEmpty()) {
        m_profile = target;
        m_apiKeyEdit->clear();
        m_tokenEdit->clear();
        m_saveButton->setEnabled(true);
        emit profileSaved(m_profile);
        accept();
        return;
    }
    const QString key = pending.takeFirst();
    const QString secret = pending.takeFirst();
    SecretSaver::save(m_store, m_prompter, this, key, secret,
                      [this, target, pending](SecretSaver::Where where, const QString &error) {
                          if (where == SecretSaver::Where::NotSaved) {
                              m_saveButton->setEnabled(true);
                              setStatus(tr("Nothing was saved: %1").arg(error), true);
                              return;
                          }
                          saveSecrets(target, pending);
                      });
}

void ProfileEditorDialog::testConnection()
{
    const Profile p = profileFromForm();
    if (p.region == Region::Custom && !p.customBaseUrl.isValid()) {
        setStatus(tr("Enter the custom base URL first."), true);
        return;
    }
    const QString typedKey = m_apiKeyEdit->text().trimmed();
    const QString typedToken = ConnectionSettings::normalizedToken(m_tokenEdit->text());
    auto run = [this](const ConnectionSettings &settings) {
        setStatus(tr("Testing the connection…"));
        m_testButton->setEnabled(false);
        m_check->start(settings, [this](const ConnectionCheck::Result &result) {
            m_testButton->setEnabled(true);
            setStatus(result.message, !result.ok());
            emit connectionTested(result);
        });
    };
    if (!typedKey.isEmpty() && !typedToken.isEmpty()) {
        ConnectionSettings settings = ProfileCredentials::connectionFor(p);
        settings.apiKey = typedKey;
        settings.bearerToken = typedToken;
        run(settings);
        return;
    }
    if (m_isNew) {
        setStatus(tr("Enter the API key and paste a token to test them."), true);
        return;
    }
    ProfileCredentials::resolve(
        p, m_store, this,
        [this, typedKey, typedToken, run](const std::optional<ConnectionSettings> &stored,
                                          const QString &error) {
            if (!stored) {
                setStatus(error, true);
                return;
            }
            ConnectionSettings settings = *stored;
            if (!typedKey.isEmpty())
                settings.apiKey = typedKey;
            if (!typedToken.isEmpty())
                settings.bearerToken = typedToken;
            run(settings);
        });
}

void ProfileEditorDialog::openTokenManager()
{
    if (!m_tokens) {
        m_tokens = new TokenManagerDialog(m_profile, m_store, m_prompter, this);
        m_tokens->setRequestLog(m_log);
        connect(m_tokens, &TokenManagerDialog::profileChanged, this,
                [this](const Profile &updated) {
                    // Token changes are saved at once; the rest of the form waits for Save.
                    m_profile.tokens = updated.tokens;
                    m_profile.activeTokenId = updated.activeTokenId;
                    m_profile.tokenRotationDays = updated.tokenRotationDays;
                    if (m_profile.projectId.isEmpty())
                        m_projectEdit->setText(updated.projectId);
                    m_profile.projectId = updated.projectId;
                    emit profileSaved(m_profile);
                });
    }
    m_tokens->show();
    m_tokens->raise();
}
