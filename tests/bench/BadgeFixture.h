#pragma once

#include <QJsonObject>
#include <QString>

// Generated badges for the benchmark: realistic text (emoji, a word, a number), colours,
// tooltips and welcome messages, and a few holders each so that sorting by holders means
// something. The same seed always gives the same badges, so runs compare.
class BadgeFixture
{
public:
    // The badge with 0-based index `index`, as a client would create it (no id).
    static QJsonObject badge(int index);
    // Words the texts are made of ("Gold", "Helper", …): typing one of them narrows the list.
    static QString word(int index);

    // Writes a badgedesk-sandbox data file (--data) holding `count` badges for `apiKey`.
    static bool writeSandboxData(const QString &path, const QString &apiKey, int count,
                                 QString *error);
};
