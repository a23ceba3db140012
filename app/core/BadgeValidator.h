#pragma once

#include "Badge.h"
#include "ValidationResult.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

// The contract's rules for a badge (§4.1, §4.8), checked before anything is sent. Limits are
// counted in code points, as the server counts them; messages also give the grapheme count
// when it differs, because that is what the user sees.
class BadgeValidator
{
    Q_DECLARE_TR_FUNCTIONS(BadgeValidator)

public:
    static constexpr int TooltipMax = 140;
    static constexpr int TitleMax = 140;
    static constexpr int TextMax = 180; // communicationText
    static constexpr int AdvisedLabelLength = 12; // a warning, not an error (U-20)

    static ValidationResult validate(const Badge &badge);

    // The condition types of the sandbox's trigger schema (§4.8; the names are ours).
    static QStringList triggerTypes();
    // True when `trigger` is an object in the §4.8 shape: a "conditions" array of objects whose
    // "type" is one of triggerTypes(), and "duration" absent, null or an object. Only such a
    // trigger is checked (and can be edited as a form); any other object is kept as it is.
    static bool triggerFollowsSchema(const QJsonValue &trigger);
};
