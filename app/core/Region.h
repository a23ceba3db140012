#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

enum class Region { Europe, NorthAmerica, SouthAmerica, Asia, Africa, Custom };

// The region table of the contract (§1): every URL is built from the project's region.
class RegionInfo
{
    Q_DECLARE_TR_FUNCTIONS(RegionInfo)

public:
    static QList<Region> builtIn(); // the five documented regions, Europe first
    static QUrl baseUrl(Region region); // empty for Custom
    // The tech-messages host of the same region (§1, §8); empty for Custom.
    static QUrl techMessagesUrl(Region region);
    static QString displayName(Region region); // translated: "Europe", "North America", …
    static QString key(Region region); // stable id for settings/env: eu, us, sa, hk, za, custom
    static std::optional<Region>
    fromKey(const QString &key); // case-insensitive; also accepts names
};
