#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslServer>
#include <QString>
#include <QTemporaryDir>

// An HTTPS server on 127.0.0.1 with a certificate nobody vouches for: a key and a self-signed
// certificate (for the name 127.0.0.1, so only the trust is wrong) are made with the openssl
// tool when start() runs, never checked in. It records what a client managed to do: start a
// handshake, finish one, and send anything readable through it. An established session gets
// "200 []" to every request, so a client that wrongly trusted it would look successful.
class SelfSignedTlsServer
{
public:
    SelfSignedTlsServer();
    SelfSignedTlsServer(const SelfSignedTlsServer &) = delete;
    SelfSignedTlsServer &operator=(const SelfSignedTlsServer &) = delete;

    static QString opensslPath(); // empty when the openssl tool is not installed

    bool start(QString *error = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    QString origin() const; // "https://127.0.0.1:PORT"
    QSslCertificate certificate() const { return m_certificate; }

    int handshakesStarted() const { return m_handshakesStarted; }
    int encryptedConnections() const { return m_encryptedConnections; }
    // Everything received through established sessions: request lines, headers, bodies.
    QByteArray plaintext() const { return m_plaintext; }
    void clearPlaintext() { m_plaintext.clear(); }

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    QSslCertificate m_certificate;
    int m_handshakesStarted = 0;
    int m_encryptedConnections = 0;
    QByteArray m_plaintext;
};
