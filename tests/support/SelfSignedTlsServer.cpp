#include "SelfSignedTlsServer.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

SelfSignedTlsServer::SelfSignedTlsServer()
{
    QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, &m_server,
                     [this] { ++m_handshakesStarted; });
    QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_encryptedConnections;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray bytes = socket->readAll();
                m_plaintext += bytes;
                if (bytes.contains("\r\n\r\n"))
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\n[]");
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString SelfSignedTlsServer::opensslPath()
{
    return QStandardPaths::findExecutable(u"openssl"_s);
}

QString SelfSignedTlsServer::origin() const
{
    return u"https://127.0.0.1:%1"_s.arg(port());
}

bool SelfSignedTlsServer::start(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!QSslSocket::supportsSsl())
        return fail(u"Qt has no TLS backend here"_s);
    const QString openssl = opensslPath();
    if (openssl.isEmpty())
        return fail(u"the openssl tool is not installed"_s);
    if (!m_dir.isValid())
        return fail(u"no temporary folder for the key"_s);
    const QString keyPath = m_dir.filePath(u"key.pem"_s);
    const QString certPath = m_dir.filePath(u"cert.pem"_s);
    QProcess make;
    make.start(openssl,
               {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                keyPath, u"-out"_s, certPath});
    if (!make.waitForFinished(20000) || make.exitStatus() != QProcess::NormalExit
        || make.exitCode() != 0)
        return fail(u"openssl could not make a certificate: "_s
                    + QString::fromLocal8Bit(make.readAllStandardError()));
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return fail(u"openssl wrote no certificate"_s);
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (m_certificate.isNull() || key.isNull())
        return fail(u"Qt could not read the generated certificate or key"_s);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(key);
    m_server.setSslConfiguration(tls);
    if (!m_server.listen(QHostAddress::LocalHost))
        return fail(m_server.errorString());
    return true;
}
