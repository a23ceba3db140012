#pragma once

class QCoreApplication;

// Installs the compiled-in translations. The English one is always loaded: it supplies the
// singular and plural forms of every %n string ("1 badge", "2 badges").
class AppTranslations
{
public:
    static void install(QCoreApplication *app);
};
