#include "ProfileSecrets.h"

#include "JwtInfo.h"
#include "SecretStore.h"

#include <QPointer>
#include <QUuid>

#include <memory>

TokenInfo ProfileSecrets::describeNewToken(const QString &label, const QString &token,
                                           const QDateTime &now)
{
    TokenInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.label = label.trimmed();
    info.created = now.toUTC();
    updateFromToken(info, token);
    return info;
}

void ProfileSecrets::updateFromToken(TokenInfo &info, const QString &token)
{
    const auto jwt = JwtInfo::decode(token);
    info.project = jwt.ok() ? jwt.value.project : QString();
    info.uid = jwt.ok() ? jwt.value.uid : QString();
    info.issuedAt = jwt.ok() ? jwt.value.issuedAt : QDateTime();
}

QStringList ProfileSecrets::warningsFor(const Profile &profile, const TokenInfo &token,
                                        const QDateTime &now)
{
    QStringList warnings;
    if (!profile.projectId.isEmpty() && !token.project.isEmpty()
        && token.project != profile.projectId)
        warnings << tr("This token belongs to project %1, but the profile is for project %2.")
                        .arg(token.project, profile.projectId);
    const QDateTime since = token.issuedAt.isValid() ? token.issuedAt : token.created;
    if (profile.tokenRotationDays > 0 && since.isValid()
        && since.secsTo(now) > qint64(profile.tokenRotationDays) * 86400)
        warnings << tr("This token is %n day(s) old, older than the rotation age you set.", nullptr,
                       int(since.secsTo(now) / 86400));
    return warnings;
}

void ProfileSecrets::removeAll(const Profile &profile, SecretStore *store, QObject *context,
                               std::function<void(int, const QString &)> done)
{
    struct Tally
    {
        int pending = 0;
        int failures = 0;
        QString firstError;
    };
    const QStringList keys = profile.secretKeys();
    auto tally = std::make_shared<Tally>();
    tally->pending = int(keys.size());
    for (const QString &key : keys) {
        store->remove(key, context, [tally, done](const SecretResult &result) {
            if (!result.ok() && result.status != SecretResult::Status::NotFound) {
                ++tally->failures;
                if (tally->firstError.isEmpty())
                    tally->firstError = result.message;
            }
            if (--tally->pending == 0 && done)
                done(tally->failures, tally->firstError);
        });
    }
}
