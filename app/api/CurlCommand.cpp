#include "CurlCommand.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

namespace {

// A placeholder stays outside single quotes so the shell expands it.
QString secretHeader(const QString &prefix, const QString &secret, const char *placeholder)
{
    if (secret.isEmpty())
        return u"\""_s + prefix + QLatin1String(placeholder) + u"\""_s;
    return CurlCommand::shellQuote(prefix + secret);
}

} // namespace

QString CurlCommand::build(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                           const QByteArray &body, const CurlSecrets &include)
{
    QStringList parts {u"curl"_s};
    if (method != "GET")
        parts << u"-X"_s << QString::fromLatin1(method);
    parts << shellQuote(url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : headers) {
        QString line;
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            line = secretHeader(u"Authorization: Bearer "_s, include.token, TokenPlaceholder);
        } else if (name.compare("x-api-key", Qt::CaseInsensitive) == 0) {
            line = secretHeader(QString::fromLatin1(name) + u": "_s, include.apiKey,
                                ApiKeyPlaceholder);
        } else {
            line = shellQuote(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
        }
        parts << u"-H"_s << line;
    }
    if (!body.isEmpty())
        parts << u"--data-raw"_s << shellQuote(QString::fromUtf8(body));
    return parts.join(u' ');
}
