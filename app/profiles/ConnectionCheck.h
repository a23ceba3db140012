#pragma once

#include "ApiError.h"
#include "ConnectionSettings.h"

#include <QObject>
#include <QPointer>

#include <functional>

class RequestLog;
class WatchersClient;

// "Test connection": one harmless read (the badge list, contract U-17) that tells apart a wrong
// region or API key (404 Project not found), a rejected token (403), a network or TLS failure,
// and success with the number of badges.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Success, WrongKeyOrRegion, TokenRejected, Network, Tls, Other };

    struct Result
    {
        Outcome outcome = Outcome::Other;
        int badgeCount = 0;
        QString message; // translated, says what to do
        ApiError error; // empty on success

        bool ok() const { return outcome == Outcome::Success; }
    };

    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // The check's call appears in this log like any other (redacted there).
    void setRequestLog(RequestLog *log);

    // Starts a check; a running one is cancelled. `done` (optional) and finished() follow.
    void start(const ConnectionSettings &settings, std::function<void(const Result &)> done = {});
    void cancel();
    bool isRunning() const { return m_running; }

    static Result classify(const ApiError &error, const ConnectionSettings &settings);
    static Result success(int badgeCount);

signals:
    void finished(const ConnectionCheck::Result &result);

private:
    WatchersClient *m_client;
    bool m_running = false;
    quint64 m_generation = 0;
};
