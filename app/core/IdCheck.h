#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The checks every request shares for the ids it carries (§5, §6, §7, §9), so that a user id
// is judged the same way whether it is banned, promoted or posted as.
class IdCheck
{
    Q_DECLARE_TR_FUNCTIONS(IdCheck)

public:
    enum class Kind { User, Room };

    // Required (after trimming), free of control characters; a user id that looks encrypted
    // (Base64 or percent-encoded) gets a warning, because the APIs take the plain id (§9).
    static void check(ValidationResult &result, const QString &field, const QString &value,
                      Kind kind);
    static bool hasControlCharacter(QStringView text);
    static bool looksEncrypted(QStringView userId);
};
