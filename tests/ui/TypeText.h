#pragma once

#include <QCoreApplication>
#include <QKeyEvent>
#include <QString>
#include <QTest>
#include <QWidget>

// QTest::keyClicks only knows ASCII; this types any text (emoji, dashes) as key events
// carrying it, as a keyboard with an input method would.
inline void typeText(QWidget *widget, const QString &text)
{
    QString pending; // non-ASCII runs go in one event, so surrogate pairs stay whole
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, pending);
        QCoreApplication::sendEvent(widget, &press);
        pending.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() >= 128) {
            pending += c;
            continue;
        }
        flush();
        QTest::keyClick(widget, c.toLatin1());
    }
    flush();
}
