// Picture checks for the welcome message and the badge icon (contract §4.1: ≤ 10 MB, at least
// 190 × 190 px): local bytes and files, and probing a URL over loopback.

#include "ImageProbe.h"
#include "ScriptedHttpServer.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0xea, 0x00, 0xfc));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestApiImages : public QObject
{
    Q_OBJECT

private slots:
    void bigEnoughPictureIsAccepted();
    void smallPictureIsFlagged();
    void notAPictureFails();
    void localFileIsCheckedTheSameWay();
    void probeLoadsOverTheNetworkWithoutCredentials();
    void probeStopsAtTheSizeCap();
    void probeReportsAMissingPicture();

private:
    std::optional<ImageCheck> probe(const QUrl &url, QImage *preview = nullptr);
};

std::optional<ImageCheck> TestApiImages::probe(const QUrl &url, QImage *preview)
{
    ImageProbe prober;
    std::optional<ImageCheck> out;
    prober.probe(url, [&](const ImageCheck &check, const QImage &image) {
        out = check;
        if (preview)
            *preview = image;
    });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
        return std::nullopt;
    return out;
}

void TestApiImages::bigEnoughPictureIsAccepted()
{
    QImage preview;
    const ImageCheck check = ImageProbe::checkBytes(png(200, 190), &preview);
    QVERIFY2(check.ok(), qPrintable(check.summary()));
    QCOMPARE(check.size, QSize(200, 190));
    QVERIFY(!preview.isNull());
}

void TestApiImages::smallPictureIsFlagged()
{
    const ImageCheck check = ImageProbe::checkBytes(png(189, 400));
    QCOMPARE(check.state, ImageCheck::State::Checked);
    QVERIFY(!check.ok());
    QVERIFY2(check.problems.join(u' ').contains(u"190"_s), qPrintable(check.problems.join(u' ')));
}

void TestApiImages::notAPictureFails()
{
    const ImageCheck check = ImageProbe::checkBytes("<html>not a picture</html>");
    QVERIFY(!check.ok());
    QVERIFY2(check.summary().contains(u"not an image"_s), qPrintable(check.summary()));
}

void TestApiImages::localFileIsCheckedTheSameWay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"badge.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png(256, 256));
    file.close();
    const ImageCheck check = ImageProbe::checkFile(path);
    QVERIFY2(check.ok(), qPrintable(check.summary()));
    QCOMPARE(check.format.toLower(), u"png"_s);
    QVERIFY(!ImageProbe::checkFile(dir.filePath(u"missing.png"_s)).ok());
}

void TestApiImages::probeLoadsOverTheNetworkWithoutCredentials()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue({200, {{"Content-Type", "image/png"}}, png(300, 300)});
    QImage preview;
    const auto check = probe(QUrl(QString::fromLatin1(server.origin() + "/fan.png")), &preview);
    QVERIFY(check);
    QVERIFY2(check->ok(), qPrintable(check->summary()));
    QVERIFY(!preview.isNull());
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!server.requests().first().headers.contains("authorization"));
    QVERIFY(!server.requests().first().headers.contains("x-api-key"));
}

void TestApiImages::probeStopsAtTheSizeCap()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(
        {200, {{"Content-Type", "image/png"}}, QByteArray(ImageCheck::MaxBytes + 4096, 'x')});
    const auto check = probe(QUrl(QString::fromLatin1(server.origin() + "/huge.png")));
    QVERIFY(check);
    QVERIFY(!check->ok());
    QVERIFY2(check->summary().contains(u"10"_s), qPrintable(check->summary()));
}

void TestApiImages::probeReportsAMissingPicture()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue({404, {}, "Not found"});
    const auto check = probe(QUrl(QString::fromLatin1(server.origin() + "/gone.png")));
    QVERIFY(check);
    QVERIFY(!check->ok());
    QCOMPARE(check->state, ImageCheck::State::Failed);
    QVERIFY(!check->failure.isEmpty());
}

QTEST_MAIN(TestApiImages)
#include "tst_api_images.moc"
