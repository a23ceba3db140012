#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe trick), so the sandbox leaves its event
// loop normally and its data file is flushed. Does nothing on Windows.
class SandboxSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxSignalWatcher(QObject *parent = nullptr);
    ~SandboxSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
