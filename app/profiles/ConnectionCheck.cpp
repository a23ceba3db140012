#include "ConnectionCheck.h"

#include "WatchersClient.h"

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_client(new WatchersClient(this))
{
    // A check answers in seconds or not at all: no long retry chain behind a button.
    ClientOptions options = m_client->options();
    options.getRetry.maxRetries = 0;
    options.deadlineMs = 20'000;
    m_client->setOptions(options);
}

ConnectionCheck::~ConnectionCheck() = default;

void ConnectionCheck::setRequestLog(RequestLog *log)
{
    m_client->setRequestLog(log);
}

void ConnectionCheck::start(const ConnectionSettings &settings,
                            std::function<void(const Result &)> done)
{
    cancel();
    m_running = true;
    const quint64 generation = ++m_generation;
    m_client->setConnection(settings);
    m_client->listBadges(this,
                         [this, generation, settings,
                          done = std::move(done)](const ApiResult<QList<Badge>> &result) {
                             if (generation != m_generation)
                                 return; // superseded or cancelled
                             m_running = false;
                             const Result outcome = result.ok()
                                 ? success(int(result.value().size()))
                                 : classify(result.error(), settings);
                             if (done)
                                 done(outcome);
                             emit finished(outcome);
                         });
}

void ConnectionCheck::cancel()
{
    ++m_generation;
    m_running = false;
    m_client->cancelAll();
}

ConnectionCheck::Result ConnectionCheck::success(int badgeCount)
{
    Result result;
    result.outcome = Outcome::Success;
    result.badgeCount = badgeCount;
    result.message = tr("Connected. The project has %n badge(s).", nullptr, badgeCount);
    return result;
}

ConnectionCheck::Result ConnectionCheck::classify(const ApiError &error,
                                                  const ConnectionSettings &settings)
{
    Result result;
    result.error = error;
    switch (error.kind()) {
    case ApiError::Kind::ProjectNotFound:
        result.outcome = Outcome::WrongKeyOrRegion;
        result.message = tr("API key not recognised in region %1. Check the key and the region.")
                             .arg(settings.regionDisplayName());
        break;
    case ApiError::Kind::TokenRejected:
        result.outcome = Outcome::TokenRejected;
        result.message = tr("The bearer token was rejected (missing, wrong or revoked). Paste a "
                            "current token from the admin panel, Settings → Bearer tokens.");
        break;
    case ApiError::Kind::Tls:
        result.outcome = Outcome::Tls;
        result.message = tr("The secure connection to %1 failed: %2")
                             .arg(settings.regionDisplayName(), error.userMessage());
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RefusedUrl:
        result.outcome = Outcome::Network;
        result.message =
            tr("Could not reach %1: %2").arg(settings.regionDisplayName(), error.userMessage());
        break;
    default:
        result.outcome = Outcome::Other;
        result.message = error.userMessage();
        break;
    }
    return result;
}
