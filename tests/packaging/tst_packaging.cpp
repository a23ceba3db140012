// The Windows icon, the macOS icon and the macOS bundle's languages, checked on Linux: the
// installers that use them are only built by the GitHub workflow.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

using namespace Qt::StringLiterals;

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void windowsIconHoldsEverySizeExplorerUses();
    void macIconHoldsStandardAndRetinaSizes();
    void bundleDeclaresEveryTranslatedLanguage();

private:
    static QByteArray renderIcon(const QString &flag, const QString &name);
};

QByteArray TestPackaging::renderIcon(const QString &flag, const QString &name)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(name);
    const QString svg = u"%1/resources/icons/org.badgedesk.BadgeDesk.svg"_s.arg(
        QStringLiteral(BADGEDESK_SOURCE_DIR));
    QProcess tool;
    tool.start(QStringLiteral(BADGEDESK_RENDER_ICON), {svg, flag, out});
    if (!tool.waitForFinished(60'000) || tool.exitCode() != 0)
        return {};
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPackaging::windowsIconHoldsEverySizeExplorerUses()
{
    const QByteArray ico = renderIcon(u"--ico"_s, u"badgedesk.ico"_s);
    QVERIFY(ico.size() > 6);
    const auto *bytes = reinterpret_cast<const uchar *>(ico.constData());
    QCOMPARE(qFromLittleEndian<quint16>(bytes), quint16(0)); // reserved
    QCOMPARE(qFromLittleEndian<quint16>(bytes + 2), quint16(1)); // icon, not cursor
    const int count = qFromLittleEndian<quint16>(bytes + 4);
    QSet<int> sizes;
    for (int i = 0; i < count; ++i) {
        const uchar *entry = bytes + 6 + 16 * i;
        const int declared = entry[0] == 0 ? 256 : entry[0];
        const quint32 length = qFromLittleEndian<quint32>(entry + 8);
        const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
        QVERIFY(offset + length <= quint32(ico.size()));
        const QImage image = QImage::fromData(ico.mid(offset, length), "PNG");
        QCOMPARE(image.size(), QSize(declared, declared));
        QVERIFY2(image.pixelColor(declared / 2, declared / 2).alpha() > 0, "blank icon");
        sizes.insert(declared);
    }
    QCOMPARE(sizes, (QSet<int> {16, 24, 32, 48, 64, 128, 256}));
}

void TestPackaging::macIconHoldsStandardAndRetinaSizes()
{
    const QByteArray icns = renderIcon(u"--icns"_s, u"BadgeDesk.icns"_s);
    QVERIFY(icns.startsWith("icns"));
    const auto *bytes = reinterpret_cast<const uchar *>(icns.constData());
    QCOMPARE(qFromBigEndian<quint32>(bytes + 4), quint32(icns.size()));
    QHash<QByteArray, int> edges;
    for (qsizetype at = 8; at < icns.size();) {
        const QByteArray type = icns.mid(at, 4);
        const quint32 length = qFromBigEndian<quint32>(bytes + at + 4);
        QVERIFY(length > 8 && at + length <= quint32(icns.size()));
        edges.insert(type, QImage::fromData(icns.mid(at + 8, length - 8), "PNG").width());
        at += length;
    }
    QCOMPARE(edges.value("icp4"), 16);
    QCOMPARE(edges.value("ic07"), 128);
    QCOMPARE(edges.value("ic10"), 1024); // 512 pt at 2x
    QCOMPARE(edges.value("ic14"), 512); // 256 pt at 2x
    QCOMPARE(edges.size(), 11);
}

void TestPackaging::bundleDeclaresEveryTranslatedLanguage()
{
    const QDir source(QStringLiteral(BADGEDESK_SOURCE_DIR));
    QStringList expected {u"en"_s};
    for (const QString &lang : QStringLiteral(BADGEDESK_LANGUAGES).split(u',')) {
        QVERIFY2(source.exists(u"translations/badgedesk_%1.ts"_s.arg(lang)), qPrintable(lang));
        expected.append(QString(lang).replace(u'_', u'-')); // Apple writes pt-BR
    }

    QFile plist(source.filePath(u"packaging/macos/Info.plist.in"_s));
    QVERIFY(plist.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&plist);
    QStringList declared;
    bool inLocalizations = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"key")
            inLocalizations = xml.readElementText() == u"CFBundleLocalizations";
        else if (inLocalizations && xml.isStartElement() && xml.name() == u"string")
            declared.append(xml.readElementText());
        else if (xml.isEndElement() && xml.name() == u"array")
            inLocalizations = false;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(declared, expected);
    for (const QString &lang : expected) {
        const QString strings = u"resources/macos/%1.lproj/InfoPlist.strings"_s.arg(lang);
        QVERIFY2(source.exists(strings), qPrintable(strings));
    }
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
