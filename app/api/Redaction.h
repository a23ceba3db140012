#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The one place where secrets are taken out of what gets logged or shown.
class Redaction
{
public:
    // "Bearer eyJh…Q2xk": first and last four characters of a long secret, nothing of a short one.
    static QString maskSecret(const QString &secret);
    // Authorization, x-api-key (and any header carrying a secret) masked; the rest as is.
    static HeaderList redactHeaders(const HeaderList &headers);
    static bool isSecretHeader(const QByteArray &name);
    // Removes every occurrence of the secret from free text (server messages, error strings).
    static QString scrub(QString text, const QString &secret);
};
