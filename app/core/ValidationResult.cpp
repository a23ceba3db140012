#include "ValidationResult.h"

#include <QStringList>

#include <algorithm>

void ValidationResult::addError(const QString &field, const QString &message)
{
    m_issues.append({field, message, FieldIssue::Severity::Error});
}

void ValidationResult::addWarning(const QString &field, const QString &message)
{
    m_issues.append({field, message, FieldIssue::Severity::Warning});
}

bool ValidationResult::ok() const
{
    return std::none_of(m_issues.cbegin(), m_issues.cend(), [](const FieldIssue &issue) {
        return issue.severity == FieldIssue::Severity::Error;
    });
}

QList<FieldIssue> ValidationResult::errors() const
{
    QList<FieldIssue> result;
    for (const FieldIssue &issue : m_issues) {
        if (issue.severity == FieldIssue::Severity::Error)
            result.append(issue);
    }
    return result;
}

QStringList ValidationResult::messagesFor(const QString &field) const
{
    // Errors and warnings alike, in the order they were found: the editor shows them all
    // beside the field and colours them by severity from issues().
    QStringList result;
    for (const FieldIssue &issue : m_issues) {
        if (issue.field == field)
            result.append(issue.message);
    }
    return result;
}
