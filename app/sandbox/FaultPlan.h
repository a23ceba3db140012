#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

// Which failures the sandbox injects into public routes, and when. Two mechanisms combine:
//  * scripted rules ("the next N requests, optionally only this method / path prefix") that are
//    consumed in order and make tests deterministic, and
//  * random rules ("this fraction of requests") drawn from a generator seeded with seed().
// Scripted rules are checked first; the random draw happens only when no scripted rule fired.
class FaultPlan
{
public:
    enum class Kind {
        None,
        TooManyRequests, // 429 with Retry-After
        InternalServerError, // 500
        BadGateway, // 502
        ServiceUnavailable, // 503
        GatewayTimeout, // 504
        Reset, // drop the TCP connection before the request is applied
        ResetAfterApply, // apply the request, then drop the connection instead of answering
        Stall, // accept the request and never answer
    };

    enum class RetryAfterForm { Seconds, HttpDate, Omitted };

    struct RandomRule
    {
        Kind kind = Kind::None;
        double fraction = 0.0; // 0..1
    };

    struct ScriptedRule
    {
        Kind kind = Kind::None;
        int count = 1; // how many matching requests it still hits
        QString method; // empty: any method (compared case-insensitively)
        QString pathPrefix; // empty: any path
    };

    bool isEmpty() const { return m_random.isEmpty() && m_scripted.isEmpty(); }

    void addRandom(const RandomRule &rule) { m_random.append(rule); }
    void addScripted(const ScriptedRule &rule) { m_scripted.append(rule); }
    QList<RandomRule> randomRules() const { return m_random; }
    QList<ScriptedRule> scriptedRules() const { return m_scripted; }

    quint32 seed() const { return m_seed; }
    void setSeed(quint32 seed);

    RetryAfterForm retryAfterForm() const { return m_retryAfterForm; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfter(RetryAfterForm form, int seconds);

    // Decides the fault for one public request and consumes it (scripted counts, random draw).
    Kind next(const QString &method, const QString &path);

    // JSON form used by GET/POST /__sandbox/faults (see app/sandbox/README.md).
    QJsonObject toJson() const;
    // Errors are English wire text (they end up in a 400 body of /__sandbox/faults).
    static std::optional<FaultPlan> fromJson(const QJsonObject &json, QString *error);

    static std::optional<Kind> kindFromString(const QString &name);
    static QString kindToString(Kind kind);
    // The HTTP status a fault answers with, or 0 for kinds that answer nothing.
    static int statusFor(Kind kind);

    // "503:0.25" (the --fault command-line form).
    static std::optional<RandomRule> parseRandomSpec(const QString &spec);
    // "5" (seconds), "http-date", "http-date:5", "none" (the --retry-after form).
    static bool parseRetryAfterSpec(const QString &spec, RetryAfterForm *form, int *seconds);

private:
    QList<RandomRule> m_random;
    QList<ScriptedRule> m_scripted;
    quint32 m_seed = 1;
    QRandomGenerator m_rng {1u};
    RetryAfterForm m_retryAfterForm = RetryAfterForm::Seconds;
    int m_retryAfterSeconds = 1;
};
