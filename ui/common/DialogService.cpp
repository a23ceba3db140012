#include "DialogService.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

DialogService::DialogService(QObject *parent)
    : QObject(parent)
{ }

void DialogService::ask(QWidget *parent, const QString &title, const QString &text,
                        const QString &acceptLabel, const QString &discardLabel,
                        std::function<void(Choice)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("questionBox"));
    QPushButton *accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *discard = discardLabel.isEmpty()
        ? nullptr
        : box->addButton(discardLabel, QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel); // a stray Enter must never delete or overwrite
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, box, [box, accept, discard, done = std::move(done)] {
        const auto *clicked = box->clickedButton();
        if (clicked == accept)
            done(Choice::Accept);
        else if (discard && clicked == discard)
            done(Choice::Discard);
        else
            done(Choice::Cancel);
    });
    box->open();
}

void DialogService::askTyped(QWidget *parent, const QString &title, const QString &text,
                             const QString &word, std::function<void(bool)> done)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("typedConfirmation"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(text + QLatin1String("\n\n") + tr("Type %1 to confirm.").arg(word));
    dialog->setOkButtonText(tr("Confirm"));
    connect(dialog, &QInputDialog::finished, dialog, [dialog, word, done = std::move(done)](int r) {
        done(r == QDialog::Accepted && dialog->textValue().trimmed() == word);
    });
    dialog->open();
}

void DialogService::inform(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DialogService::chooseOpenFile(QWidget *parent, const QString &title, const QString &filter,
                                   std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, title, QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

void DialogService::chooseSaveFile(QWidget *parent, const QString &title,
                                   const QString &suggestedName, const QString &filter,
                                   std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, title, suggestedName, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(suggestedName);
    connect(dialog, &QFileDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}
