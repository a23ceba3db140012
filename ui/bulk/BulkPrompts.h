#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

// File pickers and messages of the bulk dialogs, behind one seam so tests answer them headless
// and nothing runs a nested event loop (the default implementation uses open(), never exec()).
class BulkPrompts : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void chooseOpenFile(QWidget *parent, const QString &title, const QString &filter,
                                std::function<void(const QString &path)> done);
    virtual void chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                const QString &filter,
                                std::function<void(const QString &path)> done);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);
};
