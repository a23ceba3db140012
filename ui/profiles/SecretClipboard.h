#pragma once

#include <QObject>
#include <QTimer>

// Copies a secret to the clipboard and takes it back after a while, unless the user has
// copied something else since (we never clear what is not ours).
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClearAfterMs = 30'000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &secret, int clearAfterMs = DefaultClearAfterMs);
    void clearNow();
    bool isHolding() const { return m_timer.isActive(); }

signals:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_fingerprint; // a hash, so the secret itself is not kept here
};
