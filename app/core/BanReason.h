#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The documented reason codes of POST /external/ban (contract §5).
enum class BanReason {
    Insults = 0,
    Personal = 1,
    Flood = 2,
    Links = 3,
    Violence = 4,
    Fraud = 5,
    Nickname = 6,
    Political = 7,
    Repeated = 8,
};

class BanReasonInfo
{
    Q_DECLARE_TR_FUNCTIONS(BanReasonInfo)

public:
    static QList<BanReason> all();
    static int code(BanReason reason);
    static std::optional<BanReason> fromCode(int code);
    static QString apiName(BanReason reason); // "INSULTS", …
    // Accepts the API name (any case) or the numeric code as text.
    static std::optional<BanReason> fromName(const QString &nameOrCode);
    static QString displayName(BanReason reason); // translated, e.g. "Flooding / spam"
    // The nickname reason blocks until the nickname changes: it takes no expiry.
    static bool takesExpiry(BanReason reason);
};
