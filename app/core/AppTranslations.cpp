#include "AppTranslations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

void AppTranslations::install(QCoreApplication *app)
{
    auto *english = new QTranslator(app);
    if (english->load(u":/i18n/badgedesk_en.qm"_s))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}
