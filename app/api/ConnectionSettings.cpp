#include "ConnectionSettings.h"

using namespace Qt::StringLiterals;

QUrl ConnectionSettings::baseUrl() const
{
    return region == Region::Custom ? customBaseUrl : RegionInfo::baseUrl(region);
}

QString ConnectionSettings::regionDisplayName() const
{
    if (region != Region::Custom)
        return RegionInfo::displayName(region);
    return customBaseUrl.host().isEmpty() ? tr("custom URL") : customBaseUrl.host();
}

std::optional<ConnectionSettings>
ConnectionSettings::fromEnvironment(const QProcessEnvironment &env, QString *error)
{
    ConnectionSettings settings;
    const QString baseUrl = env.value(u"WATCHERS_BASE_URL"_s).trimmed();
    const QString regionKey = env.value(u"WATCHERS_REGION"_s).trimmed();
    if (!baseUrl.isEmpty()) {
        settings.region = Region::Custom;
        settings.customBaseUrl = QUrl(baseUrl, QUrl::StrictMode);
        if (!settings.customBaseUrl.isValid()) {
            *error = tr("WATCHERS_BASE_URL is not a valid URL.");
            return std::nullopt;
        }
    } else if (!regionKey.isEmpty()) {
        const auto region = RegionInfo::fromKey(regionKey);
        if (!region || *region == Region::Custom) {
            *error = tr("WATCHERS_REGION \"%1\" is not one of eu, us, sa, hk, za.").arg(regionKey);
            return std::nullopt;
        }
        settings.region = *region;
    } else {
        *error = tr("Set WATCHERS_BASE_URL or WATCHERS_REGION.");
        return std::nullopt;
    }
    settings.apiKey = env.value(u"WATCHERS_API_KEY"_s).trimmed();
    settings.bearerToken = normalizedToken(env.value(u"WATCHERS_TOKEN"_s));
    if (settings.apiKey.isEmpty() || settings.bearerToken.isEmpty()) {
        *error = tr("Set WATCHERS_API_KEY and WATCHERS_TOKEN.");
        return std::nullopt;
    }
    return settings;
}

QString ConnectionSettings::normalizedToken(const QString &pasted)
{
    QString token = pasted.trimmed();
    auto unquote = [&token] {
        static const QString quotes = u"\"'`"_s;
        while (token.size() >= 2 && quotes.contains(token.front()) && token.back() == token.front())
            token = token.mid(1, token.size() - 2).trimmed();
    };
    unquote();
    // The docs' ban example writes "Bearer Bearer …": strip the scheme as often as it repeats.
    static const QString scheme = u"bearer"_s;
    while (token.size() > scheme.size()
           && token.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0
           && token.at(scheme.size()).isSpace()) {
        token = token.mid(scheme.size()).trimmed();
        unquote();
    }
    return token;
}
