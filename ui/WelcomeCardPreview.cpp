#include "WelcomeCardPreview.h"

#include "BadgeChipPainter.h"
#include "ChatPreviewStyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace {
constexpr int CardWidth = 220;
constexpr int CardHeight = 250;
constexpr int Gap = 10;
constexpr int Picture = 96;
} // namespace

WelcomeCardPreview::WelcomeCardPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeCardPreview"));
    setAccessibleName(tr("Welcome message preview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(CardHeight + 2 * Gap);
}

void WelcomeCardPreview::setBadge(const Badge &badge)
{
    m_badge = badge;
    update();
}

void WelcomeCardPreview::setPicture(const QImage &image)
{
    m_picture = image;
    update();
}

QSize WelcomeCardPreview::sizeHint() const
{
    return {2 * CardWidth + 3 * Gap, CardHeight + 2 * Gap};
}

QRect WelcomeCardPreview::cardRect(bool dark) const
{
    return {dark ? 2 * Gap + CardWidth : Gap, Gap, CardWidth, CardHeight};
}

QString WelcomeCardPreview::elideLines(const QString &text, const QFont &font, int width, int lines)
{
    // Lays the text out as the card would and cuts it with an ellipsis on the last line.
    QTextLayout layout(text, font);
    layout.beginLayout();
    QString result;
    int used = 0;
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const int start = line.textStart();
        const int length = line.textLength();
        if (i == lines - 1 && start + length < text.size()) {
            const QString rest = text.mid(start);
            result += QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
            used = int(text.size());
            break;
        }
        result += text.mid(start, length);
        used = start + length;
    }
    layout.endLayout();
    Q_UNUSED(used)
    return result;
}

void WelcomeCardPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().window());
    paintCard(painter, cardRect(false), false);
    paintCard(painter, cardRect(true), true);
}

void WelcomeCardPreview::paintCard(QPainter &painter, const QRect &card, bool dark)
{
    const ChatPreviewStyle style = dark ? ChatPreviewStyle::dark() : ChatPreviewStyle::light();
    QPainterPath outline;
    outline.addRoundedRect(QRectF(card), 12, 12);
    painter.fillPath(outline, style.background);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.secondary, 0.6));
    painter.drawPath(outline);

    const QRect pictureRect(card.center().x() - Picture / 2, card.top() + 14, Picture, Picture);
    if (!m_picture.isNull()) {
        QPainterPath clip;
        clip.addRoundedRect(QRectF(pictureRect), 10, 10);
        painter.save();
        painter.setClipPath(clip);
        const QImage scaled =
            m_picture.scaled(pictureRect.size() * painter.device()->devicePixelRatioF(),
                             Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        painter.drawImage(
            pictureRect, scaled,
            QRect(QPoint((scaled.width()
                          - pictureRect.width() * int(painter.device()->devicePixelRatioF()))
                             / 2,
                         (scaled.height()
                          - pictureRect.height() * int(painter.device()->devicePixelRatioF()))
                             / 2),
                  pictureRect.size() * painter.device()->devicePixelRatioF()));
        painter.restore();
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.card);
        painter.drawRoundedRect(pictureRect, 10, 10);
        // Without a picture, the chat shows the badge itself in its place.
        QFont chipFont = font();
        chipFont.setBold(true);
        const QSize chip = BadgeChipPainter::sizeHint(m_badge, chipFont, &m_chipLabels)
                               .boundedTo(pictureRect.size() - QSize(8, 8));
        BadgeChipPainter::paint(&painter,
                                QRect(pictureRect.center().x() - chip.width() / 2,
                                      pictureRect.top(), chip.width(), pictureRect.height()),
                                m_badge, chipFont, &m_chipLabels);
    }

    const int textWidth = card.width() - 28;
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    const QString title = elideLines(m_badge.communicationTitle, titleFont, textWidth, TitleLines);
    const QString text = elideLines(m_badge.communicationText, font(), textWidth, TextLines);
    if (!dark) {
        m_shownTitle = title;
        m_shownText = text;
    }
    const QFontMetrics titleMetrics(titleFont);
    const QRect titleRect(card.left() + 14, pictureRect.bottom() + 12, textWidth,
                          titleMetrics.lineSpacing() * TitleLines);
    painter.setFont(titleFont);
    painter.setPen(style.nickname);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    const QFontMetrics metrics(font());
    const QRect textRect(card.left() + 14, titleRect.bottom() + 4, textWidth,
                         metrics.lineSpacing() * TextLines);
    painter.setFont(font());
    painter.setPen(style.message);
    painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}
