// Issue 6, done when "a user whose system language is one of the five sees no English string in
// the GUI": for each language, the app's translations are installed as at start, every window
// and dialog is opened as a user opens it (WindowTour), every text it shows or announces is
// collected (WidgetWalker), and none may be English.
//
// What counts as English, for each text:
//  1. A piece of an English source string (two words or more) from the language's catalogue
//     whose translation differs or is missing, or of a string the app asked for and the
//     catalogue did not have: shown untranslated.
//  2. Letters left over once the data shown as it is (see the whitelist below) and every piece
//     of text the language's catalogues really produced are taken out: text that never went
//     through tr(). A recording translator, installed over the app's own, notes every
//     translation the catalogues give, so "translated" means "came from a catalogue" and not
//     "looks foreign".

#include "AppTranslations.h"
#include "WidgetWalker.h"
#include "WindowTour.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QVBoxLayout>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString normalised(const QString &text)
{
    return WidgetWalker::plainText(WidgetWalker::withoutMnemonic(text)).simplified();
}

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// The literal pieces of a translatable string, its %1…%99 and %n taken out.
QStringList literalPieces(const QString &source)
{
    static const QRegularExpression placeholder(u"%L?(?:\\d{1,2}|n)"_s);
    QStringList pieces;
    for (const QString &piece : normalised(source).split(placeholder)) {
        const QString simple = piece.simplified();
        if (hasLetter(simple))
            pieces << simple;
    }
    return pieces;
}

// Two words or more: specific enough that finding it means the English string is there.
bool isPhrase(const QString &piece)
{
    static const QRegularExpression twoWords(u"\\p{L}{2,}\\W+\\p{L}{2,}"_s);
    return twoWords.match(piece).hasMatch();
}

void sortLongestFirst(QStringList &list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
}

// Sits in front of the app's translators and notes what they answer, without answering
// itself: the app's catalogues still produce every string exactly as they would.
class RecordingTranslator : public QTranslator
{
public:
    explicit RecordingTranslator(QList<QTranslator *> language)
        : m_language(std::move(language))
    { }

    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        if (!source || !*source)
            return {};
        QString answer;
        for (const QTranslator *translator : m_language) {
            answer = translator->translate(context, source, disambiguation, n);
            if (!answer.isNull())
                break;
        }
        const QMutexLocker lock(&m_mutex); // worker threads translate too
        if (!answer.isNull())
            m_translated.insert(answer);
        else
            m_untranslated.insert(QString::fromUtf8(source));
        return {};
    }
    bool isEmpty() const override { return false; }

    QSet<QString> translated() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_translated;
    }
    QSet<QString> untranslated() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_untranslated;
    }

private:
    QList<QTranslator *> m_language;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_translated;
    mutable QSet<QString> m_untranslated;
};

// English sources of the catalogue whose translation is missing or differs from the source.
QStringList catalogueSources(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QStringList sources;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"message")
            continue;
        QString source;
        QString translation;
        bool unfinished = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                // The text, or the plural forms one after the other.
                for (int depth = 1; depth > 0 && !xml.atEnd();) {
                    const auto token = xml.readNext();
                    if (token == QXmlStreamReader::StartElement)
                        ++depth;
                    else if (token == QXmlStreamReader::EndElement)
                        --depth;
                    else if (token == QXmlStreamReader::Characters)
                        translation += xml.text();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (!source.isEmpty() && (unfinished || translation.trimmed() != source))
            sources << source;
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return sources;
}

// Code shortens some texts: "New…" becomes the accessible name "New", "Language:" "Language".
QString shortened(QString piece)
{
    piece.remove(u'…').remove(u"..."_s);
    while (piece.endsWith(u':'))
        piece.chop(1);
    return piece.trimmed();
}

class EnglishDetector
{
public:
    EnglishDetector(const QStringList &catalogue, const RecordingTranslator &recorder,
                    const QStringList &data)
    {
        for (const QString &translation : recorder.translated()) {
            for (const QString &piece : literalPieces(translation)) {
                m_translated << piece;
                if (const QString shorter = shortened(piece); hasLetter(shorter))
                    m_translated << shorter;
            }
        }
        sortLongestFirst(m_translated);
        QStringList sources = catalogue;
        const QSet<QString> asked = recorder.untranslated();
        sources += QStringList(asked.cbegin(), asked.cend());
        for (const QString &source : asked) {
            for (const QString &piece : literalPieces(source)) {
                if (piece.count(QRegularExpression(u"\\p{L}"_s)) >= 3)
                    m_askedPieces << piece << shortened(piece);
            }
        }
        const QSet<QString> translatedSet(m_translated.cbegin(), m_translated.cend());
        for (const QString &source : std::as_const(sources)) {
            for (const QString &piece : literalPieces(source)) {
                // A piece the language's catalogue itself produced is not proof of English.
                if (isPhrase(piece) && !translatedSet.contains(piece))
                    m_englishPhrases << piece;
            }
        }
        sortLongestFirst(m_englishPhrases);
        for (const QString &value : data) {
            if (const QString n = normalised(value); hasLetter(n))
                m_data << n;
        }
        sortLongestFirst(m_data);
    }

    // What is English in `text`: an English phrase, or the words left over; empty if none.
    QString englishIn(const QString &text) const
    {
        const QString shown = u' ' + normalised(text) + u' ';
        QString withoutData = shown;
        for (const QString &value : m_data)
            removeWhole(withoutData, value);
        for (const QString &phrase : m_englishPhrases) {
            if (withoutData.contains(phrase))
                return phrase;
        }
        // Translations and data can each hold the other ("Willkommen bei Badge Desk", a
        // language named "español de España"): the text is explained if either order leaves
        // no word over.
        const QString translationsFirst = leftOver(shown, m_translated, m_data);
        if (translationsFirst.isEmpty())
            return {};
        return leftOver(shown, m_data, m_translated);
    }

    // Why it is English, for the reader of the failure: a string that went through tr() but
    // that the language's catalogue lacks, or one that never went through tr() at all.
    QString why(const QString &text) const
    {
        const QString shown = normalised(text);
        const bool asked =
            std::any_of(m_askedPieces.cbegin(), m_askedPieces.cend(),
                        [&shown](const QString &piece) { return shown.contains(piece); });
        return asked ? u"not in the catalogue"_s : u"not through tr(), or in no catalogue"_s;
    }

private:
    // Takes `piece` out of `text` where it stands as a whole: "s" (seconds) must not eat the
    // s of an English word.
    static void removeWhole(QString &text, const QString &piece)
    {
        const bool letterFirst = piece.front().isLetter();
        const bool letterLast = piece.back().isLetter();
        for (qsizetype at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at)) {
            const qsizetype end = at + piece.size();
            const bool clearBefore = !letterFirst || at == 0 || !text.at(at - 1).isLetter();
            const bool clearAfter = !letterLast || end >= text.size() || !text.at(end).isLetter();
            if (clearBefore && clearAfter)
                text.replace(at, piece.size(), u' ');
            ++at;
        }
    }

    static QString leftOver(QString text, const QStringList &first, const QStringList &second)
    {
        for (const QString &piece : first)
            removeWhole(text, piece);
        for (const QString &piece : second)
            removeWhole(text, piece);
        for (const QRegularExpression &pattern : dataPatterns())
            text.replace(pattern, u" "_s);
        static const QRegularExpression word(u"\\p{L}{2,}"_s);
        QStringList words;
        for (auto it = word.globalMatch(text); it.hasNext();)
            words << it.next().captured();
        return words.join(u' ');
    }

    // Shown as they are in every language, matched narrowly:
    static const QList<QRegularExpression> &dataPatterns()
    {
        static const QList<QRegularExpression> patterns {
            // addresses (the sandbox's base URL, picture URLs, the homepage)
            QRegularExpression(u"\\b[a-z][a-z0-9+.-]*://\\S+"_s),
            // colours as the API writes them
            QRegularExpression(u"#[0-9A-Fa-f]{3,8}\\b"_s),
            // HTTP methods in the request log: protocol words, not English
            QRegularExpression(u"^\\s*(GET|POST|PATCH|PUT|DELETE)\\s*$"_s),
            // the product's name
            QRegularExpression(u"\\bBadge Desk\\b"_s),
            // the time zone the ban dialog names, as the system names it
            QRegularExpression(u"\\b(UTC|GMT)\\b"_s),
            // names in capitals and underscores: the API's IN_APP, BADGEDESK_DATA_DIR
            QRegularExpression(u"\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b"_s),
            // files and folders
            QRegularExpression(u"(?<![\\p{L}\\d])/[^\\s:,;()]+"_s),
        };
        return patterns;
    }

    QStringList m_translated;
    QStringList m_englishPhrases;
    QStringList m_askedPieces; // of strings the app asked for and no catalogue had
    QStringList m_data;
};

// Byte units are the locale's (CLDR data), not a translation: take them as the locale says.
QStringList localeWords()
{
    QStringList words;
    const QLocale locale;
    for (qint64 bytes : {qint64(0), qint64(1), qint64(2), qint64(1500), qint64(2'500'000),
                         qint64(3'500'000'000)}) {
        const QString size = locale.formattedDataSize(bytes);
        words << size.section(u' ', 1);
    }
    words << QTimeZone::systemTimeZone().displayName(QDateTime::currentDateTime(),
                                                     QTimeZone::OffsetName);
    // A language list names each language in itself ("Deutsch", "Türkçe"), so that anyone
    // can find their own whatever the language in use.
    for (const auto &language : AppTranslations::available())
        words << language.nativeName;
    return words;
}

} // namespace

class TestUiTranslationWalk : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void detectorTellsEnglishFromTranslated();
    void noEnglishInAnyWindow_data();
    void noEnglishInAnyWindow();

private:
    QString install(const QString &code);

    std::unique_ptr<RecordingTranslator> m_recorder;
};

QString TestUiTranslationWalk::install(const QString &code)
{
    QLocale::setDefault(QLocale(code)); // what a user with that system language gets
    const QString installed = AppTranslations::install(qApp, code);
    QList<QTranslator *> language;
    for (QTranslator *translator :
         qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!translator->filePath().endsWith(u"badgedesk_en.qm"_s))
            language << translator;
    }
    // Asked first, the way QCoreApplication asks the last one installed.
    std::reverse(language.begin(), language.end());
    m_recorder = std::make_unique<RecordingTranslator>(language);
    QCoreApplication::installTranslator(m_recorder.get());
    return installed;
}

void TestUiTranslationWalk::cleanup()
{
    // Translators are process-wide: the next language starts from none.
    if (m_recorder)
        QCoreApplication::removeTranslator(m_recorder.get());
    m_recorder.reset();
    for (QTranslator *translator :
         qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUiTranslationWalk::detectorTellsEnglishFromTranslated()
{
    QCOMPARE(install(u"de"_s), u"de"_s);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    // Through tr() and in the catalogue: German.
    auto *translated = new QPushButton(QCoreApplication::translate("MainWindow", "&Refresh"));
    // Never through tr(): English however it is spelled.
    auto *hardCoded = new QLabel(u"Restore the newest draft"_s);
    // Through tr() but not in any catalogue: English.
    auto *missing = new QLabel(QCoreApplication::translate("Nowhere", "Open the door"));
    // Data shown as it is, inside a translated sentence.
    auto *data = new QLabel(
        QCoreApplication::translate("MainWindow", "Connected to %1").arg(u"Acme Live"_s));
    for (QWidget *w : {static_cast<QWidget *>(translated), static_cast<QWidget *>(hardCoded),
                       static_cast<QWidget *>(missing), static_cast<QWidget *>(data)})
        layout->addWidget(w);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QString error;
    const QStringList catalogue =
        catalogueSources(QStringLiteral(BADGEDESK_TS_DIR) + u"/badgedesk_de.ts"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(catalogue.size() > 100);
    const EnglishDetector detector(catalogue, *m_recorder, {u"Acme Live"_s});
    QVERIFY2(translated->text() != u"&Refresh"_s, "the German catalogue is installed");
    QCOMPARE(detector.englishIn(WidgetWalker::withoutMnemonic(translated->text())), QString());
    QCOMPARE(detector.englishIn(data->text()), QString());
    QVERIFY(!detector.englishIn(hardCoded->text()).isEmpty());
    QVERIFY(!detector.englishIn(missing->text()).isEmpty());
    // The walker hands it every one of them.
    QStringList flagged;
    for (const WidgetWalker::Text &text : WidgetWalker(&window).texts())
        if (!detector.englishIn(text.text).isEmpty())
            flagged << text.text;
    QCOMPARE(flagged, (QStringList {hardCoded->text(), missing->text()}));
}

void TestUiTranslationWalk::noEnglishInAnyWindow_data()
{
    QTest::addColumn<QString>("code");
    for (const auto &language : AppTranslations::available()) {
        if (language.code != u"en"_s)
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void TestUiTranslationWalk::noEnglishInAnyWindow()
{
    QFETCH(QString, code);
    QCOMPARE(install(code), code);
    QString error;
    const QStringList catalogue = catalogueSources(
        QStringLiteral(BADGEDESK_TS_DIR) + u"/badgedesk_%1.ts"_s.arg(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    struct Seen
    {
        QString window;
        WidgetWalker::Text text;
    };
    QList<Seen> seen;
    QStringList visited;
    QStringList collisions;
    WindowTour tour;
    QVERIFY2(tour.start(&error), qPrintable(error));
    const bool ok = tour.run(
        [&](const QString &name, QWidget *window) {
            visited << name;
            const WidgetWalker walker(window);
            for (const WidgetWalker::Text &text : walker.texts())
                seen.append({name, text});
            // Translators pick the Alt+letters too: two alike in a window do nothing.
            for (const QString &clash : walker.mnemonicCollisions())
                collisions << name + u": "_s + clash;
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(visited.size() >= 15, qPrintable(visited.join(u", "_s)));

    const EnglishDetector detector(catalogue, *m_recorder, tour.dataShown() + localeWords());
    QStringList english;
    QSet<QString> reported;
    for (const Seen &s : std::as_const(seen)) {
        const QString found = detector.englishIn(s.text.text);
        if (found.isEmpty() || reported.contains(s.text.where + s.text.text))
            continue;
        reported.insert(s.text.where + s.text.text);
        english << u"%1 › %2: “%3” (English: %4; %5)"_s.arg(
            s.window, s.text.where, s.text.text.left(160), found, detector.why(s.text.text));
    }
    for (const QString &line : std::as_const(english))
        qWarning().noquote() << line; // all of them: a failure message is cut short
    for (const QString &line : std::as_const(collisions))
        qWarning().noquote() << line;
    collisions.removeDuplicates();
    QVERIFY2(english.isEmpty() && collisions.isEmpty(),
             qPrintable(u"%1 English text(s) and %2 Alt+letter collision(s) in %3, listed above"_s
                            .arg(english.size())
                            .arg(collisions.size())
                            .arg(code)));
}

QTEST_MAIN(TestUiTranslationWalk)
#include "tst_ui_translation_walk.moc"
