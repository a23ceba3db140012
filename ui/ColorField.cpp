#include "ColorField.h"

#include "HexColor.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpressionValidator>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QIcon swatchIcon(const std::optional<QColor> &color, const QSize &size, qreal dpr)
{
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF rect(0.5, 0.5, size.width() - 1.0, size.height() - 1.0);
    if (color) {
        painter.setBrush(*color);
        painter.setPen(QColor(0, 0, 0, 90));
        painter.drawRoundedRect(rect, 3, 3);
    } else {
        // Empty or invalid: a struck-out box, so it never looks like a real colour.
        painter.setBrush(Qt::white);
        painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5));
        painter.drawRoundedRect(rect, 3, 3);
        painter.drawLine(rect.bottomLeft(), rect.topRight());
    }
    return QIcon(pixmap);
}

} // namespace

ColorField::ColorField(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_swatch(new QToolButton(this))
    , m_presets(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_swatch->setObjectName(name + u"Swatch"_s);
    m_swatch->setAccessibleName(tr("Choose colour"));
    m_swatch->setToolTip(tr("Open the colour dialog"));
    m_swatch->setIconSize(QSize(28, 18));
    connect(m_swatch, &QToolButton::clicked, this, [this] {
        auto *dialog = new QColorDialog(HexColor::parse(text()).value_or(Qt::white), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(u"colorDialog"_s);
        connect(dialog, &QColorDialog::colorSelected, this, &ColorField::pick);
        dialog->open();
    });

    m_edit->setObjectName(name + u"Edit"_s);
    m_edit->setAccessibleName(tr("Hex colour"));
    m_edit->setPlaceholderText(tr("#rrggbb"));
    m_edit->setMaxLength(9);
    m_edit->setClearButtonEnabled(false);
    // Only hex digits after a '#': a typo cannot get in, but an empty or partial value can,
    // because that is how people type (and real data arrives empty).
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"#?[0-9a-fA-F]{0,8}"_s), m_edit));
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &value) {
        updateSwatch();
        emit textEdited(value);
    });

    m_presets->setObjectName(name + u"Presets"_s);
    m_presets->setAccessibleName(tr("Preset colours"));
    m_presets->setText(tr("Presets"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_presets);
    for (const QColor &color : presets()) {
        QAction *action = menu->addAction(swatchIcon(color, QSize(16, 16), devicePixelRatioF()),
                                          HexColor::format(color));
        connect(action, &QAction::triggered, this, [this, color] { pick(color); });
    }
    m_presets->setMenu(menu);

    layout->addWidget(m_swatch);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_presets);
    setFocusProxy(m_edit);
    updateSwatch();
}

QList<QColor> ColorField::presets()
{
    return {QColor(0xea, 0x00, 0xfc), QColor(0xe5, 0x39, 0x35), QColor(0xfb, 0x8c, 0x00),
            QColor(0xfd, 0xd8, 0x35), QColor(0x43, 0xa0, 0x47), QColor(0x00, 0x89, 0x7b),
            QColor(0x1e, 0x88, 0xe5), QColor(0x39, 0x49, 0xab), QColor(0x6d, 0x4c, 0x41),
            QColor(0x54, 0x6e, 0x7a), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff)};
}

void ColorField::setFieldName(const QString &name)
{
    setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_swatch->setAccessibleDescription(name);
    m_presets->setAccessibleDescription(name);
}

QString ColorField::text() const
{
    return m_edit->text();
}

void ColorField::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
    updateSwatch();
}

void ColorField::pick(const QColor &color)
{
    if (!color.isValid())
        return;
    const QString hex = HexColor::format(color);
    m_edit->setText(hex);
    updateSwatch();
    emit textEdited(hex);
}

void ColorField::updateSwatch()
{
    const auto color = HexColor::parse(text());
    m_swatch->setIcon(swatchIcon(color, m_swatch->iconSize(), devicePixelRatioF()));
}
