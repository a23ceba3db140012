#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

class QAction;
class QLineEdit;
class QTreeWidget;

// Help → Keyboard shortcuts: every shortcut of a window, read from its actions when the dialog
// opens (menus, the editor, the bulk tools, the request log), so the list cannot drift from
// what the keys really do. Grouped by the menu each command is in, with a filter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group; // the menu's title without its mnemonic; "Other" when in no menu
        QString command; // the action's text without its mnemonic
        QString keys; // every shortcut of the action, as the platform writes it
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // What `window` and everything in it bind to keys, in menu order; each command once.
    static QList<Entry> collect(const QWidget *window);
    static QString withoutMnemonic(QString text);

public slots:
    void reload();

private:
    void applyFilter(const QString &text);

    QPointer<QWidget> m_window;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};
