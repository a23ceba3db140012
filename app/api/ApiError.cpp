#include "ApiError.h"

using namespace Qt::StringLiterals;

ApiError::ApiError(Kind kind, QString summary, QString hint, QString detail)
    : m_kind(kind)
    , m_summary(std::move(summary))
    , m_hint(std::move(hint))
    , m_detail(std::move(detail))
{ }

QString ApiError::userMessage() const
{
    QStringList parts {m_summary};
    if (!m_hint.isEmpty())
        parts << m_hint;
    for (const FieldIssue &issue : m_fieldIssues)
        parts << (issue.field.isEmpty() ? issue.message
                                        : u"%1: %2"_s.arg(issue.field, issue.message));
    if (!m_detail.isEmpty() && m_fieldIssues.isEmpty())
        parts << tr("(%1)").arg(m_detail);
    return parts.join(u' ');
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

bool ApiError::isCredentialProblem() const
{
    return m_kind == Kind::ProjectNotFound || m_kind == Kind::TokenRejected;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::RefusedUrl:
        return u"refused-url"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::ProjectNotFound:
        return u"project-not-found"_s;
    case Kind::TokenRejected:
        return u"token-rejected"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    }
    return u"unknown"_s;
}
