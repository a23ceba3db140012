#include "WelcomeWidget.h"

#include "ProfileEditorDialog.h"
#include "ProfileStore.h"
#include "ProfilesPrompter.h"
#include "StatusColors.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPushButton *bigChoice(const QString &title, const QString &detail, QWidget *parent)
{
    auto *button = new QPushButton(title + u'\n' + detail, parent);
    button->setMinimumHeight(72);
    button->setStyleSheet(u"QPushButton { text-align: left; padding: 10px 16px; }"_s);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    button->setFont(font);
    return button;
}

} // namespace

WelcomeWidget::WelcomeWidget(SecretStore *store, ProfilesPrompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompter(prompter ? prompter : ProfilesPrompter::defaultPrompter())
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"welcomeWidget"_s);
    setWindowTitle(tr("Welcome to Badge Desk"));
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);

    auto *choices = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(choices);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);
    auto *title = new QLabel(tr("<h2>Welcome to Badge Desk</h2>"), choices);
    title->setObjectName(u"welcomeTitle"_s);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Design badges, hand them out, and moderate your Watchers chat. "
                                "Everything stays on this computer; tokens live only in the OS "
                                "keychain."),
                             choices);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_sandboxButton = bigChoice(tr("Try the local sandbox"),
                                tr("A private stand-in server with demo badges on this computer. "
                                   "No account or credentials needed."),
                                choices);
    m_sandboxButton->setObjectName(u"sandboxButton"_s);
    m_sandboxButton->setAccessibleName(tr("Try the local sandbox"));
    layout->addWidget(m_sandboxButton);
    m_connectButton = bigChoice(tr("Connect to a Watchers project"),
                                tr("Region, API key and a bearer token from the admin panel "
                                   "(Settings → Bearer tokens)."),
                                choices);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setAccessibleName(tr("Connect to a Watchers project"));
    layout->addWidget(m_connectButton);
    m_statusLabel = new QLabel(choices);
    m_statusLabel->setObjectName(u"welcomeStatus"_s);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    m_pages->addWidget(choices);

    m_formPage = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(m_formPage);
    auto *back = new QPushButton(tr("← Back"), m_formPage);
    back->setObjectName(u"backButton"_s);
    back->setAccessibleName(tr("Back"));
    back->setFlat(true);
    formLayout->addWidget(back, 0, Qt::AlignLeft);
    auto *formTitle = new QLabel(tr("<h3>Connect to a Watchers project</h3>"
                                    "<p>Find the API key and create a bearer token in the Watchers "
                                    "admin panel (Settings → Bearer tokens). Test, then save: the "
                                    "key and token go to the OS keychain.</p>"),
                                 m_formPage);
    formTitle->setObjectName(u"connectTitle"_s);
    formTitle->setWordWrap(true);
    formLayout->addWidget(formTitle);
    m_pages->addWidget(m_formPage);

    connect(m_sandboxButton, &QPushButton::clicked, this, [this] {
        setSandboxStarting(true);
        emit sandboxRequested();
    });
    connect(m_connectButton, &QPushButton::clicked, this, &WelcomeWidget::showConnectForm);
    connect(back, &QPushButton::clicked, this, &WelcomeWidget::showChoices);
    resize(640, 520);
}

void WelcomeWidget::showChoices()
{
    m_pages->setCurrentIndex(0);
}

void WelcomeWidget::showConnectForm()
{
    if (!m_editor) {
        m_editor = new ProfileEditorDialog(ProfileStore::createProfile(QString()), true, m_store,
                                           m_prompter, m_formPage);
        m_editor->setWindowFlags(Qt::Widget); // embedded, not a window of its own
        m_editor->setTakenNames(m_takenNames);
        m_editor->setRequestLog(m_log);
        m_formPage->layout()->addWidget(m_editor);
        connect(m_editor, &ProfileEditorDialog::profileSaved, this, &WelcomeWidget::profileCreated);
        connect(m_editor, &QDialog::rejected, this, [this] {
            m_editor->show(); // Cancel in an embedded form means "back"
            showChoices();
        });
    }
    m_editor->show();
    m_pages->setCurrentIndex(1);
}

void WelcomeWidget::setSandboxStarting(bool starting)
{
    m_sandboxButton->setEnabled(!starting);
    m_connectButton->setEnabled(!starting);
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(starting ? tr("Starting the local sandbox…") : QString());
}

void WelcomeWidget::showSandboxError(const QString &message)
{
    setSandboxStarting(false);
    m_statusLabel->setStyleSheet(
        StatusColors::styleSheet(StatusColors::Status::Problem, m_statusLabel));
    m_statusLabel->setText(tr("The local sandbox did not start: %1").arg(message));
}
