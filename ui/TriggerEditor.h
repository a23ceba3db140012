#pragma once

#include "TriggerSpec.h"

#include <QJsonValue>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

// The automatic-award trigger as a form over the documented catalogue: a switch, a threshold
// and a rolling or custom period per condition, and how long the badge lasts. First Message
// combines with nothing, so it and the others exclude each other. A trigger this version
// cannot read is shown read-only and handed back exactly as it came.
class TriggerEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TriggerEditor(QWidget *parent = nullptr);

    void setTrigger(const QJsonValue &trigger); // does not emit edited()
    QJsonValue trigger() const;
    bool isReadOnlyTrigger() const { return m_readOnly; }

signals:
    void edited();

private:
    struct Row
    {
        QCheckBox *enabled = nullptr;
        QSpinBox *threshold = nullptr;
        QComboBox *period = nullptr;
        QSpinBox *days = nullptr;
        QDateTimeEdit *from = nullptr;
        QDateTimeEdit *to = nullptr;
    };

    void buildForm(QWidget *form);
    void updateEnabledState();
    void changed();

    QCheckBox *m_enabled;
    QStackedWidget *m_stack;
    QMap<QString, Row> m_rows;
    QCheckBox *m_permanent = nullptr;
    QSpinBox *m_durationDays = nullptr;
    QLabel *m_rule = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QJsonValue m_original;
    TriggerSpec m_base; // unknown keys of a readable trigger, kept for the round trip
    bool m_readOnly = false;
    bool m_applying = false;
};
