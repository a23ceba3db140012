#include "UrlPolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

QString UrlPolicy::problem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server address \"%1\" is not a valid URL.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return tr("The server address must not contain a user name or password; "
                  "credentials go in the profile, where they are kept in the keychain.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Refusing plain http:// to %1: the token would travel unencrypted. Use https://.")
            .arg(url.host());
    }
    return tr("Unsupported address scheme \"%1\": use https://.").arg(url.scheme());
}

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool UrlPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme() == u"https" ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}
