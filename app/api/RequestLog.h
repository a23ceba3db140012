#pragma once

#include "RequestLogEntry.h"

#include <QList>
#include <QObject>

// Every call the client makes, newest last, capped so a long bulk job cannot grow it forever.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxEntries = 5000;
    static constexpr qsizetype MaxStoredBody = 16 * 1024;

    explicit RequestLog(QObject *parent = nullptr);

    // The choke point: headers are redacted and secrets scrubbed here, whatever the caller passes.
    void record(RequestLogEntry entry, const QString &secret);

    const QList<RequestLogEntry> &entries() const { return m_entries; }
    void clear();

signals:
    void entryAdded(const RequestLogEntry &entry);
    void cleared();

private:
    QList<RequestLogEntry> m_entries;
    quint64 m_nextId = 1;
};
