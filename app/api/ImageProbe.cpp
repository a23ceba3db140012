#include "ImageProbe.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

constexpr int PreviewSide = 256;

ImageCheck readImage(QIODevice *device, qint64 bytes, QImage *preview)
{
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    const QString format = QString::fromLatin1(reader.format());
    if (preview && size.isValid()) {
        // Decoding at thumbnail size keeps a 6000 × 6000 px picture from costing 140 MB.
        if (size.width() > PreviewSide || size.height() > PreviewSide)
            reader.setScaledSize(size.scaled(PreviewSide, PreviewSide, Qt::KeepAspectRatio));
        *preview = reader.read();
    }
    return ImageCheck::evaluate(bytes, size, format);
}

} // namespace

ImageProbe::ImageProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ImageProbe::~ImageProbe()
{
    cancel();
}

void ImageProbe::cancel()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_done = nullptr;
}

void ImageProbe::probe(const QUrl &url, Callback done)
{
    cancel();
    m_done = std::move(done);
    m_overCap = false;
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        const ImageCheck check =
            ImageCheck::failed(tr("“%1” is not a web address.").arg(url.toString()));
        QMetaObject::invokeMethod(
            this, [this, check] { finish(check, {}); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > ImageCheck::MaxBytes && m_reply) {
            m_overCap = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 length =
            m_reply ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() : 0;
        if (length > ImageCheck::MaxBytes && m_reply) {
            m_overCap = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        if (!reply)
            return;
        reply->deleteLater();
        if (m_overCap) {
            finish(ImageCheck::tooLarge(ImageCheck::MaxBytes + 1), {});
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            finish(ImageCheck::failed(reply->errorString()), {});
            return;
        }
        QImage preview;
        const ImageCheck check = checkBytes(reply->readAll(), &preview);
        finish(check, preview);
    });
}

void ImageProbe::finish(const ImageCheck &check, const QImage &preview)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(check, preview);
}

ImageCheck ImageProbe::checkBytes(const QByteArray &bytes, QImage *preview)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readImage(&buffer, bytes.size(), preview);
}

ImageCheck ImageProbe::checkFile(const QString &path, QImage *preview)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return ImageCheck::failed(tr("“%1” is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImageCheck::failed(file.errorString());
    return readImage(&file, info.size(), preview);
}
