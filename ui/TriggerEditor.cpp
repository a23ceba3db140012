#include "TriggerEditor.h"

#include "BadgeValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum PeriodIndex { AnyTime, Rolling, Custom };
}

TriggerEditor::TriggerEditor(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("Award this badge automatically"), this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"triggerEditor"_s);
    m_enabled->setObjectName(u"triggerEnabled"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);

    auto *form = new QWidget(m_stack);
    buildForm(form);
    m_stack->addWidget(form);

    auto *rawPage = new QWidget(m_stack);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    auto *rawNote = new QLabel(tr("This trigger was configured elsewhere in a form Badge Desk "
                                  "cannot edit. It is shown read-only and sent back unchanged."),
                               rawPage);
    rawNote->setWordWrap(true);
    rawNote->setObjectName(u"triggerReadOnlyNote"_s);
    m_raw = new QPlainTextEdit(rawPage);
    m_raw->setObjectName(u"triggerRaw"_s);
    m_raw->setAccessibleName(tr("Trigger (read-only)"));
    m_raw->setReadOnly(true);
    m_raw->setTabChangesFocus(true);
    m_raw->setMaximumHeight(120);
    rawLayout->addWidget(rawNote);
    rawLayout->addWidget(m_raw);
    m_stack->addWidget(rawPage);
    layout->addWidget(m_stack);

    connect(m_enabled, &QCheckBox::toggled, this, [this] { changed(); });
    setTrigger(QJsonValue::Null);
}

void TriggerEditor::buildForm(QWidget *form)
{
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    int line = 0;
    QString lastCategory;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &type : BadgeValidator::triggerTypes()) {
        const QString category = TriggerSpec::category(type);
        if (category != lastCategory) {
            auto *heading = new QLabel(u"<b>%1</b>"_s.arg(category.toHtmlEscaped()), form);
            grid->addWidget(heading, line++, 0, 1, 6);
            lastCategory = category;
        }
        Row row;
        row.enabled = new QCheckBox(TriggerSpec::displayName(type), form);
        row.enabled->setObjectName(u"trigger_%1"_s.arg(type));
        row.threshold = new QSpinBox(form);
        row.threshold->setObjectName(u"threshold_%1"_s.arg(type));
        row.threshold->setAccessibleName(
            tr("Threshold for %1").arg(TriggerSpec::displayName(type)));
        row.threshold->setRange(1, 1000000);
        row.threshold->setValue(10);
        row.threshold->setSuffix(u" "_s + TriggerSpec::thresholdUnit(type));
        row.period = new QComboBox(form);
        row.period->setObjectName(u"period_%1"_s.arg(type));
        row.period->setAccessibleName(
            tr("Tracking period for %1").arg(TriggerSpec::displayName(type)));
        row.period->addItems({tr("Any time"), tr("Rolling"), tr("Custom")});
        row.days = new QSpinBox(form);
        row.days->setObjectName(u"days_%1"_s.arg(type));
        row.days->setRange(1, 3650);
        row.days->setValue(7);
        row.days->setSuffix(tr(" days"));
        row.from = new QDateTimeEdit(now, form);
        row.to = new QDateTimeEdit(now.addDays(30), form);
        for (QDateTimeEdit *edit : {row.from, row.to}) {
            edit->setTimeSpec(Qt::UTC);
            edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
            edit->setCalendarPopup(true);
        }
        row.from->setObjectName(u"from_%1"_s.arg(type));
        row.to->setObjectName(u"to_%1"_s.arg(type));
        row.days->setAccessibleName(
            tr("Rolling period in days for %1").arg(TriggerSpec::displayName(type)));
        row.from->setAccessibleName(tr("Period start for %1").arg(TriggerSpec::displayName(type)));
        row.to->setAccessibleName(tr("Period end for %1").arg(TriggerSpec::displayName(type)));
        if (type == TriggerSpec::FirstMessage) {
            row.threshold->hide();
            row.period->hide();
        }
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.threshold, line, 1);
        grid->addWidget(row.period, line, 2);
        grid->addWidget(row.days, line, 3);
        grid->addWidget(row.from, line, 4);
        grid->addWidget(row.to, line, 5);
        ++line;
        connect(row.enabled, &QCheckBox::toggled, this, [this] { changed(); });
        connect(row.threshold, &QSpinBox::valueChanged, this, [this] { changed(); });
        connect(row.period, &QComboBox::currentIndexChanged, this, [this] { changed(); });
        connect(row.days, &QSpinBox::valueChanged, this, [this] { changed(); });
        connect(row.from, &QDateTimeEdit::dateTimeChanged, this, [this] { changed(); });
        connect(row.to, &QDateTimeEdit::dateTimeChanged, this, [this] { changed(); });
        m_rows.insert(type, row);
    }
    m_rule = new QLabel(tr("First message cannot be combined with any other condition."), form);
    m_rule->setObjectName(u"firstMessageRule"_s);
    m_rule->setWordWrap(true);
    grid->addWidget(m_rule, line++, 0, 1, 6);

    m_permanent = new QCheckBox(tr("Permanent"), form);
    m_permanent->setObjectName(u"durationPermanent"_s);
    m_durationDays = new QSpinBox(form);
    m_durationDays->setObjectName(u"durationDays"_s);
    m_durationDays->setAccessibleName(tr("Badge duration in days"));
    m_durationDays->setRange(1, 3650);
    m_durationDays->setValue(30);
    m_durationDays->setSuffix(tr(" days"));
    grid->addWidget(new QLabel(tr("An awarded badge lasts:"), form), line, 0);
    grid->addWidget(m_permanent, line, 1);
    grid->addWidget(m_durationDays, line, 2);
    connect(m_permanent, &QCheckBox::toggled, this, [this] { changed(); });
    connect(m_durationDays, &QSpinBox::valueChanged, this, [this] { changed(); });
    grid->setColumnStretch(6, 1);
}

void TriggerEditor::setTrigger(const QJsonValue &trigger)
{
    m_applying = true;
    m_original = trigger;
    const bool present = trigger.isObject();
    const auto spec = TriggerSpec::fromJson(trigger);
    m_readOnly = present && !spec;
    m_enabled->setChecked(present);
    m_enabled->setEnabled(!m_readOnly);
    m_stack->setCurrentIndex(m_readOnly ? 1 : 0);
    if (m_readOnly)
        m_raw->setPlainText(QString::fromUtf8(QJsonDocument(trigger.toObject()).toJson()));
    m_base = spec.value_or(TriggerSpec());
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const TriggerCondition *condition = m_base.condition(it.key());
        Row &row = it.value();
        row.enabled->setChecked(condition != nullptr);
        if (!condition)
            continue;
        row.threshold->setValue(condition->threshold);
        row.period->setCurrentIndex(condition->period == TriggerCondition::Period::Rolling ? Rolling
                                        : condition->period == TriggerCondition::Period::Custom
                                        ? Custom
                                        : AnyTime);
        row.days->setValue(condition->rollingDays);
        if (condition->from.isValid())
            row.from->setDateTime(condition->from);
        if (condition->to.isValid())
            row.to->setDateTime(condition->to);
    }
    m_permanent->setChecked(!m_base.durationDays);
    if (m_base.durationDays)
        m_durationDays->setValue(*m_base.durationDays);
    m_applying = false;
    updateEnabledState();
}

QJsonValue TriggerEditor::trigger() const
{
    if (m_readOnly)
        return m_original;
    if (!m_enabled->isChecked())
        return QJsonValue::Null;
    TriggerSpec spec;
    spec.extra = m_base.extra;
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        const Row &row = it.value();
        if (!row.enabled->isChecked())
            continue;
        TriggerCondition condition;
        if (const TriggerCondition *base = m_base.condition(it.key()))
            condition.extra = base->extra;
        condition.type = it.key();
        condition.threshold = row.threshold->value();
        const int period = row.period->currentIndex();
        condition.period = period == Rolling ? TriggerCondition::Period::Rolling
            : period == Custom               ? TriggerCondition::Period::Custom
                                             : TriggerCondition::Period::None;
        condition.rollingDays = row.days->value();
        condition.from = row.from->dateTime();
        condition.to = row.to->dateTime();
        spec.conditions.append(condition);
    }
    // The catalogue's order, so that the same form always gives the same JSON.
    const QStringList order = BadgeValidator::triggerTypes();
    std::sort(spec.conditions.begin(), spec.conditions.end(),
              [&order](const TriggerCondition &a, const TriggerCondition &b) {
                  return order.indexOf(a.type) < order.indexOf(b.type);
              });
    if (!m_permanent->isChecked())
        spec.durationDays = m_durationDays->value();
    return spec.toJson();
}

void TriggerEditor::updateEnabledState()
{
    const bool on = m_enabled->isChecked() && !m_readOnly;
    const bool first = m_rows.value(TriggerSpec::FirstMessage).enabled->isChecked();
    bool others = false;
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        if (it.key() != TriggerSpec::FirstMessage && it.value().enabled->isChecked())
            others = true;
    }
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        const Row &row = it.value();
        const bool isFirst = it.key() == TriggerSpec::FirstMessage;
        // A combination the server refuses cannot be made here; one already stored stays
        // visible (both checked) so that the validator can say what is wrong.
        const bool excluded = isFirst ? (others && !first) : (first && !row.enabled->isChecked());
        row.enabled->setEnabled(on && !excluded);
        const bool active = on && row.enabled->isChecked();
        row.threshold->setEnabled(active);
        row.period->setEnabled(active);
        const int period = row.period->currentIndex();
        row.days->setVisible(period == Rolling && !isFirst);
        row.from->setVisible(period == Custom && !isFirst);
        row.to->setVisible(period == Custom && !isFirst);
        row.days->setEnabled(active);
        row.from->setEnabled(active);
        row.to->setEnabled(active);
    }
    m_rule->setEnabled(on);
    m_permanent->setEnabled(on);
    m_durationDays->setEnabled(on && !m_permanent->isChecked());
}

void TriggerEditor::changed()
{
    if (m_applying)
        return;
    updateEnabledState();
    emit edited();
}
