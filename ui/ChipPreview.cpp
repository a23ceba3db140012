#include "ChipPreview.h"

#include "BadgeChipPainter.h"
#include "ChatPreviewStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int RowHeight = 44;
constexpr int TooltipHeight = 58;
constexpr int Margin = 10;
constexpr int Avatar = 28;
} // namespace

ChipPreview::ChipPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chipPreview"));
    setAccessibleName(tr("Chip preview on the chat's light and dark backgrounds"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ChipPreview::setBadge(const Badge &badge)
{
    m_badge = badge;
    setToolTip(badge.tooltip);
    update();
}

QSize ChipPreview::sizeHint() const
{
    return {420, 2 * RowHeight + TooltipHeight};
}

QSize ChipPreview::minimumSizeHint() const
{
    return {260, 2 * RowHeight + TooltipHeight};
}

void ChipPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect lightRow(0, 0, width(), RowHeight);
    const QRect darkRow(0, RowHeight, width(), RowHeight + TooltipHeight);
    m_lightChip = paintRow(painter, lightRow, false);
    m_darkChip = paintRow(painter, darkRow.adjusted(0, 0, 0, -TooltipHeight), true);
    painter.fillRect(QRect(0, 2 * RowHeight, width(), TooltipHeight),
                     ChatPreviewStyle::dark().background);

    // The tooltip as a bubble under the dark row's chip, the way the chat shows it on hover.
    if (m_badge.tooltip.isEmpty())
        return;
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    const int maxWidth = qMin(300, width() - m_darkChip.left() - Margin);
    const QRect textBounds = painter.fontMetrics().boundingRect(
        QRect(0, 0, maxWidth - 16, TooltipHeight - 18), Qt::TextWordWrap, m_badge.tooltip);
    const QRect bubble(m_darkChip.left(), m_darkChip.bottom() + 8, textBounds.width() + 16,
                       qMin(textBounds.height(), TooltipHeight - 18) + 8);
    QPainterPath path;
    path.addRoundedRect(QRectF(bubble), 6, 6);
    path.moveTo(bubble.left() + 10, bubble.top());
    path.lineTo(bubble.left() + 16, bubble.top() - 6);
    path.lineTo(bubble.left() + 22, bubble.top());
    painter.fillPath(path, QColor(0xf7, 0xf7, 0xf9));
    painter.setPen(QColor(0x20, 0x20, 0x24));
    const QString elided = painter.fontMetrics().elidedText(m_badge.tooltip, Qt::ElideRight,
                                                            (bubble.width() - 16) * 2);
    painter.drawText(bubble.adjusted(8, 4, -8, -4), Qt::TextWordWrap, elided);
}

QRect ChipPreview::paintRow(QPainter &painter, const QRect &row, bool dark)
{
    const ChatPreviewStyle style = dark ? ChatPreviewStyle::dark() : ChatPreviewStyle::light();
    painter.fillRect(row, style.background);
    const QRect avatar(row.left() + Margin, row.top() + (row.height() - Avatar) / 2, Avatar,
                       Avatar);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x7e, 0x57, 0xc2));
    painter.drawEllipse(avatar);
    painter.setPen(Qt::white);
    painter.drawText(avatar, Qt::AlignCenter, tr("A", "avatar initial"));

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(style.nickname);
    const QString nickname = tr("Alex");
    const int nickWidth = painter.fontMetrics().horizontalAdvance(nickname);
    const QRect nickRect(avatar.right() + 8, row.top(), nickWidth, row.height());
    painter.drawText(nickRect, Qt::AlignVCenter | Qt::AlignLeft, nickname);

    QFont chipFont = font();
    chipFont.setPointSizeF(chipFont.pointSizeF() * 0.85);
    chipFont.setBold(true);
    const QRect chipArea(nickRect.right() + 6, row.top(),
                         qMax(0, row.right() - nickRect.right() - 6 - Margin), row.height());
    const QRect chip = BadgeChipPainter::paint(&painter, chipArea, m_badge, chipFont, &m_labels);

    painter.setFont(font());
    painter.setPen(style.message);
    const QRect message(chip.right() + 8, row.top(),
                        qMax(0, row.right() - chip.right() - 8 - Margin), row.height());
    const QString greeting = tr("Hi everyone! 👋");
    if (m_labels.advance(greeting, font()) < message.width()) {
        m_labels.drawLeftVCentered(&painter, message, greeting, font()); // fits: nothing to cut
    } else {
        painter.drawText(
            message, Qt::AlignVCenter | Qt::AlignLeft,
            painter.fontMetrics().elidedText(greeting, Qt::ElideRight, message.width()));
    }
    return chip;
}
