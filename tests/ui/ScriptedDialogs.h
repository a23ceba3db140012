#pragma once

#include "DialogService.h"

#include <QQueue>
#include <QStringList>
#include <QTimer>

// Answers the workspace's questions headless, in order, and remembers what was asked.
class ScriptedDialogs : public DialogService
{
public:
    using DialogService::DialogService;

    QQueue<Choice> answers; // Cancel when empty
    QStringList questions;
    QStringList messages;
    QString nextOpenFile;
    QString nextSaveFile;
    QString nextTyped; // what the user types into a typed confirmation

    void ask(QWidget *, const QString &title, const QString &text, const QString &, const QString &,
             std::function<void(Choice)> done) override
    {
        questions.append(title + QLatin1String(": ") + text);
        const Choice choice = answers.isEmpty() ? Choice::Cancel : answers.dequeue();
        QTimer::singleShot(0, this, [done = std::move(done), choice] { done(choice); });
    }
    void askTyped(QWidget *, const QString &title, const QString &text, const QString &word,
                  std::function<void(bool)> done) override
    {
        questions.append(title + QLatin1String(": ") + text);
        const bool confirmed = nextTyped == word;
        QTimer::singleShot(0, this, [done = std::move(done), confirmed] { done(confirmed); });
    }
    void inform(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1String(": ") + text);
    }
    void chooseOpenFile(QWidget *, const QString &, const QString &,
                        std::function<void(const QString &)> done) override
    {
        QTimer::singleShot(0, this, [done = std::move(done), path = nextOpenFile] { done(path); });
    }
    void chooseSaveFile(QWidget *, const QString &, const QString &, const QString &,
                        std::function<void(const QString &)> done) override
    {
        QTimer::singleShot(0, this, [done = std::move(done), path = nextSaveFile] { done(path); });
    }
};
