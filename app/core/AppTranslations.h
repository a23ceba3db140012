#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The languages Badge Desk speaks and the translators that make it speak them. The English
// catalogue is always loaded: it supplies the singular and plural forms of every %n string
// ("1 badge", "2 badges"). Qt's own translations (standard buttons, the command-line parser's
// help) are loaded beside ours when the system has them.
class AppTranslations
{
public:
    struct Language
    {
        QString code; // "de", "pt_BR"
        QString nativeName; // "Deutsch", "português (Brasil)"
    };

    static QList<Language> available(); // English first
    static bool isAvailable(const QString &code);

    // The language to use: `preferred` when Badge Desk has it, otherwise the first of the
    // system's UI languages that it has (a Portuguese user gets pt_BR), otherwise English.
    static QString resolve(const QString &preferred, const QStringList &systemLanguages);

    // Installs the translators for `preferred` (empty: follow the system) and returns the
    // language code installed.
    static QString install(QCoreApplication *app, const QString &preferred = {});
};
