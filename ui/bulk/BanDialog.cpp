#include "BanDialog.h"

#include "IdListEditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 CustomExpiry = -2;
constexpr qint64 Permanent = -1;
} // namespace

BanDialog::BanDialog(WatchersClient *client, const Profile &profile, Mode mode, QWidget *parent)
    : BulkDialogBase(client, profile, parent)
    , m_ban(new QRadioButton(tr("&Ban"), this))
    , m_unban(new QRadioButton(tr("&Unban"), this))
    , m_type(new QComboBox(this))
    , m_room(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_expiry(new QComboBox(this))
    , m_until(new QDateTimeEdit(this))
    , m_zoneNote(new QLabel(this))
    , m_description(new QLineEdit(this))
{
    setWindowTitle(tr("Ban or unban users — %1").arg(profile.name));
    const std::pair<QWidget *, QString> named[] = {{m_ban, u"modeBan"_s},
                                                   {m_unban, u"modeUnban"_s},
                                                   {m_type, u"banType"_s},
                                                   {m_room, u"banRoom"_s},
                                                   {m_reason, u"banReason"_s},
                                                   {m_expiry, u"banExpiry"_s},
                                                   {m_until, u"banUntil"_s},
                                                   {m_zoneNote, u"zoneNote"_s},
                                                   {m_description, u"banDescription"_s}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(name);
    m_type->setAccessibleName(tr("Scope"));
    m_room->setAccessibleName(tr("Room ID"));
    m_reason->setAccessibleName(tr("Reason"));
    m_expiry->setAccessibleName(tr("Duration"));
    m_until->setAccessibleName(tr("Ban ends at"));
    m_description->setAccessibleName(tr("Note"));

    m_type->addItem(tr("Whole app (IN_APP)"), int(BanType::InApp));
    m_type->addItem(tr("One room (IN_ROOM)"), int(BanType::InRoom));
    m_room->setPlaceholderText(tr("Room ID (required for a room ban)"));
    m_reason->addItem(tr("No reason"), -1);
    for (BanReason reason : BanReasonInfo::all())
        m_reason->addItem(BanReasonInfo::displayName(reason), BanReasonInfo::code(reason));
    m_expiry->addItem(tr("1 hour"), 3600);
    m_expiry->addItem(tr("24 hours"), 86400);
    m_expiry->addItem(tr("7 days"), 7 * 86400);
    m_expiry->addItem(tr("30 days"), 30 * 86400);
    m_expiry->addItem(tr("Permanent"), Permanent);
    m_expiry->addItem(tr("Until…"), CustomExpiry);
    m_expiry->setCurrentIndex(1);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_until->setDateTime(QDateTime::currentDateTime().addDays(1));
    m_zoneNote->setWordWrap(true);
    m_description->setPlaceholderText(tr("Optional note, kept with the ban"));

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_ban);
    modes->addWidget(m_unban);
    modes->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), modes);
    // Letters the rest of the dialog leaves free: Alt+S starts, Alt+O opens a file, Alt+R
    // resumes the job.
    form->addRow(tr("S&cope:"), m_type);
    form->addRow(tr("Roo&m:"), m_room);
    form->addRow(tr("Re&ason:"), m_reason);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiry);
    expiry->addWidget(m_until, 1);
    auto *duration = new QLabel(tr("Dura&tion:"), this);
    duration->setBuddy(m_expiry);
    form->addRow(duration, expiry);
    form->addRow(QString(), m_zoneNote);
    form->addRow(tr("&Note:"), m_description);
    parametersLayout()->addLayout(form);

    for (QObject *sender : {static_cast<QObject *>(m_type), static_cast<QObject *>(m_reason),
                            static_cast<QObject *>(m_expiry)})
        connect(qobject_cast<QComboBox *>(sender), &QComboBox::currentIndexChanged, this,
                &BanDialog::updateFields);
    connect(m_ban, &QRadioButton::toggled, this, &BanDialog::updateFields);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &BanDialog::updateFields);
    // The "room required" message must go away as soon as a room is typed.
    connect(m_room, &QLineEdit::textChanged, this, &BanDialog::updateStartEnabled);
    setMode(mode);
}

void BanDialog::setMode(Mode mode)
{
    (mode == Mode::Ban ? m_ban : m_unban)->setChecked(true);
    updateFields();
}

void BanDialog::prefill(const JobAction &act, const QStringList &userIds)
{
    setMode(act.kind == JobAction::Kind::Ban ? Mode::Ban : Mode::Unban);
    m_type->setCurrentIndex(act.banType == BanType::InRoom ? 1 : 0);
    m_room->setText(act.roomId);
    idEditor()->setText(userIds.join(u'\n'));
    updateFields();
}

std::optional<QDateTime> BanDialog::expiryUtc() const
{
    const qint64 seconds = m_expiry->currentData().toLongLong();
    if (seconds == Permanent)
        return std::nullopt;
    if (seconds == CustomExpiry)
        return m_until->dateTime().toUTC();
    return QDateTime::currentDateTimeUtc().addSecs(seconds);
}

void BanDialog::updateFields()
{
    const bool ban = m_ban->isChecked();
    const bool inRoom = m_type->currentData().toInt() == int(BanType::InRoom);
    const int code = m_reason->currentData().toInt();
    const bool nickname = code == BanReasonInfo::code(BanReason::Nickname);
    m_room->setEnabled(inRoom);
    m_reason->setEnabled(ban);
    m_description->setEnabled(ban);
    const bool expiryApplies = ban && !nickname;
    m_expiry->setEnabled(expiryApplies);
    m_until->setVisible(expiryApplies && m_expiry->currentData().toLongLong() == CustomExpiry);
    if (!ban) {
        m_zoneNote->setText(
            tr("An unban must repeat the scope of the ban it lifts (same type and room)."));
    } else if (nickname) {
        m_zoneNote->setText(
            tr("A forbidden nickname blocks the user until they change it: no duration."));
    } else if (const auto until = expiryUtc()) {
        const QString zone = QTimeZone::systemTimeZone().displayName(QDateTime::currentDateTime(),
                                                                     QTimeZone::OffsetName);
        m_zoneNote->setText(tr("Ends %1 your time (%2) — sent as %3 UTC.")
                                .arg(QLocale().toString(until->toLocalTime(), QLocale::ShortFormat),
                                     zone, BanRequest::formatExpiry(*until)));
    } else {
        m_zoneNote->setText(tr("Permanent: the ban stays until someone lifts it."));
    }
    updateStartEnabled();
}

std::optional<JobAction> BanDialog::action(QString *problem) const
{
    JobAction act;
    act.kind = m_ban->isChecked() ? JobAction::Kind::Ban : JobAction::Kind::Unban;
    act.banType = BanType(m_type->currentData().toInt());
    act.roomId = act.banType == BanType::InRoom ? m_room->text().trimmed() : QString();
    if (act.banType == BanType::InRoom && act.roomId.isEmpty()) {
        *problem = tr("Enter the room ID for a room ban.");
        return std::nullopt;
    }
    if (act.kind == JobAction::Kind::Ban) {
        const int code = m_reason->currentData().toInt();
        if (code >= 0)
            act.reason = BanReasonInfo::fromCode(code);
        if (!act.reason || BanReasonInfo::takesExpiry(*act.reason))
            act.expires = expiryUtc();
        act.description = m_description->text().trimmed();
    }
    return act;
}
