#pragma once

#include "Badge.h"
#include "Decoded.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Badge definitions as a JSON file, for backups and for moving designs between projects.
// Holder counts are not exported (they belong to the project); ids are kept for reference but
// an import always creates new badges.
class BadgeExchange
{
    Q_DECLARE_TR_FUNCTIONS(BadgeExchange)

public:
    static constexpr qsizetype MaxImportBytes = 32 * 1024 * 1024;

    static QByteArray exportJson(const QList<Badge> &badges);
    // Our own file, a bare array of badges, or a single badge object.
    static Decoded<QList<Badge>> importJson(const QByteArray &bytes);
    // What a create sends for an imported or copied badge: no id, no holder count.
    static Badge asNew(Badge badge);
};
