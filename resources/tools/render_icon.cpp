// Renders the SVG app icon to the files desktops and installers expect:
//   render_icon ICON.svg OUTPUT_DIR SIZE...   →  OUTPUT_DIR/SIZExSIZE/NAME.png (Linux themes)
//   render_icon ICON.svg --ico FILE.ico       →  Windows icon, 16 to 256 px
//   render_icon ICON.svg --icns FILE.icns     →  macOS icon, 16 to 1024 px
// Both containers hold PNG images, which every supported Windows and macOS version reads, so
// the SVG stays the only source and no platform tool is needed to build them.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template<typename T> void append(QByteArray &out, T value, bool bigEndian)
{
    char bytes[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, bytes);
    else
        qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, one ICONDIRENTRY per image (a width of 0 means 256), then the PNG data.
QByteArray icoFile(QSvgRenderer &svg)
{
    const std::vector<int> sizes {16, 24, 32, 48, 64, 128, 256};
    QByteArray header;
    QByteArray data;
    append<quint16>(header, 0, false);
    append<quint16>(header, 1, false);
    append<quint16>(header, quint16(sizes.size()), false);
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (const int size : sizes) {
        const QByteArray png = renderPng(svg, size);
        const auto edge = quint8(size == 256 ? 0 : size);
        append<quint8>(header, edge, false);
        append<quint8>(header, edge, false);
        append<quint8>(header, 0, false); // no palette
        append<quint8>(header, 0, false);
        append<quint16>(header, 1, false); // colour planes
        append<quint16>(header, 32, false); // bits per pixel
        append<quint32>(header, quint32(png.size()), false);
        append<quint32>(header, offset, false);
        offset += quint32(png.size());
        data += png;
    }
    return header + data;
}

// "icns", total length, then (type, length, PNG) chunks; lengths include their 8-byte header.
QByteArray icnsFile(QSvgRenderer &svg)
{
    const std::vector<std::pair<const char *, int>> chunks {
        {"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    QByteArray body;
    for (const auto &[type, size] : chunks) {
        const QByteArray png = renderPng(svg, size);
        body.append(type, 4);
        append<quint32>(body, quint32(png.size() + 8), true);
        body += png;
    }
    QByteArray file("icns");
    append<quint32>(file, quint32(body.size() + 8), true);
    return file + body;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeThemePngs(QSvgRenderer &svg, const QString &name, const QStringList &args)
{
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        if (size <= 0
            || !writeFile(dir + QLatin1Char('/') + name + QStringLiteral(".png"),
                          renderPng(svg, size)))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        err << "usage: render_icon ICON.svg (OUTPUT_DIR SIZE... | --ico FILE | --icns FILE)\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "cannot read " << args.at(1) << '\n';
        return 1;
    }
    bool written = false;
    if (args.at(2) == QLatin1String("--ico"))
        written = writeFile(args.at(3), icoFile(svg));
    else if (args.at(2) == QLatin1String("--icns"))
        written = writeFile(args.at(3), icnsFile(svg));
    else
        written = writeThemePngs(svg, QFileInfo(args.at(1)).completeBaseName(), args);
    if (!written) {
        err << "cannot write the icon files\n";
        return 1;
    }
    return 0;
}
