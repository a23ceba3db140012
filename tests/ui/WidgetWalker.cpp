#include "WidgetWalker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRowsRead = 50; // of each item view: enough to meet every kind of cell

struct ActionGroup
{
    QString name;
    QList<QAction *> actions;
};

bool isQtInternal(const QWidget *widget)
{
    const QByteArray cls = widget->metaObject()->className();
    return widget->objectName().startsWith(u"qt_"_s) || cls == "QTableCornerButton"
        || cls == "QLineEditIconButton" || qobject_cast<const QScrollBar *>(widget)
        || qobject_cast<const QHeaderView *>(widget);
}

// A spin box's or combo box's own editor is part of that control, not a field of its own.
bool isPartOfControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QLineEdit *>(widget)
        && (qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent));
}

void addMenu(QMenu *menu, const QString &path, QList<ActionGroup> &groups, QSet<QMenu *> &seen)
{
    if (!menu || seen.contains(menu))
        return;
    seen.insert(menu);
    const QString name = path.isEmpty()
        ? WidgetWalker::withoutMnemonic(menu->title())
        : path + u" › "_s + WidgetWalker::withoutMnemonic(menu->title());
    groups.append({name, menu->actions()});
    for (QAction *action : menu->actions())
        addMenu(action->menu(), name, groups, seen);
}

QList<ActionGroup> actionGroups(const QList<QWidget *> &widgets)
{
    QList<ActionGroup> groups;
    QSet<QMenu *> seen;
    for (QWidget *widget : widgets) {
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *top : bar->actions())
                addMenu(top->menu(), u"menu bar"_s, groups, seen);
        } else if (auto *tool = qobject_cast<QToolButton *>(widget)) {
            addMenu(tool->menu(), WidgetWalker::describe(tool), groups, seen);
        } else if (auto *push = qobject_cast<QPushButton *>(widget)) {
            addMenu(push->menu(), WidgetWalker::describe(push), groups, seen);
        }
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu && !widget->actions().isEmpty())
            groups.append(
                {u"context menu of "_s + WidgetWalker::describe(widget), widget->actions()});
    }
    return groups;
}

QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

} // namespace

WidgetWalker::WidgetWalker(QWidget *window)
    : m_window(window)
{ }

QString WidgetWalker::withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString WidgetWalker::plainText(const QString &maybeRichText)
{
    if (!Qt::mightBeRichText(maybeRichText))
        return maybeRichText;
    return QTextDocumentFragment::fromHtml(maybeRichText).toPlainText();
}

QString WidgetWalker::describe(const QWidget *widget)
{
    if (!widget)
        return u"(none)"_s;
    const QString cls = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        return cls + u'#' + widget->objectName();
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = withoutMnemonic(button->text());
    else if (auto *label = qobject_cast<const QLabel *>(widget))
        text = plainText(label->text());
    QString where = cls;
    if (!text.isEmpty())
        where += u" “"_s + text.left(40) + u'”';
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        const bool named = !up->objectName().isEmpty() && !up->objectName().startsWith(u"qt_"_s);
        if (named || up->isWindow()) {
            where += u" in "_s + QString::fromLatin1(up->metaObject()->className());
            if (named)
                where += u'#' + up->objectName();
            break;
        }
    }
    return where;
}

QString WidgetWalker::accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool WidgetWalker::isOurs(const QWidget *widget) const
{
    return widget->window() == m_window && !isQtInternal(widget);
}

QList<QWidget *> WidgetWalker::visibleWidgets() const
{
    QList<QWidget *> widgets;
    if (!m_window || !m_window->isVisible())
        return widgets;
    widgets.append(m_window);
    for (QWidget *child : m_window->findChildren<QWidget *>()) {
        if (child->isVisible() && child->window() == m_window)
            widgets.append(child);
    }
    return widgets;
}

QList<QMenu *> WidgetWalker::menus() const
{
    QList<QMenu *> found;
    QSet<QMenu *> seen;
    QList<ActionGroup> groups;
    for (QWidget *widget : visibleWidgets()) {
        QList<QMenu *> roots;
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *top : bar->actions())
                roots.append(top->menu());
        } else if (auto *tool = qobject_cast<QToolButton *>(widget)) {
            roots.append(tool->menu());
        } else if (auto *push = qobject_cast<QPushButton *>(widget)) {
            roots.append(push->menu());
        }
        for (QMenu *menu : roots)
            addMenu(menu, QString(), groups, seen);
    }
    for (QMenu *menu : std::as_const(seen))
        found.append(menu);
    return found;
}

QList<WidgetWalker::Text> WidgetWalker::texts() const
{
    QList<Text> out;
    auto add = [&out](const QString &text, const QString &where) {
        const QString shown = plainText(text).trimmed();
        if (!shown.isEmpty())
            out.append({shown, where});
    };
    const QList<QWidget *> widgets = visibleWidgets();
    for (QWidget *w : widgets) {
        const QString at = describe(w);
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(w->windowTitle(), at + u" title"_s);
        add(w->toolTip(), at + u" tooltip"_s);
        add(w->statusTip(), at + u" status tip"_s);
        add(w->whatsThis(), at + u" what's this"_s);
        add(w->accessibleName(), at + u" accessible name"_s);
        add(w->accessibleDescription(), at + u" accessible description"_s);
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->pixmap().isNull())
                add(withoutMnemonic(label->text()), at + u" text"_s);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(withoutMnemonic(button->text()), at + u" text"_s);
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(withoutMnemonic(group->title()), at + u" title"_s);
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (!isPartOfControl(line))
                add(line->placeholderText(), at + u" placeholder"_s);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            add(plain->placeholderText(), at + u" placeholder"_s);
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            add(rich->placeholderText(), at + u" placeholder"_s);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(combo->itemText(i), at + u" item %1"_s.arg(i));
                add(combo->itemData(i, Qt::ToolTipRole).toString(),
                    at + u" item %1 tooltip"_s.arg(i));
            }
        } else if (auto *progress = qobject_cast<QProgressBar *>(w)) {
            if (progress->isTextVisible())
                add(progress->text(), at + u" text"_s);
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(withoutMnemonic(tabs->tabText(i)), at + u" tab %1"_s.arg(i));
                add(tabs->tabToolTip(i), at + u" tab %1 tooltip"_s.arg(i));
            }
        }
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(spin->prefix(), at + u" prefix"_s);
            add(spin->suffix(), at + u" suffix"_s);
        } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w)) {
            add(dspin->prefix(), at + u" prefix"_s);
            add(dspin->suffix(), at + u" suffix"_s);
        }
        if (auto *spinBase = qobject_cast<QAbstractSpinBox *>(w))
            add(spinBase->specialValueText(), at + u" special value"_s);
        if (auto *box = qobject_cast<QMessageBox *>(w)) {
            add(box->informativeText(), at + u" informative text"_s);
            add(box->detailedText(), at + u" details"_s);
        }
        // A header is an item view over its table's model: read once, as the table's header.
        auto *view =
            qobject_cast<QHeaderView *>(w) ? nullptr : qobject_cast<QAbstractItemView *>(w);
        if (view && view->model()) {
            const QAbstractItemModel *model = view->model();
            const QHeaderView *header = nullptr;
            if (auto *tree = qobject_cast<QTreeView *>(view))
                header = tree->header();
            else if (auto *table = view->findChild<QHeaderView *>())
                header = table->orientation() == Qt::Horizontal ? table : nullptr;
            if (header && !header->isHidden()) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    add(model->headerData(c, Qt::Horizontal).toString(),
                        at + u" header %1"_s.arg(c));
                    add(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(),
                        at + u" header %1 tooltip"_s.arg(c));
                }
            }
            std::function<void(const QModelIndex &, int)> cells = [&](const QModelIndex &parent,
                                                                      int depth) {
                const int rows = qMin(model->rowCount(parent), MaxRowsRead);
                for (int r = 0; r < rows; ++r) {
                    for (int c = 0; c < model->columnCount(parent); ++c) {
                        const QModelIndex index = model->index(r, c, parent);
                        const QString cell = at + u" cell %1,%2"_s.arg(r).arg(c);
                        add(index.data(Qt::DisplayRole).toString(), cell);
                        add(index.data(Qt::ToolTipRole).toString(), cell + u" tooltip"_s);
                        add(index.data(Qt::AccessibleTextRole).toString(), cell + u" accessible"_s);
                    }
                    if (depth < 3)
                        cells(model->index(r, 0, parent), depth + 1);
                }
            };
            cells(QModelIndex(), 0);
        }
    }
    for (const ActionGroup &group : actionGroups(widgets)) {
        for (QAction *action : group.actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString at = group.name + u" › "_s + withoutMnemonic(action->text());
            add(withoutMnemonic(action->text()), at);
            add(action->toolTip(), at + u" tooltip"_s);
            add(action->statusTip(), at + u" status tip"_s);
            add(action->whatsThis(), at + u" what's this"_s);
            if (QMenu *menu = action->menu())
                add(withoutMnemonic(menu->title()), at + u" title"_s);
        }
    }
    return out;
}

QList<QWidget *> WidgetWalker::focusableControls() const
{
    QList<QWidget *> controls;
    for (QWidget *w : visibleWidgets()) {
        if (w == m_window || !isOurs(w) || isPartOfControl(w) || w->focusProxy())
            continue;
        if (w->focusPolicy() & Qt::TabFocus)
            controls.append(w);
    }
    return controls;
}

QList<QWidget *> WidgetWalker::tabStops() const
{
    QList<QWidget *> stops;
    for (QWidget *w : focusableControls()) {
        if (w->isEnabled())
            stops.append(w);
    }
    return stops;
}

QList<QWidget *> WidgetWalker::inputFields() const
{
    QList<QWidget *> fields;
    for (QWidget *w : visibleWidgets()) {
        if (!isOurs(w) || isPartOfControl(w))
            continue;
        const bool slider = qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w);
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QTextEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || slider)
            fields.append(w);
    }
    return fields;
}

QStringList WidgetWalker::unnamedControls() const
{
    QStringList problems;
    QList<QWidget *> controls = focusableControls();
    // Buttons outside the Tab order (tool bar buttons) are still read by screen readers.
    for (QWidget *w : visibleWidgets()) {
        if (qobject_cast<QAbstractButton *>(w) && isOurs(w) && !controls.contains(w))
            controls.append(w);
    }
    for (QWidget *w : std::as_const(controls)) {
        if (accessibleName(w).isEmpty())
            problems << u"no accessible name: "_s + describe(w);
    }
    return problems;
}

QStringList WidgetWalker::unlabelledFields() const
{
    QStringList problems;
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    for (QWidget *field : inputFields()) {
        if (!field->accessibleName().trimmed().isEmpty())
            continue;
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [field](QLabel *label) {
            return label->isVisible() && label->buddy() == field;
        });
        if (!labelled)
            problems << u"neither a buddy label nor an accessible name: "_s + describe(field);
    }
    return problems;
}

QList<QWidget *> WidgetWalker::walkTab(QStringList *problems) const
{
    QList<QWidget *> order;
    const QList<QWidget *> stops = tabStops();
    if (stops.isEmpty())
        return order;
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window, 3000)) {
        if (problems)
            *problems << u"the window could not be activated: "_s + describe(m_window);
        return order;
    }
    // From where the window keeps its focus (where it opened with it, for a fresh dialog), or
    // the first stop of its chain.
    QWidget *first = stops.contains(m_window->focusWidget()) ? m_window->focusWidget() : nullptr;
    for (QWidget *w = m_window->nextInFocusChain(); !first && w && w != m_window;
         w = w->nextInFocusChain()) {
        if (stops.contains(w))
            first = w;
    }
    if (!first)
        first = stops.first();
    first->setFocus(Qt::TabFocusReason);
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != m_window) {
        if (problems)
            *problems << u"cannot give focus to "_s + describe(first);
        return order;
    }
    order.append(start);
    // A label with links takes one Tab per link before it lets go; a table that moves from
    // cell to cell on Tab never does.
    constexpr int MaxTabsInOneWidget = 8; // a date and time edit: five sections
    int stay = 0;
    const int limit = int(stops.size()) * (MaxTabsInOneWidget + 1) + 10;
    for (int i = 0; i < limit; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        if (!after || after->window() != m_window) {
            if (problems)
                *problems << u"Tab leaves the window from "_s + describe(before);
            break;
        }
        if (after == before) {
            if (++stay < MaxTabsInOneWidget)
                continue;
            if (problems)
                *problems << u"Tab does not leave "_s + describe(before) + u" (a Tab trap)"_s;
            break;
        }
        stay = 0;
        if (after == start)
            break;
        if (order.contains(after)) {
            if (problems)
                *problems << u"Tab circles back to "_s + describe(after)
                        + u" without returning to the first control"_s;
            break;
        }
        order.append(after);
    }
    if (problems) {
        for (QWidget *stop : stops) {
            // Tab enters a group of radio buttons at the checked one; arrows move inside.
            const auto *radio = qobject_cast<QRadioButton *>(stop);
            const bool groupReached = radio && radio->autoExclusive()
                && std::any_of(order.cbegin(), order.cend(), [radio](QWidget *w) {
                                          auto *other = qobject_cast<QRadioButton *>(w);
                                          return other && other->autoExclusive()
                                              && other->parentWidget() == radio->parentWidget();
                                      });
            if (!order.contains(stop) && !groupReached)
                *problems << u"Tab never reaches "_s + describe(stop);
        }
    }
    return order;
}

QStringList WidgetWalker::tabOrderProblems() const
{
    QStringList problems;
    walkTab(&problems);
    return problems;
}

QStringList WidgetWalker::tabOrder() const
{
    QStringList names;
    for (QWidget *w : walkTab(nullptr))
        names << describe(w);
    return names;
}

QStringList WidgetWalker::focusChain() const
{
    QStringList names;
    for (QWidget *w = m_window->nextInFocusChain(); w && w != m_window; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !isQtInternal(w))
            names << describe(w) + (w->isVisible() ? QString() : u" (hidden)"_s)
                    + (w->isEnabled() ? QString() : u" (disabled)"_s);
    }
    return names;
}

QStringList WidgetWalker::mnemonicCollisions() const
{
    QStringList problems;
    // Alt+letter of the window: its buttons, buddy labels, group boxes, tabs and menu titles.
    QMap<QString, QStringList> window;
    const QList<QWidget *> widgets = visibleWidgets();
    for (QWidget *w : widgets) {
        if (w->window() != m_window)
            continue;
        auto note = [&](const QString &text) {
            if (const QString key = mnemonicOf(text); !key.isEmpty())
                window[key] << describe(w) + u" “"_s + withoutMnemonic(text) + u'”';
        };
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            note(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            note(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *top : bar->actions())
                if (top->isVisible())
                    note(top->text());
    }
    for (auto it = window.cbegin(); it != window.cend(); ++it) {
        if (it.value().size() > 1)
            problems << u"%1 in %2: %3"_s.arg(it.key(), describe(m_window),
                                              it.value().join(u", "_s));
    }
    // Each menu on its own: its items' letters must differ.
    for (const ActionGroup &group : actionGroups(widgets)) {
        QMap<QString, QStringList> menu;
        for (QAction *action : group.actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (const QString key = mnemonicOf(action->text()); !key.isEmpty())
                menu[key] << withoutMnemonic(action->text());
        }
        for (auto it = menu.cbegin(); it != menu.cend(); ++it) {
            if (it.value().size() > 1)
                problems << u"%1 in %2: %3"_s.arg(it.key(), group.name, it.value().join(u", "_s));
        }
    }
    return problems;
}
