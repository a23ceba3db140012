#include "FocusOrder.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QList>
#include <QWidget>

namespace {

bool takesTab(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

// Every control of the window in its current Tab order.
QList<QWidget *> currentChain(QWidget *window)
{
    QList<QWidget *> chain;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (takesTab(w))
            chain.append(w);
    }
    return chain;
}

void collect(QWidget *widget, const QList<QWidget *> &chain, QList<QWidget *> &out);

void collect(QLayout *layout, const QList<QWidget *> &chain, QList<QWidget *> &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget())
            collect(widget, chain, out);
        else if (QLayout *inner = item->layout())
            collect(inner, chain, out);
    }
}

void collect(QWidget *widget, const QList<QWidget *> &chain, QList<QWidget *> &out)
{
    if (takesTab(widget)) {
        out.append(widget); // a control: its insides (a spin box's editor) are its own business
        return;
    }
    if (QLayout *layout = widget->layout()) {
        const qsizetype before = out.size();
        collect(layout, chain, out);
        // Controls parented here but not in the layout still belong to this widget.
        for (QWidget *w : chain) {
            if (widget->isAncestorOf(w) && !out.sliced(before).contains(w)) {
                bool inside = false;
                for (qsizetype i = before; i < out.size() && !inside; ++i)
                    inside = out.at(i)->isAncestorOf(w);
                if (!inside)
                    out.append(w);
            }
        }
        return;
    }
    for (QWidget *w : chain) {
        if (widget->isAncestorOf(w))
            out.append(w);
    }
}

} // namespace

void FocusOrder::followLayout(QWidget *root)
{
    if (!root || !root->layout())
        return;
    // Qt 6 makes a button box a stop of its own in the chain, where it was created, that jumps
    // to its first button: once the buttons move, that stop would send Tab back into the
    // middle of the dialog. The buttons are chained below like every other control.
    for (auto *box : root->findChildren<QDialogButtonBox *>())
        box->setFocusProxy(nullptr);
    const QList<QWidget *> chain = currentChain(root->window());
    QList<QWidget *> order;
    collect(root->layout(), chain, order);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    // The chain is a ring: say where on it the keyboard starts.
    if (!order.isEmpty() && !root->window()->focusWidget())
        order.first()->setFocus(Qt::OtherFocusReason);
}
