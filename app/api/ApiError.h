#pragma once

#include "ValidationResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// A failed call, described so that a person can act on it: what happened (summary), what to do
// (hint), and the server's or the network stack's own words (detail). Never holds a secret.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        RefusedUrl, // the client would not send it (plain http, user-info, invalid)
        Network, // DNS, refused, reset, unreachable
        Tls, // certificate or handshake failure; never ignored
        Timeout, // transfer stalled or the overall deadline passed
        Cancelled, // the caller cancelled
        ProjectNotFound, // 404 "Project not found": wrong API key or region
        TokenRejected, // 403 (or 401): bearer token missing, wrong or revoked
        Validation, // 400 with per-field messages
        NotFound, // 404 for a badge or room
        RateLimited, // 429
        Server, // 5xx
        Http, // any other non-2xx
        BadResponse, // 2xx whose body could not be read as the endpoint promises
    };

    ApiError() = default;
    ApiError(Kind kind, QString summary, QString hint = {}, QString detail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QString summary() const { return m_summary; }
    QString hint() const { return m_hint; }
    QString detail() const { return m_detail; }
    const QList<FieldIssue> &fieldIssues() const { return m_fieldIssues; }
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }

    // Summary, hint and detail in one paragraph for a message box or the status bar.
    QString userMessage() const;
    // Worth trying again later without changing anything (network, timeout, 429, 5xx).
    bool isTransient() const;
    // Only the user can fix it (key, region, token): bulk work should pause, not retry.
    bool isCredentialProblem() const;

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setFieldIssues(QList<FieldIssue> issues) { m_fieldIssues = std::move(issues); }
    void setRetryAfter(std::optional<std::chrono::milliseconds> delay) { m_retryAfter = delay; }

    static QString kindName(Kind kind); // stable English identifier for logs and the CLI

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_summary;
    QString m_hint;
    QString m_detail;
    QList<FieldIssue> m_fieldIssues;
    std::optional<std::chrono::milliseconds> m_retryAfter;
};
