#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// Questions and notices the profile dialogs need, behind a seam so tests answer them without
// a modal loop. The default implementation opens the platform's message boxes with open(),
// never exec(), and answers through the callback: no nested event loop.
class ProfilesPrompter
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesPrompter)

public:
    virtual ~ProfilesPrompter() = default;

    // "Use the token for this session only?" after the keychain failed. true = yes.
    virtual void offerSessionOnly(QWidget *parent, const QString &keychainMessage,
                                  std::function<void(bool accepted)> done);
    // Destructive or revealing actions: true = go ahead.
    virtual void confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel, std::function<void(bool accepted)> done);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);

    static ProfilesPrompter *defaultPrompter();
};
