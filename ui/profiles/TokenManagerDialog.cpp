#include "TokenManagerDialog.h"

#include "ConnectionSettings.h"
#include "ProfileCredentials.h"
#include "ProfileSecrets.h"
#include "ProfilesPrompter.h"
#include "SecretClipboard.h"
#include "SecretSaver.h"
#include "SecretStore.h"
#include "StatusColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { LabelColumn, ActiveColumn, ProjectColumn, AgeColumn, LastUsedColumn, VerifiedColumn };

QString shortDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : TokenManagerDialog::tr("never");
}

template<typename W> W *named(W *widget, const QString &name, const QString &accessible)
{
    widget->setObjectName(name);
    widget->setAccessibleName(accessible);
    return widget;
}

} // namespace

TokenManagerDialog::TokenManagerDialog(const Profile &profile, SecretStore *store,
                                       ProfilesPrompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_store(store)
    , m_prompter(prompter ? prompter : ProfilesPrompter::defaultPrompter())
    , m_check(new ConnectionCheck(this))
    , m_clipboard(new SecretClipboard(this))
    , m_clipboardClearMs(SecretClipboard::DefaultClearAfterMs)
{
    setObjectName(u"tokenManagerDialog"_s);
    setWindowTitle(tr("Bearer tokens of %1").arg(m_profile.name));
    buildUi();
    refreshList();
    if (m_profile.activeToken())
        selectToken(m_profile.activeTokenId);
    updateSelectionPane();
}

TokenManagerDialog::~TokenManagerDialog() = default;

void TokenManagerDialog::setRequestLog(RequestLog *log)
{
    m_check->setRequestLog(log);
}

void TokenManagerDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *storage = new QLabel(
        tr("Tokens are kept in: <b>%1</b>. Only labels and dates are saved with the profile.")
            .arg(m_store ? m_store->description().toHtmlEscaped() : tr("nowhere")),
        this);
    storage->setObjectName(u"storageLabel"_s);
    storage->setWordWrap(true);
    layout->addWidget(storage);

    m_list = named(new QTreeWidget(this), u"tokenList"_s, tr("Bearer tokens"));
    m_list->setHeaderLabels({tr("Label"), tr("Active"), tr("Project"), tr("Age"), tr("Last used"),
                             tr("Last verified")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(120);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_revealButton->setChecked(false);
        updateSelectionPane();
    });
    layout->addWidget(m_list);

    auto *selected = new QGroupBox(tr("Selected token"), this);
    auto *form = new QFormLayout(selected);
    m_labelEdit = named(new QLineEdit(selected), u"labelEdit"_s, tr("Label"));
    m_renameButton =
        named(new QPushButton(tr("&Rename"), selected), u"renameButton"_s, tr("Rename"));
    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(m_labelEdit, 1);
    labelRow->addWidget(m_renameButton);
    form->addRow(tr("Label:"), labelRow);

    m_secretView = named(new QLineEdit(selected), u"secretView"_s, tr("Token"));
    m_secretView->setReadOnly(true);
    m_secretView->setEchoMode(QLineEdit::Password);
    m_revealButton =
        named(new QPushButton(tr("Re&veal"), selected), u"revealButton"_s, tr("Reveal"));
    m_revealButton->setCheckable(true);
    m_copyButton = named(new QPushButton(tr("&Copy"), selected), u"copyButton"_s, tr("Copy"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretView, 1);
    secretRow->addWidget(m_revealButton);
    secretRow->addWidget(m_copyButton);
    form->addRow(tr("Token:"), secretRow);

    m_detailsLabel = named(new QLabel(selected), u"detailsLabel"_s, tr("Token details"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_detailsLabel);
    m_warningLabel = named(new QLabel(selected), u"warningLabel"_s, tr("Token warnings"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(
        StatusColors::styleSheet(StatusColors::Status::Warning, m_warningLabel)
        + u" font-weight: 600;"_s);
    form->addRow(m_warningLabel);

    m_activateButton = named(new QPushButton(tr("Make &active"), selected), u"activateButton"_s,
                             tr("Make active"));
    m_replaceButton = named(new QPushButton(tr("Re&place with pasted token"), selected),
                            u"replaceButton"_s, tr("Replace with pasted token"));
    m_removeButton =
        named(new QPushButton(tr("Re&move"), selected), u"removeButton"_s, tr("Remove"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_activateButton);
    actions->addWidget(m_replaceButton);
    actions->addStretch();
    actions->addWidget(m_removeButton);
    form->addRow(actions);
    layout->addWidget(selected);

    auto *add = new QGroupBox(tr("Add or rotate a token"), this);
    auto *addForm = new QFormLayout(add);
    m_newLabelEdit = named(new QLineEdit(add), u"newLabelEdit"_s, tr("New token label"));
    m_newLabelEdit->setPlaceholderText(tr("e.g. CI bot, Anna's laptop"));
    addForm->addRow(tr("La&bel:"), m_newLabelEdit);
    m_pasteEdit = named(new QLineEdit(add), u"pasteEdit"_s, tr("Paste token"));
    m_pasteEdit->setEchoMode(QLineEdit::Password);
    m_pasteEdit->setPlaceholderText(tr("Paste the token (\"Bearer …\" is fine)"));
    m_addButton = named(new QPushButton(tr("A&dd"), add), u"addButton"_s, tr("Add token"));
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasteEdit, 1);
    pasteRow->addWidget(m_addButton);
    addForm->addRow(tr("Token:"), pasteRow);
    m_rotationSpin = named(new QSpinBox(add), u"rotationSpin"_s, tr("Rotation age in days"));
    m_rotationSpin->setRange(0, 3650);
    m_rotationSpin->setSpecialValueText(tr("never warn"));
    m_rotationSpin->setSuffix(tr(" days"));
    m_rotationSpin->setValue(m_profile.tokenRotationDays);
    addForm->addRow(tr("Warn when older than:"), m_rotationSpin);
    layout->addWidget(add);

    m_statusLabel = named(new QLabel(this), u"statusLabel"_s, tr("Status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_testButton = named(buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole),
                         u"testButton"_s, tr("Test connection"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_renameButton, &QPushButton::clicked, this, &TokenManagerDialog::renameSelected);
    connect(m_labelEdit, &QLineEdit::returnPressed, this, &TokenManagerDialog::renameSelected);
    connect(m_revealButton, &QPushButton::toggled, this, &TokenManagerDialog::toggleReveal);
    connect(m_copyButton, &QPushButton::clicked, this, &TokenManagerDialog::copySelected);
    connect(m_activateButton, &QPushButton::clicked, this, &TokenManagerDialog::activateSelected);
    connect(m_replaceButton, &QPushButton::clicked, this, &TokenManagerDialog::replaceSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &TokenManagerDialog::removeSelected);
    connect(m_addButton, &QPushButton::clicked, this, &TokenManagerDialog::addToken);
    connect(m_pasteEdit, &QLineEdit::returnPressed, this, &TokenManagerDialog::addToken);
    connect(m_testButton, &QPushButton::clicked, this, &TokenManagerDialog::testConnection);
    connect(m_rotationSpin, &QSpinBox::valueChanged, this, [this](int days) {
        m_profile.tokenRotationDays = days;
        refreshList();
        updateSelectionPane();
        emit profileChanged(m_profile);
    });
    resize(720, 560);
}

QString TokenManagerDialog::selectedTokenId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(LabelColumn, Qt::UserRole).toString() : QString();
}

void TokenManagerDialog::selectToken(const QString &tokenId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(LabelColumn, Qt::UserRole).toString() == tokenId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

TokenInfo *TokenManagerDialog::tokenById(const QString &id)
{
    for (TokenInfo &token : m_profile.tokens)
        if (token.id == id)
            return &token;
    return nullptr;
}

void TokenManagerDialog::refreshList()
{
    const QString keep = selectedTokenId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TokenInfo &token : std::as_const(m_profile.tokens)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(LabelColumn, Qt::UserRole, token.id);
        item->setText(LabelColumn, token.label);
        item->setText(ActiveColumn, token.id == m_profile.activeTokenId ? tr("active") : QString());
        item->setText(ProjectColumn, token.project.isEmpty() ? tr("unknown") : token.project);
        const QDateTime since = token.issuedAt.isValid() ? token.issuedAt : token.created;
        item->setText(AgeColumn,
                      since.isValid() ? tr("%n day(s)", nullptr, int(since.secsTo(now) / 86400))
                                      : tr("unknown"));
        item->setText(LastUsedColumn, shortDate(token.lastUsed));
        item->setText(VerifiedColumn, shortDate(token.lastVerified));
        if (!ProfileSecrets::warningsFor(m_profile, token, now).isEmpty())
            item->setIcon(LabelColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    if (!keep.isEmpty())
        selectToken(keep);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void TokenManagerDialog::updateSelectionPane()
{
    const TokenInfo *token = tokenById(selectedTokenId());
    const bool has = token != nullptr;
    for (QWidget *w :
         {static_cast<QWidget *>(m_labelEdit), static_cast<QWidget *>(m_renameButton),
          static_cast<QWidget *>(m_revealButton), static_cast<QWidget *>(m_copyButton),
          static_cast<QWidget *>(m_replaceButton), static_cast<QWidget *>(m_removeButton)})
        w->setEnabled(has);
    m_activateButton->setEnabled(has && token->id != m_profile.activeTokenId);
    m_testButton->setEnabled(has && !m_profile.sandbox);
    if (!m_revealButton->isChecked()) {
        m_secretView->setEchoMode(QLineEdit::Password);
        m_secretView->setText(has ? u"••••••••••••••••"_s : QString());
    }
    m_labelEdit->setText(has ? token->label : QString());
    if (!has) {
        m_detailsLabel->setText(m_profile.tokens.isEmpty()
                                    ? tr("No token yet. Paste one below: in the Watchers admin "
                                         "panel, Settings → Bearer tokens.")
                                    : QString());
        m_warningLabel->clear();
        return;
    }
    QStringList details;
    details << tr("Added %1").arg(shortDate(token->created));
    if (token->issuedAt.isValid())
        details << tr("issued %1").arg(shortDate(token->issuedAt));
    if (!token->uid.isEmpty())
        details << tr("user %1").arg(token->uid);
    if (!token->project.isEmpty())
        details << tr("project %1").arg(token->project);
    else
        details << tr("not a readable JWT, so project and age are unknown");
    m_detailsLabel->setText(details.join(u" · "_s));
    m_warningLabel->setText(ProfileSecrets::warningsFor(m_profile, *token).join(u'\n'));
}

void TokenManagerDialog::setStatus(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(
        problem ? StatusColors::styleSheet(StatusColors::Status::Problem, m_statusLabel)
                : QString());
    emit statusShown(text);
}

void TokenManagerDialog::commit(const QString &status)
{
    refreshList();
    updateSelectionPane();
    setStatus(status);
    emit profileChanged(m_profile);
}

void TokenManagerDialog::readSelected(std::function<void(const QString &)> then)
{
    const TokenInfo *token = tokenById(selectedTokenId());
    if (!token || !m_store)
        return;
    m_store->read(m_profile.tokenSecretKey(token->id), this,
                  [this, then = std::move(then)](const SecretResult &result) {
                      if (!result.ok()) {
                          setStatus(result.message, true);
                          return;
                      }
                      then(result.value);
                  });
}

void TokenManagerDialog::addToken()
{
    const QString token = ConnectionSettings::normalizedToken(m_pasteEdit->text());
    if (token.isEmpty()) {
        setStatus(tr("Paste a token first."), true);
        m_pasteEdit->setFocus();
        return;
    }
    QString label = m_newLabelEdit->text().trimmed();
    if (label.isEmpty())
        label = tr("Token %1").arg(m_profile.tokens.size() + 1);
    TokenInfo info = ProfileSecrets::describeNewToken(label, token);
    m_addButton->setEnabled(false);
    SecretSaver::save(
        m_store, m_prompter, this, m_profile.tokenSecretKey(info.id), token,
        [this, info](SecretSaver::Where where, const QString &error) {
            m_addButton->setEnabled(true);
            if (where == SecretSaver::Where::NotSaved) {
                setStatus(tr("The token was not saved. %1").arg(error), true);
                return;
            }
            m_pasteEdit->clear();
            m_newLabelEdit->clear();
            m_profile.tokens.append(info);
            if (m_profile.activeTokenId.isEmpty() || !m_profile.activeToken())
                m_profile.activeTokenId = info.id;
            if (m_profile.projectId.isEmpty())
                m_profile.projectId = info.project;
            refreshList();
            selectToken(info.id);
            commit(where == SecretSaver::Where::Keychain
                       ? tr("Token \"%1\" saved in the keychain.").arg(info.label)
                       : tr("Token \"%1\" is kept for this session only.").arg(info.label));
        });
}

void TokenManagerDialog::renameSelected()
{
    TokenInfo *token = tokenById(selectedTokenId());
    const QString label = m_labelEdit->text().trimmed();
    if (!token || label.isEmpty() || label == token->label)
        return;
    token->label = label;
    commit(tr("Renamed to \"%1\".").arg(label));
}

void TokenManagerDialog::replaceSelected()
{
    const TokenInfo *selected = tokenById(selectedTokenId());
    const QString token = ConnectionSettings::normalizedToken(m_pasteEdit->text());
    if (!selected)
        return;
    if (token.isEmpty()) {
        setStatus(tr("Paste the new token into the Token field, then choose Replace."), true);
        m_pasteEdit->setFocus();
        return;
    }
    const QString id = selected->id;
    SecretSaver::save(m_store, m_prompter, this, m_profile.tokenSecretKey(id), token,
                      [this, id, token](SecretSaver::Where where, const QString &error) {
                          TokenInfo *info = tokenById(id);
                          if (where == SecretSaver::Where::NotSaved || !info) {
                              setStatus(tr("The token was not replaced. %1").arg(error), true);
                              return;
                          }
                          m_pasteEdit->clear();
                          ProfileSecrets::updateFromToken(*info, token);
                          info->created = QDateTime::currentDateTimeUtc();
                          info->lastVerified = {};
                          info->lastUsed = {};
                          m_revealButton->setChecked(false);
                          commit(tr("Token \"%1\" replaced.").arg(info->label));
                      });
}

void TokenManagerDialog::removeSelected()
{
    const TokenInfo *token = tokenById(selectedTokenId());
    if (!token || !m_store)
        return;
    const QString id = token->id;
    const QString label = token->label;
    QPointer<TokenManagerDialog> guard(this);
    m_prompter->confirm(this, tr("Remove token"),
                        tr("Remove the token \"%1\" from %2? It is deleted from the keychain; "
                           "it stays valid on the server until revoked in the admin panel.")
                            .arg(label, m_store->description()),
                        tr("Remove"), [guard, id, label](bool accepted) {
                            if (guard && accepted)
                                guard->removeToken(id, label);
                        });
}

void TokenManagerDialog::removeToken(const QString &id, const QString &label)
{
    if (!m_store)
        return;
    m_store->remove(
        m_profile.tokenSecretKey(id), this, [this, id, label](const SecretResult &result) {
            if (!result.ok() && result.status != SecretResult::Status::NotFound) {
                setStatus(tr("The token could not be removed: %1").arg(result.message), true);
                return;
            }
            m_profile.tokens.removeIf([&id](const TokenInfo &t) { return t.id == id; });
            if (m_profile.activeTokenId == id)
                m_profile.activeTokenId =
                    m_profile.tokens.isEmpty() ? QString() : m_profile.tokens.first().id;
            commit(tr("Token \"%1\" removed.").arg(label));
        });
}

void TokenManagerDialog::activateSelected()
{
    const TokenInfo *token = tokenById(selectedTokenId());
    if (!token || token->id == m_profile.activeTokenId)
        return;
    m_profile.activeTokenId = token->id;
    commit(tr("\"%1\" is now the active token.").arg(token->label));
}

void TokenManagerDialog::toggleReveal(bool reveal)
{
    if (!reveal) {
        m_secretView->setEchoMode(QLineEdit::Password);
        m_secretView->setText(tokenById(selectedTokenId()) ? u"••••••••••••••••"_s : QString());
        return;
    }
    const QString id = selectedTokenId();
    readSelected([this, id](const QString &secret) {
        if (!m_revealButton->isChecked() || selectedTokenId() != id)
            return; // hidden again or another token selected meanwhile
        m_secretView->setEchoMode(QLineEdit::Normal);
        m_secretView->setText(secret);
    });
}

void TokenManagerDialog::copySelected()
{
    readSelected([this](const QString &secret) {
        m_clipboard->copy(secret, m_clipboardClearMs);
        setStatus(tr("Token copied. The clipboard is cleared in %n second(s).", nullptr,
                     qMax(1, m_clipboardClearMs / 1000)));
    });
}

void TokenManagerDialog::testConnection()
{
    const TokenInfo *token = tokenById(selectedTokenId());
    if (!token || !m_store)
        return;
    Profile probe = m_profile;
    probe.activeTokenId = token->id; // test the selected token, whichever is active
    const QString id = token->id;
    m_testButton->setEnabled(false);
    setStatus(tr("Testing the connection…"));
    ProfileCredentials::resolve(
        probe, m_store, this,
        [this, id](const std::optional<ConnectionSettings> &settings, const QString &error) {
            if (!settings) {
                m_testButton->setEnabled(true);
                setStatus(error, true);
                return;
            }
            m_check->start(*settings, [this, id](const ConnectionCheck::Result &result) {
                m_testButton->setEnabled(true);
                if (TokenInfo *info = tokenById(id)) {
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    info->lastUsed = now;
                    if (result.ok())
                        info->lastVerified = now;
                    refreshList();
                    updateSelectionPane();
                    emit profileChanged(m_profile);
                }
                setStatus(result.message, !result.ok());
                emit connectionTested(result);
            });
        });
}
