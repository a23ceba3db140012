#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

// A loopback HTTP/1.1 server that answers with canned responses, for what the sandbox cannot
// do on purpose: redirects to another origin, garbage bodies, oversized answers.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int Stall = 0; // Response::status: never answer
    static constexpr int Reset = -1; // Response::status: drop the connection

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    QByteArray origin() const; // "http://127.0.0.1:PORT"

    void setDefaultResponse(const Response &response) { m_default = response; }
    void enqueue(const Response &response) { m_queue.append(response); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Response> m_queue;
    Response m_default;
    QList<Request> m_requests;
    QHostAddress m_address;
};
