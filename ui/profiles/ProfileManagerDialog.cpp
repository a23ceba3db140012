#include "ProfileManagerDialog.h"

#include "AppPaths.h"
#include "ProfileEditorDialog.h"
#include "ProfileSecrets.h"
#include "ProfileStore.h"
#include "ProfilesPrompter.h"
#include "ScalableIcon.h"
#include "TokenManagerDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *profiles, SecretStore *store,
                                           ProfilesPrompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_store(store)
    , m_prompter(prompter ? prompter : ProfilesPrompter::defaultPrompter())
    , m_list(new QListWidget(this))
{
    setObjectName(u"profileManagerDialog"_s);
    setWindowTitle(tr("Profiles and tokens"));
    auto *layout = new QHBoxLayout(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setIconSize(QSize(16, 16));
    layout->addWidget(m_list, 1);

    auto *side = new QVBoxLayout;
    auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(u'&').remove(u"…"_s));
        side->addWidget(b);
        return b;
    };
    QPushButton *newButton = button(tr("&New…"), u"newProfileButton"_s);
    m_editButton = button(tr("&Edit…"), u"editProfileButton"_s);
    m_tokensButton = button(tr("&Tokens…"), u"tokensButton"_s);
    m_deleteButton = button(tr("&Delete…"), u"deleteProfileButton"_s);
    side->addSpacing(12);
    m_switchButton = button(tr("&Open"), u"switchButton"_s);
    side->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    side->addWidget(close);
    layout->addLayout(side);

    connect(newButton, &QPushButton::clicked, this, &ProfileManagerDialog::newProfile);
    connect(m_editButton, &QPushButton::clicked, this, &ProfileManagerDialog::editSelected);
    connect(m_tokensButton, &QPushButton::clicked, this,
            &ProfileManagerDialog::manageTokensOfSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileManagerDialog::deleteSelected);
    connect(m_switchButton, &QPushButton::clicked, this, [this] {
        if (!selectedProfileId().isEmpty())
            emit switchRequested(selectedProfileId());
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this] { emit switchRequested(selectedProfileId()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const auto p = m_profiles->findById(selectedProfileId());
        m_editButton->setEnabled(p && !p->sandbox);
        m_tokensButton->setEnabled(p && !p->sandbox);
        m_deleteButton->setEnabled(p.has_value());
        m_switchButton->setEnabled(p.has_value());
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfileManagerDialog::refresh);
    refresh();
    resize(520, 320);
}

QString ProfileManagerDialog::selectedProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileManagerDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
}

void ProfileManagerDialog::refresh()
{
    const QString keep = selectedProfileId();
    m_list->clear();
    for (const Profile &p : m_profiles->profiles()) {
        const QIcon swatch = ScalableIcon::paint(QSize(16, 16), [&p](QPainter &painter) {
            painter.setBrush(p.color.isValid() ? p.color : QColor(Qt::gray));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QRectF(2, 2, 12, 12));
        });
        QString text = p.name;
        if (p.production)
            text += u"  ·  "_s + tr("PRODUCTION");
        if (p.id == m_profiles->currentId())
            text += u"  ("_s + tr("open") + u')';
        auto *item = new QListWidgetItem(swatch, text, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.sandbox ? tr("Local sandbox") : p.baseUrl().toDisplayString());
    }
    selectProfile(keep.isEmpty() ? m_profiles->currentId() : keep);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    emit m_list->currentRowChanged(m_list->currentRow());
}

QStringList ProfileManagerDialog::namesExcept(const QString &id) const
{
    QStringList names;
    for (const Profile &p : m_profiles->profiles())
        if (p.id != id)
            names << p.name;
    return names;
}

void ProfileManagerDialog::persist(const Profile &profile)
{
    m_profiles->upsert(profile);
    QString error;
    if (!m_profiles->save(&error))
        m_prompter->inform(this, tr("Profiles not saved"), error);
}

void ProfileManagerDialog::newProfile()
{
    auto *editor = new ProfileEditorDialog(ProfileStore::createProfile(QString()), true, m_store,
                                           m_prompter, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setTakenNames(namesExcept(QString()));
    editor->setRequestLog(m_log);
    connect(editor, &ProfileEditorDialog::profileSaved, this, [this](const Profile &p) {
        persist(p);
        selectProfile(p.id);
    });
    editor->open();
}

void ProfileManagerDialog::editSelected()
{
    const auto profile = m_profiles->findById(selectedProfileId());
    if (!profile || profile->sandbox)
        return;
    auto *editor = new ProfileEditorDialog(*profile, false, m_store, m_prompter, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setTakenNames(namesExcept(profile->id));
    editor->setRequestLog(m_log);
    connect(editor, &ProfileEditorDialog::profileSaved, this, &ProfileManagerDialog::persist);
    editor->open();
}

void ProfileManagerDialog::manageTokensOfSelected()
{
    const auto profile = m_profiles->findById(selectedProfileId());
    if (!profile || profile->sandbox)
        return;
    auto *tokens = new TokenManagerDialog(*profile, m_store, m_prompter, this);
    tokens->setAttribute(Qt::WA_DeleteOnClose);
    tokens->setRequestLog(m_log);
    connect(tokens, &TokenManagerDialog::profileChanged, this, &ProfileManagerDialog::persist);
    tokens->open();
}

void ProfileManagerDialog::deleteSelected()
{
    const auto profile = m_profiles->findById(selectedProfileId());
    if (!profile)
        return;
    const Profile &doomed = *profile; // copied into the callback below
    QPointer<ProfileManagerDialog> guard(this);
    m_prompter->confirm(this, tr("Delete profile"),
                        tr("Delete the profile \"%1\"? Its API key and %n token(s) are removed "
                           "from the keychain, and its local drafts, job journals and logs "
                           "are deleted. Nothing changes on the server.",
                           nullptr, int(doomed.tokens.size()))
                            .arg(doomed.name),
                        tr("Delete"), [guard, doomed](bool accepted) {
                            if (guard && accepted)
                                guard->deleteProfile(doomed);
                        });
}

void ProfileManagerDialog::deleteProfile(const Profile &doomed)
{
    auto finish = [this, doomed] {
        QDir(AppPaths::profileDir(doomed.id)).removeRecursively();
        m_profiles->remove(doomed.id);
        QString error;
        if (!m_profiles->save(&error))
            m_prompter->inform(this, tr("Profiles not saved"), error);
        emit profileDeleted(doomed.id);
    };
    if (doomed.sandbox || !m_store) {
        finish();
        return;
    }
    ProfileSecrets::removeAll(
        doomed, m_store, this, [this, finish](int failures, const QString &firstError) {
            if (failures > 0)
                m_prompter->inform(
                    this, tr("Keychain"),
                    tr("Some keychain items could not be removed: %1").arg(firstError));
            finish();
        });
}
