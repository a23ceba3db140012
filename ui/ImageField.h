#pragma once

#include "ImageCheck.h"

#include <QImage>
#include <QWidget>

class DialogService;
class ImageProbe;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// A picture address (communicationPic or pic): loaded asynchronously a moment after typing
// stops, with a size cap, and checked against the contract's limits; a local file can be
// checked the same way before it is uploaded to the operator's own CDN.
class ImageField : public QWidget
{
    Q_OBJECT

public:
    ImageField(const QString &name, DialogService *dialogs, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // does not emit textEdited; starts a check
    QLineEdit *lineEdit() const { return m_edit; }
    const ImageCheck &check() const { return m_check; }
    const QImage &preview() const { return m_preview; }
    void checkLocalFile(const QString &path);
    // What a screen reader calls the address field ("Badge icon address"); the file button
    // gets it as its description, so the two pictures' buttons can be told apart.
    void setFieldName(const QString &name);

signals:
    void textEdited(const QString &text);
    void checked(const ImageCheck &check, const QImage &preview);

private:
    void startCheck();
    void show(const ImageCheck &check, const QImage &preview);

    DialogService *m_dialogs;
    QLineEdit *m_edit;
    QToolButton *m_fileButton;
    QLabel *m_thumbnail;
    QLabel *m_verdict;
    ImageProbe *m_probe;
    QTimer *m_debounce;
    ImageCheck m_check;
    QImage m_preview;
};
