#pragma once

#include "FaultPlan.h"
#include "SandboxApi.h"
#include "SandboxInspector.h"
#include "SandboxOptions.h"
#include "SandboxState.h"
#include "SandboxStats.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

// A local stand-in for the Watchers backend (contract watchers-api.md): the public routes, the
// /__sandbox/ inspection and fault routes, latency and fault injection, and persistence.
//
// Fully asynchronous: nothing blocks, so a test can run it in the same thread as its
// QNetworkAccessManager. Every response that is not written at once (latency, stalls) keeps its
// QHttpServerResponder alive in a shared holder and checks that the connection still exists
// before writing to it.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    // requestHandled() reports these instead of an HTTP status when no response went out.
    static constexpr int StatusReset = -1; // connection dropped (reset, reset-after-apply)
    static constexpr int StatusStalled = -2; // request accepted and never answered

    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the data file (if any), seeds rooms and demo content, then listens.
    bool start(QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:PORT" (or the bound address when it is specific)

    const SandboxOptions &options() const { return m_options; }

    FaultPlan faultPlan() const { return m_faults; }
    void setFaultPlan(const FaultPlan &plan) { m_faults = plan; }
    int latencyMs() const { return m_latencyMs; }
    void setLatencyMs(int latencyMs) { m_latencyMs = qMax(0, latencyMs); }

    // The time bans expire against and messages are stamped with (tests move it forward).
    void setClock(std::function<QDateTime()> clock);

    int stalledCount() const;
    void releaseStalled(); // drops every stalled connection

    // Writes the data file now (it is also written after every change). True without one.
    bool flush(QString *error = nullptr);

signals:
    // After a response went out (or a fault took its place). Never carries headers or query
    // strings, so it is safe to log.
    void requestHandled(const QString &method, const QString &path, int status);
    void persistenceFailed(const QString &error);

private:
    struct Pending;

    void handleRequest(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder);
    void handlePublic(const SandboxRequest &request, const std::shared_ptr<Pending> &pending);
    SandboxReply handleSandboxRoute(const SandboxRequest &request);
    SandboxReply faultReply(FaultPlan::Kind kind) const;
    void deliver(const std::shared_ptr<Pending> &pending, const SandboxReply &reply, int delayMs);
    void dropConnection(const std::shared_ptr<Pending> &pending, int delayMs);
    void writeReply(Pending &pending, const SandboxReply &reply);
    void seedProjects();
    void persist();

    SandboxOptions m_options;
    SandboxState m_state;
    SandboxStats m_stats;
    SandboxApi m_api;
    SandboxInspector m_inspector;
    FaultPlan m_faults;
    int m_latencyMs = 0;
    QList<std::shared_ptr<Pending>> m_stalled;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<QTcpServer> m_tcpServer;
};
