#include "AppSettings.h"

#include "AppTranslations.h"
#include "Profile.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Not "general/…": QSettings keeps top-level keys in an INI section of that name, so a group
// called "general" does not read back.
const auto LanguageKey = u"interface/language"_s;
const auto TransferTimeoutKey = u"network/transferTimeoutSeconds"_s;
const auto DeadlineKey = u"network/deadlineSeconds"_s;
const auto BatchSizeKey = u"jobs/batchSize"_s;
const auto ConcurrencyKey = u"jobs/concurrency"_s;
const auto TokenRotationKey = u"security/tokenRotationDays"_s;
const auto DataFolderKey = u"storage/dataFolder"_s;
const auto MoveFromKey = u"storage/pendingMoveFrom"_s;
const auto MoveToKey = u"storage/pendingMoveTo"_s;

QString absoluteOrEmpty(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path.trimmed()));
    return !path.trimmed().isEmpty() && QDir::isAbsolutePath(clean) ? clean : QString();
}

// A window name from code, but a hand-edited file must not be able to make it a key outside
// the layout group.
QString layoutKey(const QString &name)
{
    QString key;
    for (const QChar c : name)
        key += (c.isLetterOrNumber() || c == u'/' || c == u'_') ? c : u'_';
    return u"layout/"_s + key;
}

} // namespace

AppSettings::AppSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::defaultFilePath()
{
    QString dir = qEnvironmentVariable("BADGEDESK_CONFIG_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(u"settings.ini"_s);
}

QString AppSettings::filePath() const
{
    return m_settings->fileName();
}

int AppSettings::boundedInt(const QString &key, int fallback, int min, int max) const
{
    bool ok = false;
    const int value = m_settings->value(key).toInt(&ok);
    return ok ? qBound(min, value, max) : fallback;
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(LanguageKey).toString();
    return AppTranslations::isAvailable(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(LanguageKey, AppTranslations::isAvailable(code) ? code : QString());
}

int AppSettings::transferTimeoutSeconds() const
{
    return boundedInt(TransferTimeoutKey, DefaultTransferTimeoutSeconds, MinTransferTimeoutSeconds,
                      MaxTransferTimeoutSeconds);
}

void AppSettings::setTransferTimeoutSeconds(int seconds)
{
    m_settings->setValue(TransferTimeoutKey,
                         qBound(MinTransferTimeoutSeconds, seconds, MaxTransferTimeoutSeconds));
}

int AppSettings::deadlineSeconds() const
{
    // A deadline shorter than the transfer timeout would make that timeout meaningless.
    return qMax(
        transferTimeoutSeconds(),
        boundedInt(DeadlineKey, DefaultDeadlineSeconds, MinDeadlineSeconds, MaxDeadlineSeconds));
}

void AppSettings::setDeadlineSeconds(int seconds)
{
    m_settings->setValue(DeadlineKey, qBound(MinDeadlineSeconds, seconds, MaxDeadlineSeconds));
}

int AppSettings::batchSize() const
{
    return boundedInt(BatchSizeKey, DefaultBatchSize, MinBatchSize, MaxBatchSize);
}

void AppSettings::setBatchSize(int ids)
{
    m_settings->setValue(BatchSizeKey, qBound(MinBatchSize, ids, MaxBatchSize));
}

int AppSettings::concurrency() const
{
    return boundedInt(ConcurrencyKey, DefaultConcurrency, MinConcurrency, MaxConcurrency);
}

void AppSettings::setConcurrency(int calls)
{
    m_settings->setValue(ConcurrencyKey, qBound(MinConcurrency, calls, MaxConcurrency));
}

int AppSettings::tokenRotationDays() const
{
    return boundedInt(TokenRotationKey, Profile::DefaultTokenRotationDays, 0, MaxTokenRotationDays);
}

void AppSettings::setTokenRotationDays(int days)
{
    m_settings->setValue(TokenRotationKey, qBound(0, days, MaxTokenRotationDays));
}

QString AppSettings::dataFolder() const
{
    return absoluteOrEmpty(m_settings->value(DataFolderKey).toString());
}

void AppSettings::setDataFolder(const QString &path)
{
    m_settings->setValue(DataFolderKey, absoluteOrEmpty(path));
}

QString AppSettings::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString AppSettings::effectiveDataFolder() const
{
    const QString fromEnv = qEnvironmentVariable("BADGEDESK_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString folder = dataFolder();
    return folder.isEmpty() ? defaultDataFolder() : folder;
}

AppSettings::PendingMove AppSettings::pendingMove() const
{
    PendingMove move {absoluteOrEmpty(m_settings->value(MoveFromKey).toString()),
                      absoluteOrEmpty(m_settings->value(MoveToKey).toString())};
    return move.isEmpty() ? PendingMove() : move;
}

void AppSettings::setPendingMove(const PendingMove &move)
{
    if (move.isEmpty()) {
        m_settings->remove(MoveFromKey);
        m_settings->remove(MoveToKey);
        return;
    }
    m_settings->setValue(MoveFromKey, absoluteOrEmpty(move.from));
    m_settings->setValue(MoveToKey, absoluteOrEmpty(move.to));
}

QByteArray AppSettings::windowLayout(const QString &name) const
{
    return m_settings->value(layoutKey(name)).toByteArray();
}

void AppSettings::setWindowLayout(const QString &name, const QByteArray &blob)
{
    m_settings->setValue(layoutKey(name), blob);
}

bool AppSettings::save(QString *error)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (error)
        *error = m_settings->status() == QSettings::AccessError
            ? tr("The settings could not be written to %1.")
                  .arg(QDir::toNativeSeparators(filePath()))
            : tr("The settings file %1 is not in the expected format; fix or remove "
                 "it.")
                  .arg(QDir::toNativeSeparators(filePath()));
    return false;
}
