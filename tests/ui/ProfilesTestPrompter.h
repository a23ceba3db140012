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

    // Answers at once: the dialogs must cope with an answer that arrives inside the call as
    // well as with one that arrives later from a real message box.
    void offerSessionOnly(QWidget *, const QString &keychainMessage,
                          std::function<void(bool)> done) override
    {
        asked << keychainMessage;
        done(sessionOnlyAnswer);
    }
    void confirm(QWidget *, const QString &, const QString &text, const QString &,
                 std::function<void(bool)> done) override
    {
        asked << text;
        done(confirmAnswer);
    }
    void inform(QWidget *, const QString &, const QString &text) override { asked << text; }
};
