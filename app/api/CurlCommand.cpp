#include "CurlCommand.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString CurlCommand::build(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                           const QByteArray &body, const QString &includeToken)
{
    QStringList parts{u"curl"_s};
    if (method != "GET")
        parts << u"-X"_s << QString::fromLatin1(method);
    parts << shellQuote(url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : headers) {
        QString line;
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            // A placeholder stays outside single quotes so the shell expands it.
            if (includeToken.isEmpty())
                line = u"\"Authorization: Bearer "_s + QLatin1String(TokenPlaceholder) + u"\""_s;
            else
                line = shellQuote(u"Authorization: Bearer "_s + includeToken);
        } else {
            line = shellQuote(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
        }
        parts << u"-H"_s << line;
    }
    if (!body.isEmpty())
        parts << u"--data-raw"_s << shellQuote(QString::fromUtf8(body));
    return parts.join(u' ');
}
