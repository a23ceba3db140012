#pragma once

#include "Badge.h"
#include "TextLayoutCache.h"

#include <QImage>
#include <QWidget>

// The welcome card a user sees on entering the chat after receiving the badge: picture,
// title and text, cut the way the chat cuts them, in the chat's light and dark themes.
class WelcomeCardPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TitleLines = 2;
    static constexpr int TextLines = 4;

    explicit WelcomeCardPreview(QWidget *parent = nullptr);

    void setBadge(const Badge &badge);
    void setPicture(const QImage &image); // null: a placeholder
    // What the card shows after truncation (for tests).
    QString shownTitle() const { return m_shownTitle; }
    QString shownText() const { return m_shownText; }
    QRect cardRect(bool dark) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintCard(QPainter &painter, const QRect &card, bool dark);
    static QString elideLines(const QString &text, const QFont &font, int width, int lines);

    Badge m_badge;
    QImage m_picture;
    QString m_shownTitle;
    QString m_shownText;
    TextLayoutCache m_chipLabels {8}; // both cards show the same chip
};
