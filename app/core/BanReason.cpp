#include "BanReason.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct ReasonRow
{
    BanReason reason;
    QLatin1StringView apiName;
    const char *label; // the contract's "Typical UI label", translated on use
};

// Contract §5, in code order.
const ReasonRow Rows[] = {
    {BanReason::Insults, "INSULTS"_L1, QT_TRANSLATE_NOOP("BanReasonInfo", "Insults")},
    {BanReason::Personal, "PERSONAL"_L1,
     QT_TRANSLATE_NOOP("BanReasonInfo", "Personal attacks / personal data")},
    {BanReason::Flood, "FLOOD"_L1, QT_TRANSLATE_NOOP("BanReasonInfo", "Flooding / spam")},
    {BanReason::Links, "LINKS"_L1, QT_TRANSLATE_NOOP("BanReasonInfo", "Links")},
    {BanReason::Violence, "VIOLENCE"_L1, QT_TRANSLATE_NOOP("BanReasonInfo", "Violence")},
    {BanReason::Fraud, "FRAUD"_L1, QT_TRANSLATE_NOOP("BanReasonInfo", "Fraud / scam")},
    {BanReason::Nickname, "NICKNAME"_L1, QT_TRANSLATE_NOOP("BanReasonInfo", "Forbidden nickname")},
    {BanReason::Political, "POLITICAL"_L1, QT_TRANSLATE_NOOP("BanReasonInfo", "Politics")},
    {BanReason::Repeated, "REPEATED"_L1, QT_TRANSLATE_NOOP("BanReasonInfo", "Repeated violation")},
};

const ReasonRow *find(BanReason reason)
{
    for (const ReasonRow &row : Rows) {
        if (row.reason == reason)
            return &row;
    }
    return nullptr; // only for a value cast from an out-of-range integer
}

} // namespace

QList<BanReason> BanReasonInfo::all()
{
    QList<BanReason> result;
    for (const ReasonRow &row : Rows)
        result.append(row.reason);
    return result;
}

int BanReasonInfo::code(BanReason reason)
{
    return static_cast<int>(reason);
}

std::optional<BanReason> BanReasonInfo::fromCode(int code)
{
    for (const ReasonRow &row : Rows) {
        if (static_cast<int>(row.reason) == code)
            return row.reason;
    }
    return std::nullopt;
}

QString BanReasonInfo::apiName(BanReason reason)
{
    const ReasonRow *row = find(reason);
    return row ? QString(row->apiName) : QString();
}

std::optional<BanReason> BanReasonInfo::fromName(const QString &nameOrCode)
{
    const QString text = nameOrCode.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Digits only: "2" is FLOOD, but "+2", "2.0" or " 2x" are not codes.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })) {
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok ? fromCode(value) : std::nullopt;
    }
    for (const ReasonRow &row : Rows) {
        if (text.compare(row.apiName, Qt::CaseInsensitive) == 0)
            return row.reason;
    }
    return std::nullopt;
}

QString BanReasonInfo::displayName(BanReason reason)
{
    const ReasonRow *row = find(reason);
    return row ? tr(row->label) : QString();
}

bool BanReasonInfo::takesExpiry(BanReason reason)
{
    // A forbidden nickname blocks until the user changes it, so there is no period (§5).
    return reason != BanReason::Nickname;
}
