#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Badge Desk"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    // The product name is a name: it stays as it is in every language.
    auto *title = new QLabel(u"<h2>Badge Desk</h2>"_s, this);
    title->setObjectName(u"aboutTitle"_s);
    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QString homepage = QStringLiteral(BADGEDESK_HOMEPAGE);
    text->setText(u"<p>%1</p><p>%2</p><p>%3</p><p>%4</p><p><a href=\"%5\">%5</a></p>"_s.arg(
        tr("Version %1").arg(version()).toHtmlEscaped(),
        tr("An admin panel for the Watchers chat API: design badges, give them to many "
           "users at once, and moderate.")
            .toHtmlEscaped(),
        tr("Free software under the MIT License. Copyright © 2026 The Badge Desk authors.")
            .toHtmlEscaped(),
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
            .toHtmlEscaped(),
        homepage.toHtmlEscaped()));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(column, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy version"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyVersionButton"_s);
    copy->setToolTip(tr("Copy the versions of Badge Desk, Qt and the system, for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(versionLine()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString AboutDialog::version()
{
    return QStringLiteral(BADGEDESK_VERSION);
}

QString AboutDialog::versionLine()
{
    return u"Badge Desk %1 (Qt %2 built, %3 running, %4)"_s.arg(
        version(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
        QSysInfo::prettyProductName());
}
