#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body Qt can read once and not rewind. Qt 6.4 silently re-sends a request whose
// connection drops before the answer — POST included. For a create that would make a second
// badge, so such bodies go through this device and Qt reports ContentReSendError instead.
// (Deliberately not a QBuffer: Qt recognises QBuffer and rewinds it behind our back.)
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};
