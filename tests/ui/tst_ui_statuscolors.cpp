// State colours (problem, warning, pass) stay readable in the light and the dark palette: the
// dark red that suits a light window would be unreadable on a dark one.

#include "StatusColors.h"
#include "WcagContrast.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTest>

using StatusColors::Status;

class TestUiStatusColors : public QObject
{
    Q_OBJECT

private slots:
    void readableOnLightAndDark_data();
    void readableOnLightAndDark();
    void labelFollowsItsPalette();
};

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    return p;
}

} // namespace

void TestUiStatusColors::readableOnLightAndDark_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("status");
    const QPalette light = QApplication::style()->standardPalette();
    for (const auto &[name, palette] :
         {std::pair {"light", light}, std::pair {"dark", darkPalette()}}) {
        QTest::addRow("%s problem", name) << palette << int(Status::Problem);
        QTest::addRow("%s warning", name) << palette << int(Status::Warning);
        QTest::addRow("%s ok", name) << palette << int(Status::Ok);
    }
}

void TestUiStatusColors::readableOnLightAndDark()
{
    QFETCH(QPalette, palette);
    QFETCH(int, status);
    const QColor text = StatusColors::text(Status(status), palette);
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
        const double ratio = WcagContrast::ratio(text, palette.color(role));
        QVERIFY2(ratio >= WcagContrast::AaNormal,
                 qPrintable(QStringLiteral("%1 on %2: %3 : 1")
                                .arg(text.name(), palette.color(role).name())
                                .arg(ratio, 0, 'f', 2)));
    }
}

void TestUiStatusColors::labelFollowsItsPalette()
{
    QLabel label;
    label.setPalette(darkPalette());
    QCOMPARE(StatusColors::styleSheet(Status::Problem, &label),
             QStringLiteral("color: %1;")
                 .arg(StatusColors::text(Status::Problem, darkPalette()).name()));
    QVERIFY(StatusColors::text(Status::Problem, darkPalette())
            != StatusColors::text(Status::Problem, QApplication::style()->standardPalette()));
}

QTEST_MAIN(TestUiStatusColors)
#include "tst_ui_statuscolors.moc"
