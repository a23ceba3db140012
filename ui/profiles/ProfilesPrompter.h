#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Questions and notices the profile dialogs need, behind a seam so tests answer them without
// a modal loop. The default implementation uses the platform's message boxes.
class ProfilesPrompter
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesPrompter)

public:
    virtual ~ProfilesPrompter() = default;

    // "Use the token for this session only?" after the keychain failed. true = yes.
    virtual bool offerSessionOnly(QWidget *parent, const QString &keychainMessage);
    // Destructive or revealing actions: true = go ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);

    static ProfilesPrompter *defaultPrompter();
};
