#include "Region.h"

using namespace Qt::StringLiterals;

namespace {

struct RegionRow
{
    Region region;
    QLatin1StringView key;
    const char *englishName; // also the source text of the translation
    QLatin1StringView chatBackend;
    QLatin1StringView techMessages;
};

// The contract's table (§1). The docs label each row by continent, and the host names use
// their own two-letter codes (us, sa, hk, za), which is what the keys follow.
const RegionRow Rows[] = {
    {Region::Europe, "eu"_L1, QT_TRANSLATE_NOOP("RegionInfo", "Europe"),
     "https://chatbackend.watchers.io"_L1, "https://techmessages.watchers.io"_L1},
    {Region::NorthAmerica, "us"_L1, QT_TRANSLATE_NOOP("RegionInfo", "North America"),
     "https://chatbackend.us.watchers.io"_L1, "https://techmessages.us.watchers.io"_L1},
    {Region::SouthAmerica, "sa"_L1, QT_TRANSLATE_NOOP("RegionInfo", "South America"),
     "https://chatbackend.sa.watchers.io"_L1, "https://techmessages.sa.watchers.io"_L1},
    {Region::Asia, "hk"_L1, QT_TRANSLATE_NOOP("RegionInfo", "Asia"),
     "https://chatbackend.hk.watchers.io"_L1, "https://techmessages.hk.watchers.io"_L1},
    {Region::Africa, "za"_L1, QT_TRANSLATE_NOOP("RegionInfo", "Africa"),
     "https://chatbackend.za.watchers.io"_L1, "https://techmessages.za.watchers.io"_L1},
    {Region::Custom, "custom"_L1, QT_TRANSLATE_NOOP("RegionInfo", "Custom"), {}, {}},
};

const RegionRow &row(Region region)
{
    for (const RegionRow &r : Rows) {
        if (r.region == region)
            return r;
    }
    return Rows[std::size(Rows) - 1];
}

// "North America", "north-america", "north_america" and "NorthAmerica" all become
// "northamerica", so settings files and environment variables may spell names any way.
QString squashed(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

} // namespace

QList<Region> RegionInfo::builtIn()
{
    return {Region::Europe, Region::NorthAmerica, Region::SouthAmerica, Region::Asia,
            Region::Africa};
}

QUrl RegionInfo::baseUrl(Region region)
{
    const RegionRow &r = row(region);
    return r.chatBackend.isEmpty() ? QUrl() : QUrl(QString(r.chatBackend));
}

QUrl RegionInfo::techMessagesUrl(Region region)
{
    const RegionRow &r = row(region);
    return r.techMessages.isEmpty() ? QUrl() : QUrl(QString(r.techMessages));
}

QString RegionInfo::displayName(Region region)
{
    return tr(row(region).englishName);
}

QString RegionInfo::key(Region region)
{
    return QString(row(region).key);
}

std::optional<Region> RegionInfo::fromKey(const QString &key)
{
    const QString wanted = squashed(key);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const RegionRow &r : Rows) {
        if (wanted == squashed(QString(r.key))
            || wanted == squashed(QString::fromLatin1(r.englishName))
            || wanted == squashed(tr(r.englishName)))
            return r.region;
    }
    return std::nullopt;
}
