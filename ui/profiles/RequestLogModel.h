#pragma once

#include "RequestLogEntry.h"

#include <QAbstractTableModel>
#include <QPointer>

class RequestLog;

// The request log as a table: time, method, URL, status, duration, size, outcome. Mirrors the
// log (already redacted at RequestLog::record) and follows it as calls are made.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit RequestLogModel(QObject *parent = nullptr);

    void setLog(RequestLog *log);
    const RequestLogEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void append(const RequestLogEntry &entry);

    QPointer<RequestLog> m_log;
    QList<RequestLogEntry> m_entries;
};
