#pragma once

#include <QDialog>

class QLabel;

// Help → About Badge Desk: what it is, the version, the licence, and the Qt it was built with
// and runs on (what a bug report needs), which "Copy" puts on the clipboard in one line.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString version();
    // "Badge Desk 0.1.0 (Qt 6.4.2 built, 6.4.2 running, Debian GNU/Linux 12)"
    static QString versionLine();
};
