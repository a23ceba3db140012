// The five complete translations: nothing unfinished or obsolete, nothing in the sources that
// a catalogue lacks, placeholders and mnemonics intact, and the app and Qt speak the language
// once it is installed.

#include "AppTranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "obsolete", "vanished" or empty
    QStringList forms; // one entry unless numerus
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message {context, {}, {}, xml.attributes().value("numerus"_L1) == u"yes", {}, {}};
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append(readMessage(xml, context));
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:\\d{1,2}|n)"_s);
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    return sorted(found);
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(u"</?[a-zA-Z][^>]*>"_s);
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    return sorted(found);
}

// "&Save" marks S as the mnemonic; "&&" is a literal ampersand.
int mnemonics(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression pattern(u"&(?=[^\\s&;])"_s);
    return int(text.count(pattern));
}

QString catalogue(const QString &lang)
{
    return u"%1/translations/badgedesk_%2.ts"_s.arg(QStringLiteral(BADGEDESK_SOURCE_DIR), lang);
}

} // namespace

class TestTranslationCatalogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void catalogueMatchesTheSources_data();
    void catalogueMatchesTheSources();
    void placeholdersAndMnemonicsSurvive_data();
    void placeholdersAndMnemonicsSurvive();
    void languageFollowsPreferenceThenSystem();
    void installedLanguageTranslatesOursAndQts();

private:
    void addLanguageRows();
    QStringList m_sourceKeys; // what lupdate finds in the sources today
};

void TestTranslationCatalogs::initTestCase()
{
    // lupdate over the same sources the update_translations target reads, into a scratch file.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(BADGEDESK_LUPDATE),
                  {u"-silent"_s, u"-locations"_s, u"none"_s, u"-source-language"_s, u"en"_s,
                   u"@"_s + QStringLiteral(BADGEDESK_SOURCES_LIST), u"-ts"_s, fresh});
    QVERIFY(lupdate.waitForFinished(120'000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    const QList<Message> messages = readCatalogue(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message &message : messages)
        m_sourceKeys.append(message.key());
    QVERIFY(m_sourceKeys.size() > 500);
}

void TestTranslationCatalogs::addLanguageRows()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : QStringLiteral(BADGEDESK_LANGUAGES).split(u','))
        QTest::newRow(qPrintable(lang)) << lang;
}

void TestTranslationCatalogs::everyEntryIsFinished_data()
{
    addLanguageRows();
}

void TestTranslationCatalogs::everyEntryIsFinished()
{
    QFETCH(QString, lang);
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &message : messages) {
        const bool empty = message.forms.isEmpty()
            || std::any_of(message.forms.cbegin(), message.forms.cend(),
                           [](const QString &form) { return form.isEmpty(); });
        if (!message.type.isEmpty() || empty)
            problems.append(u"%1 [%2] %3"_s.arg(message.type.isEmpty() ? u"empty"_s : message.type,
                                                message.context, message.source));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationCatalogs::catalogueMatchesTheSources_data()
{
    addLanguageRows();
}

void TestTranslationCatalogs::catalogueMatchesTheSources()
{
    QFETCH(QString, lang);
    QString error;
    QStringList keys;
    for (const Message &message : readCatalogue(catalogue(lang), &error))
        keys.append(message.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const QString &key : std::as_const(m_sourceKeys)) {
        if (!keys.contains(key))
            missing.append(QString(key).replace(u'\x1f', u" | "_s));
    }
    QStringList stale;
    for (const QString &key : std::as_const(keys)) {
        if (!m_sourceKeys.contains(key))
            stale.append(QString(key).replace(u'\x1f', u" | "_s));
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(u"not in the catalogue (run update_translations):\n"_s + missing.join(u'\n')));
    QVERIFY2(stale.isEmpty(), qPrintable(u"no longer in the sources:\n"_s + stale.join(u'\n')));
}

void TestTranslationCatalogs::placeholdersAndMnemonicsSurvive_data()
{
    addLanguageRows();
}

void TestTranslationCatalogs::placeholdersAndMnemonicsSurvive()
{
    QFETCH(QString, lang);
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &message : messages) {
        for (const QString &form : message.forms) {
            const QString where =
                u"[%1] \"%2\" -> \"%3\": "_s.arg(message.context, message.source, form);
            if (placeholders(form) != placeholders(message.source))
                problems.append(where + u"placeholders differ"_s);
            if (htmlTags(form) != htmlTags(message.source))
                problems.append(where + u"HTML tags differ"_s);
            if (mnemonics(form) != mnemonics(message.source))
                problems.append(where + u"mnemonic (&) missing or extra"_s);
            if (message.source.endsWith(u'\n') != form.endsWith(u'\n'))
                problems.append(where + u"trailing newline differs"_s);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationCatalogs::languageFollowsPreferenceThenSystem()
{
    QCOMPARE(AppTranslations::resolve(u"ru"_s, {u"de-DE"_s}), u"ru"_s);
    QCOMPARE(AppTranslations::resolve(QString(), {u"de-AT"_s, u"en-US"_s}), u"de"_s);
    QCOMPARE(AppTranslations::resolve(QString(), {u"pt-BR"_s}), u"pt_BR"_s);
    QCOMPARE(AppTranslations::resolve(QString(), {u"pt-PT"_s}), u"pt_BR"_s);
    QCOMPARE(AppTranslations::resolve(QString(), {u"fr-FR"_s, u"tr-TR"_s}), u"tr"_s);
    QCOMPARE(AppTranslations::resolve(QString(), {u"fr-FR"_s}), u"en"_s);
    QCOMPARE(AppTranslations::resolve(u"xx"_s, {u"es-MX"_s}), u"es"_s);
    QCOMPARE(AppTranslations::available().size(), 6);
    QCOMPARE(AppTranslations::available().constFirst().code, u"en"_s);
}

void TestTranslationCatalogs::installedLanguageTranslatesOursAndQts()
{
    QCOMPARE(AppTranslations::install(QCoreApplication::instance(), u"de"_s), u"de"_s);
    const QString ours = QCoreApplication::translate("MainWindow", "&File");
    QVERIFY2(ours != u"&File"_s, qPrintable(ours));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n badge(s)", nullptr, 1).isEmpty(), false);
    // Qt's own catalogue (standard dialog buttons) comes from qt6-translations-l10n.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

QTEST_GUILESS_MAIN(TestTranslationCatalogs)
#include "tst_translation_catalogs.moc"
