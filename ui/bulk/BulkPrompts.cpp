#include "BulkPrompts.h"

#include <QFileDialog>
#include <QMessageBox>

void BulkPrompts::chooseOpenFile(QWidget *parent, const QString &title, const QString &filter,
                                 std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, title, {}, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [done](const QString &path) { done(path); });
    dialog->open();
}

void BulkPrompts::chooseSaveFile(QWidget *parent, const QString &title,
                                 const QString &suggestedName, const QString &filter,
                                 std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, title, suggestedName, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [done](const QString &path) { done(path); });
    dialog->open();
}

void BulkPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
