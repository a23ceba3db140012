#pragma once

#include <QList>
#include <QString>

// One problem with one field, in words a person can act on.
struct FieldIssue
{
    enum class Severity { Error, Warning };

    QString field; // the JSON field name, e.g. "tooltip"
    QString message; // translated
    Severity severity = Severity::Error;
};

class ValidationResult
{
public:
    void addError(const QString &field, const QString &message);
    void addWarning(const QString &field, const QString &message);

    bool ok() const; // no errors (warnings allowed)
    const QList<FieldIssue> &issues() const & { return m_issues; }
    // On a temporary (validate(x).issues()) hand out a copy, so a range-for cannot dangle.
    QList<FieldIssue> issues() && { return std::move(m_issues); }
    QList<FieldIssue> errors() const;
    QStringList messagesFor(const QString &field) const;

private:
    QList<FieldIssue> m_issues;
};
