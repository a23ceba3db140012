#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

// Walks one window as a user meets it, for the accessibility and translation tests: the
// widgets that are visible, every text they show or announce (titles, labels, buttons,
// placeholders, tooltips, headers, combo items, menus, accessible names…), the controls that
// take keyboard focus, and what is wrong with them for someone on a keyboard or a screen
// reader. Qt's own helper widgets ("qt_" object names: spin box editors, scroll bars, dock
// buttons) are Qt's business and left out.
class WidgetWalker
{
public:
    struct Text
    {
        QString text; // as shown: mnemonics removed, rich text as plain text
        QString where; // "QLabel#idSummary text", "menu Tools › action"
    };

    explicit WidgetWalker(QWidget *window);

    QList<QWidget *> visibleWidgets() const;
    QList<Text> texts() const;
    // The menus a user can open from this window: the menu bar's, buttons' and context menus.
    QList<QMenu *> menus() const;

    // Visible controls that take focus (buttons, fields, combos, spin boxes, item views,
    // sliders), enabled or not.
    QList<QWidget *> focusableControls() const;
    // The ones Tab should stop at: enabled, visible, Tab focus, not hidden behind a proxy.
    QList<QWidget *> tabStops() const;
    // Fields the user types into or picks from (line and text edits, combos, spin boxes).
    QList<QWidget *> inputFields() const;

    // Each returns one line per problem, naming the widget; empty when all is well.
    QStringList unnamedControls() const; // no accessible name, buddy label included
    QStringList unlabelledFields() const; // neither a buddy label nor an explicit name
    // Presses Tab from the first stop round the window: stops never reached, and Tab traps
    // (a widget Tab does not leave). Needs the window active; moves the focus.
    QStringList tabOrderProblems() const;
    // Two visible controls (or menu bar titles) with the same Alt+letter in this window, or
    // two items of one menu with the same letter.
    QStringList mnemonicCollisions() const;
    // The order Tab visits, for a reader of the test log.
    QStringList tabOrder() const;
    // The window's focus chain as Qt keeps it (every widget that takes Tab, shown or not).
    QStringList focusChain() const;

    static QString describe(const QWidget *widget);
    static QString accessibleName(QWidget *widget);
    static QString withoutMnemonic(QString text);
    static QString plainText(const QString &maybeRichText);

private:
    bool isOurs(const QWidget *widget) const;
    QList<QWidget *> walkTab(QStringList *problems) const;

    QPointer<QWidget> m_window;
};
