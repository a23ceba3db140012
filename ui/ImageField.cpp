#include "ImageField.h"

#include "DialogService.h"
#include "ImageProbe.h"
#include "StatusColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

ImageField::ImageField(const QString &name, DialogService *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_edit(new QLineEdit(this))
    , m_fileButton(new QToolButton(this))
    , m_thumbnail(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_probe(new ImageProbe(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit->setObjectName(name + u"Edit"_s);
    m_edit->setPlaceholderText(tr("https://… (empty: no picture)"));
    m_edit->setClearButtonEnabled(true);
    m_fileButton->setObjectName(name + u"CheckFile"_s);
    m_fileButton->setText(tr("Check a file…"));
    m_fileButton->setToolTip(tr("Check a local picture against the limits before you upload it"));
    m_thumbnail->setObjectName(name + u"Thumbnail"_s);
    m_thumbnail->setFixedSize(40, 40);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_verdict->setObjectName(name + u"Verdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    layout->addWidget(m_thumbnail, 0, 0, 2, 1);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(m_fileButton, 0, 2);
    layout->addWidget(m_verdict, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    setFocusProxy(m_edit);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(600);
    connect(m_debounce, &QTimer::timeout, this, &ImageField::startCheck);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &value) {
        m_debounce->start();
        emit textEdited(value);
    });
    connect(m_fileButton, &QToolButton::clicked, this, [this] {
        m_dialogs->chooseOpenFile(this, tr("Check a picture"),
                                  tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)"),
                                  [this](const QString &path) {
                                      if (!path.isEmpty())
                                          checkLocalFile(path);
                                  });
    });
    show(ImageCheck(), {});
}

QString ImageField::text() const
{
    return m_edit->text();
}

void ImageField::setText(const QString &text)
{
    if (m_edit->text() != text) {
        m_edit->setText(text);
        m_debounce->stop();
        startCheck();
    } else if (m_check.state == ImageCheck::State::Empty && !text.isEmpty()) {
        startCheck();
    }
}

void ImageField::setFieldName(const QString &name)
{
    setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_fileButton->setAccessibleDescription(name);
}

void ImageField::startCheck()
{
    const QString address = text().trimmed();
    if (address.isEmpty()) {
        m_probe->cancel();
        show(ImageCheck(), {});
        return;
    }
    ImageCheck loading;
    loading.state = ImageCheck::State::Loading;
    show(loading, {});
    m_probe->probe(
        QUrl(address, QUrl::StrictMode),
        [this](const ImageCheck &check, const QImage &preview) { show(check, preview); });
}

void ImageField::checkLocalFile(const QString &path)
{
    QImage preview;
    const ImageCheck check = ImageProbe::checkFile(path, &preview);
    show(check, preview);
    m_verdict->setText(tr("Local file: %1").arg(check.summary()));
}

void ImageField::show(const ImageCheck &check, const QImage &preview)
{
    m_check = check;
    m_preview = preview;
    m_verdict->setText(check.summary());
    QPalette pal = m_verdict->palette();
    const bool bad = (check.state == ImageCheck::State::Checked && !check.ok())
        || check.state == ImageCheck::State::Failed;
    pal.setColor(QPalette::WindowText,
                 bad ? StatusColors::text(StatusColors::Status::Problem, palette())
                     : palette().color(QPalette::WindowText));
    m_verdict->setPalette(pal);
    if (preview.isNull()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(check.state == ImageCheck::State::Loading ? u"…"_s : u"—"_s);
    } else {
        const qreal dpr = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(preview.scaled(
            m_thumbnail->size() * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(dpr);
        m_thumbnail->setPixmap(pixmap);
    }
    emit checked(check, preview);
}
