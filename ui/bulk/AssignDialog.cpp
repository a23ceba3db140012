#include "AssignDialog.h"

#include "BadgeChipPainter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AssignDialog::AssignDialog(WatchersClient *client, const Profile &profile,
                           const QList<Badge> &badges, QWidget *parent)
    : BulkDialogBase(client, profile, parent)
    , m_badges(badges)
    , m_badgePicker(new QComboBox(this))
    , m_chip(new QLabel(this))
    , m_holders(new QLabel(this))
    , m_welcome(new QLabel(this))
{
    setWindowTitle(tr("Assign badge to users — %1").arg(profile.name));
    m_badgePicker->setObjectName(u"badgePicker"_s);
    m_badgePicker->setAccessibleName(tr("Badge"));
    m_chip->setObjectName(u"badgeChip"_s);
    m_holders->setObjectName(u"badgeHolders"_s);
    m_welcome->setObjectName(u"welcomeWarning"_s);
    m_welcome->setWordWrap(true);
    for (const Badge &badge : m_badges)
        m_badgePicker->addItem(u"%1  (#%2)"_s.arg(badge.text).arg(badge.id.value_or(0)));
    m_badgePicker->setVisible(m_badges.size() > 1);

    auto *row = new QHBoxLayout;
    row->addWidget(m_chip);
    row->addWidget(m_badgePicker);
    row->addWidget(m_holders, 1);
    parametersLayout()->addLayout(row);
    parametersLayout()->addWidget(m_welcome);
    connect(m_badgePicker, &QComboBox::currentIndexChanged, this, &AssignDialog::showBadge);
    showBadge();
}

Badge AssignDialog::currentBadge() const
{
    const int i = m_badgePicker->currentIndex();
    return i >= 0 && i < m_badges.size() ? m_badges.at(i) : Badge {};
}

void AssignDialog::showBadge()
{
    const Badge badge = currentBadge();
    const QSize size = BadgeChipPainter::sizeHint(badge, font()) + QSize(24, 4);
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        BadgeChipPainter::paint(&painter, QRect(QPoint(0, 0), size), badge, font());
    }
    m_chip->setPixmap(pixmap);
    m_chip->setAccessibleName(tr("Badge %1").arg(badge.text));
    m_holders->setText(badge.userCount
                           ? tr("%n user(s) hold this badge now.", nullptr, int(*badge.userCount))
                           : tr("Holder count unknown."));
    if (m_mode == Mode::Unassign)
        m_welcome->setText(tr("⚠ These users lose the badge. They are not told."));
    else
        m_welcome->setText(
            tr("⚠ Every new holder sees the welcome message “%1” when they next enter the chat. "
               "Users who already hold the badge are not affected.")
                .arg(badge.communicationTitle.toHtmlEscaped()));
}

void AssignDialog::setMode(Mode mode)
{
    m_mode = mode;
    setWindowTitle(mode == Mode::Unassign ? tr("Remove badge from users — %1").arg(profile().name)
                                          : tr("Assign badge to users — %1").arg(profile().name));
    showBadge();
}

std::optional<JobAction> AssignDialog::action(QString *problem) const
{
    const Badge badge = currentBadge();
    if (!badge.id) {
        *problem = tr("Choose a saved badge first.");
        return std::nullopt;
    }
    JobAction action = JobAction::assign(*badge.id, badge.text);
    if (m_mode == Mode::Unassign) {
        if (!profile().unassignSupported()) {
            *problem = tr("The Watchers API has no documented way to remove a badge from users; "
                          "do it in the Watchers admin panel.");
            return std::nullopt;
        }
        action.kind = JobAction::Kind::Unassign;
    }
    return action;
}
