// The reference for the startup and idle-memory figures: the least a Qt Widgets main window
// needs (a QMainWindow with a menu, a label and a status bar), built in the same tree with the
// same compiler flags, started and timed exactly like badgedesk.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal window"));
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 760); // the size MainWindow opens at
    window.show();
    return QApplication::exec();
}
