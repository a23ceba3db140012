#include "FaultPlan.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace {

constexpr int MaxRetryAfterSeconds = 86400;

const std::array<std::pair<FaultPlan::Kind, const char *>, 8> &kindNames()
{
    static const std::array<std::pair<FaultPlan::Kind, const char *>, 8> names {{
        {FaultPlan::Kind::TooManyRequests, "429"},
        {FaultPlan::Kind::InternalServerError, "500"},
        {FaultPlan::Kind::BadGateway, "502"},
        {FaultPlan::Kind::ServiceUnavailable, "503"},
        {FaultPlan::Kind::GatewayTimeout, "504"},
        {FaultPlan::Kind::Reset, "reset"},
        {FaultPlan::Kind::ResetAfterApply, "reset-after-apply"},
        {FaultPlan::Kind::Stall, "stall"},
    }};
    return names;
}

QString retryAfterFormName(FaultPlan::RetryAfterForm form)
{
    switch (form) {
    case FaultPlan::RetryAfterForm::Seconds:
        return QStringLiteral("seconds");
    case FaultPlan::RetryAfterForm::HttpDate:
        return QStringLiteral("http-date");
    case FaultPlan::RetryAfterForm::Omitted:
        return QStringLiteral("none");
    }
    return {};
}

bool isWholeNumber(const QJsonValue &value, double min, double max)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number == static_cast<double>(static_cast<qint64>(number)) && number >= min
        && number <= max;
}

} // namespace

void FaultPlan::setSeed(quint32 seed)
{
    m_seed = seed;
    m_rng.seed(seed);
}

void FaultPlan::setRetryAfter(RetryAfterForm form, int seconds)
{
    m_retryAfterForm = form;
    m_retryAfterSeconds = seconds;
}

FaultPlan::Kind FaultPlan::next(const QString &method, const QString &path)
{
    for (auto it = m_scripted.begin(); it != m_scripted.end(); ++it) {
        if (it->count <= 0)
            continue;
        if (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!it->pathPrefix.isEmpty() && !path.startsWith(it->pathPrefix))
            continue;
        const Kind kind = it->kind;
        if (--it->count == 0)
            m_scripted.erase(it);
        return kind;
    }
    if (m_random.isEmpty())
        return Kind::None;
    const double draw = m_rng.generateDouble();
    double cumulative = 0.0;
    for (const RandomRule &rule : std::as_const(m_random)) {
        cumulative += rule.fraction;
        if (draw < cumulative)
            return rule.kind;
    }
    return Kind::None;
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray random;
    for (const RandomRule &rule : m_random) {
        random.append(QJsonObject {{QStringLiteral("kind"), kindToString(rule.kind)},
                                   {QStringLiteral("fraction"), rule.fraction}});
    }
    QJsonArray scripted;
    for (const ScriptedRule &rule : m_scripted) {
        QJsonObject item {{QStringLiteral("kind"), kindToString(rule.kind)},
                          {QStringLiteral("count"), rule.count}};
        if (!rule.method.isEmpty())
            item.insert(QStringLiteral("method"), rule.method);
        if (!rule.pathPrefix.isEmpty())
            item.insert(QStringLiteral("pathPrefix"), rule.pathPrefix);
        scripted.append(item);
    }
    return QJsonObject {
        {QStringLiteral("seed"), static_cast<qint64>(m_seed)},
        {QStringLiteral("retryAfter"),
         QJsonObject {{QStringLiteral("form"), retryAfterFormName(m_retryAfterForm)},
                      {QStringLiteral("seconds"), m_retryAfterSeconds}}},
        {QStringLiteral("random"), random},
        {QStringLiteral("next"), scripted},
    };
}

std::optional<FaultPlan> FaultPlan::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QStringList knownKeys {QStringLiteral("seed"), QStringLiteral("retryAfter"),
                                        QStringLiteral("random"), QStringLiteral("next"),
                                        QStringLiteral("latencyMs")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
    }

    FaultPlan plan;
    if (json.contains(QStringLiteral("seed"))) {
        const QJsonValue seed = json.value(QStringLiteral("seed"));
        if (!isWholeNumber(seed, 0, 4294967295.0))
            return fail(QStringLiteral("seed must be an integer between 0 and 4294967295"));
        plan.setSeed(static_cast<quint32>(seed.toInteger()));
    }

    if (json.contains(QStringLiteral("retryAfter"))) {
        const QJsonValue retryAfter = json.value(QStringLiteral("retryAfter"));
        RetryAfterForm form = plan.m_retryAfterForm;
        int seconds = plan.m_retryAfterSeconds;
        if (retryAfter.isString()) {
            if (!parseRetryAfterSpec(retryAfter.toString(), &form, &seconds))
                return fail(QStringLiteral("retryAfter must be seconds, \"http-date\", "
                                           "\"http-date:SECONDS\" or \"none\""));
        } else if (retryAfter.isDouble()) {
            if (!isWholeNumber(retryAfter, 0, MaxRetryAfterSeconds))
                return fail(QStringLiteral("retryAfter must be between 0 and 86400 seconds"));
            form = RetryAfterForm::Seconds;
            seconds = retryAfter.toInt();
        } else if (retryAfter.isObject()) {
            const QJsonObject object = retryAfter.toObject();
            const QString formName =
                object.value(QStringLiteral("form")).toString(QStringLiteral("seconds"));
            if (formName == QLatin1String("seconds"))
                form = RetryAfterForm::Seconds;
            else if (formName == QLatin1String("http-date"))
                form = RetryAfterForm::HttpDate;
            else if (formName == QLatin1String("none"))
                form = RetryAfterForm::Omitted;
            else
                return fail(QStringLiteral(
                    "retryAfter.form must be one of the following values: seconds, http-date, "
                    "none"));
            if (object.contains(QStringLiteral("seconds"))) {
                const QJsonValue value = object.value(QStringLiteral("seconds"));
                if (!isWholeNumber(value, 0, MaxRetryAfterSeconds))
                    return fail(QStringLiteral(
                        "retryAfter.seconds must be an integer between 0 and 86400"));
                seconds = value.toInt();
            }
        } else {
            return fail(QStringLiteral("retryAfter must be a number, a string or an object"));
        }
        plan.setRetryAfter(form, seconds);
    }

    const QJsonValue random = json.value(QStringLiteral("random"));
    if (!random.isUndefined() && !random.isNull()) {
        if (!random.isArray())
            return fail(QStringLiteral("random must be an array"));
        double total = 0.0;
        const QJsonArray items = random.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const auto kind = kindFromString(item.value(QStringLiteral("kind")).toString());
            if (!kind)
                return fail(QStringLiteral("random[%1].kind is not a known fault kind").arg(i));
            const QJsonValue fraction = item.value(QStringLiteral("fraction"));
            if (!fraction.isDouble() || fraction.toDouble() < 0.0 || fraction.toDouble() > 1.0)
                return fail(
                    QStringLiteral("random[%1].fraction must be a number from 0 to 1").arg(i));
            total += fraction.toDouble();
            plan.addRandom({*kind, fraction.toDouble()});
        }
        if (total > 1.0 + 1e-9)
            return fail(QStringLiteral("the random fractions add up to more than 1"));
    }

    const QJsonValue scripted = json.value(QStringLiteral("next"));
    if (!scripted.isUndefined() && !scripted.isNull()) {
        if (!scripted.isArray())
            return fail(QStringLiteral("next must be an array"));
        const QJsonArray items = scripted.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const auto kind = kindFromString(item.value(QStringLiteral("kind")).toString());
            if (!kind)
                return fail(QStringLiteral("next[%1].kind is not a known fault kind").arg(i));
            ScriptedRule rule;
            rule.kind = *kind;
            if (item.contains(QStringLiteral("count"))) {
                const QJsonValue count = item.value(QStringLiteral("count"));
                if (!isWholeNumber(count, 1, 1000000))
                    return fail(QStringLiteral("next[%1].count must be an integer >= 1").arg(i));
                rule.count = count.toInt();
            }
            const QJsonValue method = item.value(QStringLiteral("method"));
            const QJsonValue prefix = item.value(QStringLiteral("pathPrefix"));
            if (!method.isUndefined() && !method.isNull() && !method.isString())
                return fail(QStringLiteral("next[%1].method must be a string").arg(i));
            if (!prefix.isUndefined() && !prefix.isNull() && !prefix.isString())
                return fail(QStringLiteral("next[%1].pathPrefix must be a string").arg(i));
            rule.method = method.toString().toUpper();
            rule.pathPrefix = prefix.toString();
            plan.addScripted(rule);
        }
    }
    return plan;
}

std::optional<FaultPlan::Kind> FaultPlan::kindFromString(const QString &name)
{
    for (const auto &[kind, text] : kindNames()) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString FaultPlan::kindToString(Kind kind)
{
    for (const auto &[candidate, text] : kindNames()) {
        if (candidate == kind)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("none");
}

int FaultPlan::statusFor(Kind kind)
{
    switch (kind) {
    case Kind::TooManyRequests:
        return 429;
    case Kind::InternalServerError:
        return 500;
    case Kind::BadGateway:
        return 502;
    case Kind::ServiceUnavailable:
        return 503;
    case Kind::GatewayTimeout:
        return 504;
    case Kind::None:
    case Kind::Reset:
    case Kind::ResetAfterApply:
    case Kind::Stall:
        break;
    }
    return 0;
}

std::optional<FaultPlan::RandomRule> FaultPlan::parseRandomSpec(const QString &spec)
{
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto kind = kindFromString(spec.left(colon));
    bool ok = false;
    const double fraction = spec.mid(colon + 1).toDouble(&ok);
    if (!kind || !ok || fraction < 0.0 || fraction > 1.0)
        return std::nullopt;
    return RandomRule {*kind, fraction};
}

bool FaultPlan::parseRetryAfterSpec(const QString &spec, RetryAfterForm *form, int *seconds)
{
    const QString text = spec.trimmed().toLower();
    auto parseSeconds = [](const QString &digits, int *out) {
        bool ok = false;
        const int value = digits.toInt(&ok);
        if (!ok || value < 0 || value > MaxRetryAfterSeconds)
            return false;
        *out = value;
        return true;
    };
    if (text == QLatin1String("none")) {
        *form = RetryAfterForm::Omitted;
        return true;
    }
    if (text == QLatin1String("http-date")) {
        *form = RetryAfterForm::HttpDate;
        return true;
    }
    if (text.startsWith(QLatin1String("http-date:"))) {
        if (!parseSeconds(text.mid(10), seconds))
            return false;
        *form = RetryAfterForm::HttpDate;
        return true;
    }
    if (!parseSeconds(text, seconds))
        return false;
    *form = RetryAfterForm::Seconds;
    return true;
}
