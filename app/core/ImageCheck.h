#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

// The contract's rules for the welcome-message picture (§4.1): at most 10 MB and at least
// 190 × 190 pixels. The server cannot check a remote image (U-8), so the client does.
struct ImageCheck
{
    Q_DECLARE_TR_FUNCTIONS(ImageCheck)

public:
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;
    static constexpr int MinSide = 190;

    enum class State { Empty, Loading, Checked, Failed };

    State state = State::Empty;
    qint64 bytes = -1; // -1 when unknown (larger than the cap: MaxBytes + 1)
    QSize size; // invalid when not decodable
    QString format; // "png"
    QStringList problems; // translated; empty when every rule holds
    QString failure; // why it could not be checked (network, not an image)

    bool ok() const { return state == State::Checked && problems.isEmpty(); }
    QString summary() const; // one line for the verdict label

    static ImageCheck evaluate(qint64 bytes, const QSize &size, const QString &format);
    static ImageCheck failed(const QString &why);
    static ImageCheck tooLarge(qint64 atLeastBytes);
};
