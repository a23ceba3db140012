#pragma once

#include "UserIdList.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class DialogService;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QCheckBox;

// Where user IDs come in: paste, type, open or drop a .csv/.txt. Parses on a worker thread
// (a million IDs never freeze the window) and shows the counts and every flagged value with
// its line before anything is sent.
class IdListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit IdListEditor(DialogService *prompts, QWidget *parent = nullptr);

    void setText(const QString &text);
    void loadFile(const QString &path);
    // The last parse, without IDs that look encrypted when the user chose to leave them out.
    UserIdList list() const;
    bool isParsing() const { return m_parsing; }

signals:
    void parsed(); // list() is current

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void parseNow();
    void show(const UserIdList &all);

    QPointer<DialogService> m_prompts;
    QPlainTextEdit *m_text;
    QPushButton *m_open;
    QLabel *m_summary;
    QListWidget *m_issues;
    QCheckBox *m_skipEncrypted;
    QTimer m_debounce;
    UserIdList m_list;
    bool m_parsing = false;
    int m_generation = 0;
    QByteArray m_fileBytes; // a loaded file is parsed from its bytes (BOM, UTF-16)
};
