#pragma once

#include "ImageCheck.h"

#include <QImage>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Loads a badge picture from its address, asynchronously and never more than the 10 MB the
// contract allows (plus one byte to know it is over), and checks it against §4.1. No credential
// is ever sent: these are public images on the operator's own CDN.
class ImageProbe : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ImageCheck &check, const QImage &preview)>;

    explicit ImageProbe(QObject *parent = nullptr);
    ~ImageProbe() override;

    // Cancels a probe still running (its callback is not called) and starts a new one.
    void probe(const QUrl &url, Callback done);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    // The same rules for a local file, before it is uploaded elsewhere. Reads only the header
    // for the size; the preview is decoded scaled down.
    static ImageCheck checkFile(const QString &path, QImage *preview = nullptr);
    static ImageCheck checkBytes(const QByteArray &bytes, QImage *preview = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    void finish(const ImageCheck &check, const QImage &preview);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    Callback m_done;
    int m_timeoutMs = 20000;
    bool m_overCap = false;
};
