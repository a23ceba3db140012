#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

// Every question, message box and file picker of the workspace goes through here, so that
// tests can answer them headless and nothing runs a nested event loop (open(), never exec()).
class DialogService : public QObject
{
    Q_OBJECT

public:
    enum class Choice { Accept, Discard, Cancel };

    explicit DialogService(QObject *parent = nullptr);

    // A question with an accept button, an optional discard button (empty label: none) and
    // Cancel. `done` runs once, later, on the event loop.
    virtual void ask(QWidget *parent, const QString &title, const QString &text,
                     const QString &acceptLabel, const QString &discardLabel,
                     std::function<void(Choice)> done);
    // For destructive actions on a production profile: the user must type `word` (the
    // profile's name) exactly; `done(true)` only then.
    virtual void askTyped(QWidget *parent, const QString &title, const QString &text,
                          const QString &word, std::function<void(bool confirmed)> done);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);
    // Empty path when the user cancels.
    virtual void chooseOpenFile(QWidget *parent, const QString &title, const QString &filter,
                                std::function<void(const QString &path)> done);
    virtual void chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                const QString &filter,
                                std::function<void(const QString &path)> done);
};
