#include "ProfilesPrompter.h"

#include <QMessageBox>
#include <QPushButton>

bool ProfilesPrompter::offerSessionOnly(QWidget *parent, const QString &keychainMessage)
{
    return confirm(parent, tr("No keychain"),
                   tr("%1\n\nUse the token for this session only? It is kept in memory and "
                      "forgotten when Badge Desk quits.")
                       .arg(keychainMessage),
                   tr("Use for this session only"));
}

bool ProfilesPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                               const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void ProfilesPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

ProfilesPrompter *ProfilesPrompter::defaultPrompter()
{
    static ProfilesPrompter prompter;
    return &prompter;
}
