#pragma once

#include <QByteArray>
#include <QStringList>

// RFC 4180 rows (CRLF, quotes doubled) in UTF-8, the form spreadsheets and scripts read.
class CsvWriter
{
public:
    static QByteArray row(const QStringList &fields);
    static QString field(const QString &value);
};
