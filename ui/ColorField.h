#pragma once

#include <QColor>
#include <QWidget>

class QLineEdit;
class QToolButton;

// A badge colour: a swatch that opens the system colour dialog, a hex field that accepts what
// the API accepts and marks anything else, and a palette of presets. An empty or invalid value
// (real data has `textColor: ""`) is shown as such, never replaced behind the user's back.
class ColorField : public QWidget
{
    Q_OBJECT

public:
    explicit ColorField(const QString &name, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // does not emit textEdited
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *swatchButton() const { return m_swatch; }
    QToolButton *presetsButton() const { return m_presets; }
    // What a screen reader calls the hex field ("Text colour"); the swatch and the presets get
    // it as their description, so two colour fields' buttons can be told apart.
    void setFieldName(const QString &name);

    static QList<QColor> presets();

signals:
    void textEdited(const QString &text);

private:
    void updateSwatch();
    void pick(const QColor &color);

    QLineEdit *m_edit;
    QToolButton *m_swatch;
    QToolButton *m_presets;
};
