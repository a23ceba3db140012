#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace {

QByteArray fingerprintOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    // Leaving while the secret is on the clipboard: take it back now rather than never.
    if (m_timer.isActive())
        clearNow();
}

void SecretClipboard::copy(const QString &secret, int clearAfterMs)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // Asks clipboard managers (KDE Klipper, Windows history) not to keep it.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                  QByteArray(1, '\0'));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_fingerprint = fingerprintOf(secret);
    m_timer.start(clearAfterMs);
}

void SecretClipboard::clearNow()
{
    m_timer.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_fingerprint.isEmpty() && fingerprintOf(clipboard->text()) == m_fingerprint)
        clipboard->clear();
    m_fingerprint.clear();
    emit cleared();
}
