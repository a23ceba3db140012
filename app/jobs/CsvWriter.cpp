#include "CsvWriter.h"

using namespace Qt::StringLiterals;

QString CsvWriter::field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.contains(u';') || value.startsWith(u' ')
        || value.endsWith(u' ');
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray CsvWriter::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(u',').toUtf8() + "\r\n";
}
