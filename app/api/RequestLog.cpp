#include "RequestLog.h"

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{ }

void RequestLog::record(RequestLogEntry entry, const QString &secret)
{
    entry.id = m_nextId++;
    entry.requestHeaders = Redaction::redactHeaders(entry.requestHeaders);
    if (entry.requestBody.size() > MaxStoredBody)
        entry.requestBody.truncate(MaxStoredBody);
    if (!secret.isEmpty()) {
        const QByteArray raw = secret.toUtf8();
        entry.requestBody.replace(raw, Redaction::maskSecret(secret).toUtf8());
        entry.outcome = Redaction::scrub(entry.outcome, secret);
        entry.url = QUrl(Redaction::scrub(entry.url.toString(QUrl::FullyEncoded), secret));
    }
    if (m_entries.size() >= MaxEntries)
        m_entries.removeFirst();
    m_entries.append(entry);
    emit entryAdded(m_entries.constLast());
}

void RequestLog::clear()
{
    m_entries.clear();
    emit cleared();
}
