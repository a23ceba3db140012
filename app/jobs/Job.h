#pragma once

#include "JobAction.h"
#include "JobItem.h"
#include "JobState.h"
#include "UserIdList.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// A bulk job in memory: the action, every ID with its status, and where the job stands.
// JobJournal keeps the same on disk; JobRunner moves it forward.
class Job
{
public:
    struct Counts
    {
        qsizetype total = 0; // every item, skipped ones included
        qsizetype pending = 0;
        qsizetype done = 0;
        qsizetype failed = 0;
        qsizetype skipped = 0;
        qsizetype toSend() const { return pending + done + failed; }
    };

    // A new job: unique IDs become Pending, duplicates and invalid values Skipped.
    static Job create(const QString &profileId, const JobAction &action, const UserIdList &ids,
                      int batchSize);
    static QString newId(); // "20250102-153012-a1b2": sortable, short enough to type

    QString id;
    QString profileId;
    QDateTime createdUtc;
    JobAction action;
    int batchSize = 500;
    JobState state = JobState::Ready;
    QString stateReason; // why it paused or stopped, translated

    const QList<JobItem> &items() const { return m_items; }
    void setItems(QList<JobItem> items);
    Counts counts() const { return m_counts; }
    QStringList idsWith(JobItem::Status status) const;
    // False when the ID is not part of the job (a journal from another version, a bug).
    bool setStatus(const QString &userId, JobItem::Status status, const QString &reason = {});
    // The same for the item at `index` in items(): what JobRunner uses for every answer, as it
    // knows where each ID of a batch stands and a thousand lookups by ID add up on the GUI
    // thread. False when there is no such item or it was skipped.
    bool setStatusAt(qsizetype index, JobItem::Status status, const QString &reason = {});
    // Gives this Job its own copy of the items now if it shares them with another Job (it was
    // copied): otherwise the first status change makes that copy, in the middle of a job.
    void ownItems() { m_items.detach(); }

private:
    void recount();
    void apply(JobItem &item, JobItem::Status status, const QString &reason);

    QList<JobItem> m_items;
    QHash<QString, qsizetype> m_index; // sendable IDs only (skipped ones can repeat)
    Counts m_counts;
};
