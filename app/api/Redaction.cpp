#include "Redaction.h"

using namespace Qt::StringLiterals;

QString Redaction::maskSecret(const QString &secret)
{
    constexpr int Visible = 4;
    // Below this length the ends would give away too much of the secret.
    constexpr int MinimumForEnds = 16;
    if (secret.size() < MinimumForEnds)
        return u"••••"_s;
    return secret.left(Visible) + u"…"_s + secret.right(Visible);
}

bool Redaction::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    // The contract calls the API key public, but partners treat it as private (issue 5): it is
    // masked wherever the token is.
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower == "x-api-key";
}

HeaderList Redaction::redactHeaders(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (!isSecretHeader(name)) {
            out.append({name, value});
            continue;
        }
        const QString text = QString::fromLatin1(value);
        const qsizetype space = text.indexOf(u' ');
        const QString scheme = space > 0 ? text.left(space + 1) : QString();
        out.append({name, (scheme + maskSecret(text.mid(scheme.size()))).toUtf8()});
    }
    return out;
}

QString Redaction::scrub(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, maskSecret(secret));
    return text;
}
