#pragma once

#include "JobResults.h"

#include <QAbstractTableModel>
#include <QList>

// Per-ID results of a job for a table: ID, status, reason, line. Filtering rebuilds the row
// list in one pass (fast at a million rows, unlike an incremental proxy).
class JobResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserId, Status, Reason, Line, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setJob(const Job *job); // not owned; call refresh() when it changed
    void setFilter(JobResults::Filter filter, const QString &text = {});
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Job *m_job = nullptr;
    JobResults::Filter m_filter = JobResults::Filter::All;
    QString m_text;
    QList<qsizetype> m_rows;
};
