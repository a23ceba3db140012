#include "JobResultsModel.h"

#include "StatusColors.h"

#include <QApplication>
#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

void JobResultsModel::setJob(const Job *job)
{
    m_job = job;
    refresh();
}

void JobResultsModel::setFilter(JobResults::Filter filter, const QString &text)
{
    m_filter = filter;
    m_text = text;
    refresh();
}

void JobResultsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_job) {
        const auto &items = m_job->items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const JobItem &item = items.at(i);
            if (JobResults::matches(item, m_filter)
                && (m_text.isEmpty() || item.userId.contains(m_text, Qt::CaseInsensitive)
                    || item.reason.contains(m_text, Qt::CaseInsensitive)))
                m_rows.append(i);
        }
    }
    endResetModel();
}

int JobResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobResultsModel::data(const QModelIndex &index, int role) const
{
    if (!m_job || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const JobItem &item = m_job->items().at(m_rows.at(index.row()));
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case UserId:
            return item.userId;
        case Status:
            return JobItem::statusDisplayName(item.status);
        case Reason:
            return item.reason;
        case Line:
            return item.line > 0 ? QVariant(item.line) : QVariant();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status
        && item.status == JobItem::Status::Failed)
        return QBrush(
            StatusColors::text(StatusColors::Status::Problem, QGuiApplication::palette()));
    // The red is a second sign, never the only one: the status is in words, with an icon.
    if (role == Qt::DecorationRole && index.column() == Status) {
        switch (item.status) {
        case JobItem::Status::Done:
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case JobItem::Status::Failed:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case JobItem::Status::SkippedDuplicate:
        case JobItem::Status::SkippedInvalid:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case JobItem::Status::Pending:
            break;
        }
    }
    return {};
}

QVariant JobResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserId:
        return tr("User ID");
    case Status:
        return tr("Result");
    case Reason:
        return tr("Reason");
    case Line:
        return tr("Line");
    }
    return {};
}
