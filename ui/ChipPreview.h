#pragma once

#include "Badge.h"
#include "TextLayoutCache.h"

#include <QWidget>

// The chip as the chat shows it: beside a nickname in a message row, once on the chat's light
// background and once on its dark one, with the tooltip other users see when they hover it.
class ChipPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ChipPreview(QWidget *parent = nullptr);

    void setBadge(const Badge &badge);
    const Badge &badge() const { return m_badge; }

    // Where the chip was last painted in each row (for tests sampling pixels).
    QRect chipRect(bool dark) const { return dark ? m_darkChip : m_lightChip; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect paintRow(QPainter &painter, const QRect &row, bool dark);

    Badge m_badge;
    QRect m_lightChip;
    QRect m_darkChip;
    // Labels with an emoji cost a fraction of a millisecond each time they are laid out; the
    // message and, per keystroke, the new chip label are laid out once for both rows.
    TextLayoutCache m_labels {16};
};
