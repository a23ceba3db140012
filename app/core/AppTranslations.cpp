#include "AppTranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QStringList &languageCodes()
{
    static const QStringList codes {u"en"_s, u"de"_s, u"es"_s, u"pt_BR"_s, u"ru"_s, u"tr"_s};
    return codes;
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(u'_'))
        name += u" ("_s + locale.nativeTerritoryName() + u')';
    return name;
}

// "pt-BR" and "pt_BR" name the same language; "de-AT" falls back to "de", "pt-PT" to "pt_BR".
QString match(QString candidate)
{
    candidate.replace(u'-', u'_');
    if (languageCodes().contains(candidate))
        return candidate;
    const QString language = candidate.section(u'_', 0, 0).toLower();
    for (const QString &code : languageCodes()) {
        if (code.section(u'_', 0, 0) == language)
            return code;
    }
    return {};
}

bool installFrom(QCoreApplication *app, const QString &fileName, const QStringList &dirs)
{
    auto *translator = new QTranslator(app);
    for (const QString &dir : dirs) {
        if (translator->load(fileName, dir)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

// Where Qt's own catalogues live: Qt's install (Linux packages, development builds), or the
// `translations` folder that windeployqt and macdeployqt put beside the application.
QStringList qtTranslationDirs()
{
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
            QCoreApplication::applicationDirPath() + u"/translations"_s,
            QCoreApplication::applicationDirPath() + u"/../Resources/translations"_s};
}

} // namespace

QList<AppTranslations::Language> AppTranslations::available()
{
    QList<Language> languages;
    for (const QString &code : languageCodes())
        languages.append({code, nativeName(code)});
    return languages;
}

bool AppTranslations::isAvailable(const QString &code)
{
    return languageCodes().contains(code);
}

QString AppTranslations::resolve(const QString &preferred, const QStringList &systemLanguages)
{
    if (isAvailable(preferred))
        return preferred;
    for (const QString &language : systemLanguages) {
        if (const QString code = match(language); !code.isEmpty())
            return code;
    }
    return u"en"_s;
}

QString AppTranslations::install(QCoreApplication *app, const QString &preferred)
{
    // Translators installed later are asked first, so English goes in first.
    installFrom(app, u"badgedesk_en.qm"_s, {u":/i18n"_s});
    const QString code = resolve(preferred, QLocale::system().uiLanguages());
    if (code == u"en"_s)
        return code;
    installFrom(app, u"badgedesk_%1.qm"_s.arg(code), {u":/i18n"_s});
    // qtbase_pt_BR does not exist in every Qt release; qtbase_pt is the next best.
    const QStringList dirs = qtTranslationDirs();
    if (!installFrom(app, u"qtbase_%1.qm"_s.arg(code), dirs))
        installFrom(app, u"qtbase_%1.qm"_s.arg(code.section(u'_', 0, 0)), dirs);
    return code;
}
