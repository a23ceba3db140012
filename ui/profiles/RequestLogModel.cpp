#include "RequestLogModel.h"

#include "RequestLog.h"
#include "StatusColors.h"

#include <QApplication>
#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RequestLogModel::setLog(RequestLog *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    beginResetModel();
    m_log = log;
    m_entries = log ? log->entries() : QList<RequestLogEntry>();
    endResetModel();
    if (!log)
        return;
    connect(log, &RequestLog::entryAdded, this, &RequestLogModel::append);
    connect(log, &RequestLog::cleared, this, [this] {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    });
    connect(log, &QObject::destroyed, this, [this] { setLog(nullptr); });
}

const RequestLogEntry *RequestLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    if (m_entries.size() >= RequestLog::MaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    const RequestLogEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    const bool failed = entry->httpStatus == 0 || entry->httpStatus >= 400;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && failed)
        return QBrush(
            StatusColors::text(StatusColors::Status::Problem, QGuiApplication::palette()));
    // A failed call is not told by its red number alone: an icon, and the outcome in words.
    if (role == Qt::DecorationRole && index.column() == StatusColumn && failed)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole
        && (index.column() == StatusColumn || index.column() == DurationColumn
            || index.column() == SizeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry->startedUtc.toLocalTime().time(), u"HH:mm:ss.zzz");
    case MethodColumn:
        return QString::fromLatin1(entry->method);
    case UrlColumn:
        return entry->url.toDisplayString();
    case StatusColumn:
        return entry->httpStatus > 0 ? QString::number(entry->httpStatus) : tr("—");
    case DurationColumn:
        return tr("%1 ms").arg(entry->durationMs);
    case SizeColumn:
        return QLocale().formattedDataSize(entry->bytesReceived);
    case OutcomeColumn:
        return entry->attempt > 1 ? tr("%1 (attempt %2)").arg(entry->outcome).arg(entry->attempt)
                                  : entry->outcome;
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}
