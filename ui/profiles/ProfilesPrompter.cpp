#include "ProfilesPrompter.h"

#include <QMessageBox>
#include <QPushButton>

void ProfilesPrompter::offerSessionOnly(QWidget *parent, const QString &keychainMessage,
                                        std::function<void(bool)> done)
{
    confirm(parent, tr("No keychain"),
            tr("%1\n\nUse the token for this session only? It is kept in memory and "
               "forgotten when Badge Desk quits.")
                .arg(keychainMessage),
            tr("Use for this session only"), std::move(done));
}

void ProfilesPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                               const QString &acceptLabel, std::function<void(bool)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel); // a stray Enter must never remove or reveal
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, done = std::move(done)] {
        done(box->clickedButton() == accept);
    });
    box->open();
}

void ProfilesPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

ProfilesPrompter *ProfilesPrompter::defaultPrompter()
{
    static ProfilesPrompter prompter;
    return &prompter;
}
