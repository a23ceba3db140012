#pragma once

#include "ProfilesPrompter.h"

#include <QStringList>

// Answers the profile dialogs' questions without a modal loop, and remembers what was asked.
class ProfilesTestPrompter : public ProfilesPrompter
{
public:
    bool sessionOnlyAnswer = true;
    bool confirmAnswer = true;
    QStringList asked;

    bool offerSessionOnly(QWidget *, const QString &keychainMessage) override
    {
        asked << keychainMessage;
        return sessionOnlyAnswer;
    }
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        asked << text;
        return confirmAnswer;
    }
    void inform(QWidget *, const QString &, const QString &text) override { asked << text; }
};
