#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int FormatVersion = 1;
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{ }

QString ProfileStore::defaultFilePath()
{
    QString dir = qEnvironmentVariable("BADGEDESK_CONFIG_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(u"profiles.json"_s);
}

bool ProfileStore::load(QString *error)
{
    m_profiles.clear();
    m_currentId.clear();
    m_damaged = false;
    auto fail = [&](const QString &message) {
        m_damaged = true;
        if (error)
            *error = message;
        emit profilesChanged();
        return false;
    };

    QFile file(m_filePath);
    if (!file.exists()) {
        emit profilesChanged();
        return true;
    }
    if (file.size() > MaxFileSize)
        return fail(tr("The profiles file %1 is too large to be ours.").arg(m_filePath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("The profiles file %1 could not be read: %2").arg(m_filePath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(tr("The profiles file %1 is damaged (%2). It was left as it is.")
                        .arg(m_filePath, parseError.errorString()));
    const QJsonObject root = document.object();
    for (const QJsonValue &item : root.value(u"profiles"_s).toArray()) {
        const auto decoded = Profile::fromJson(item.toObject());
        if (decoded.ok() && !findById(decoded.value.id))
            m_profiles.append(decoded.value);
    }
    const QString current = root.value(u"currentId"_s).toString();
    if (findById(current))
        m_currentId = current;
    emit profilesChanged();
    return true;
}

bool ProfileStore::save(QString *error) const
{
    if (m_damaged) {
        if (error)
            *error = tr("The profiles file %1 is damaged; it was not overwritten. Move it aside "
                        "and try again.")
                         .arg(m_filePath);
        return false;
    }
    QJsonArray list;
    for (const Profile &profile : m_profiles)
        list.append(profile.toJson());
    const QJsonObject root {
        {u"version"_s, FormatVersion}, {u"currentId"_s, m_currentId}, {u"profiles"_s, list}};

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                tr("The profiles could not be saved to %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    // Nothing secret is in here, but profile names and project ids are nobody else's business.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        if (error)
            *error =
                tr("The profiles could not be saved to %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

std::optional<Profile> ProfileStore::findById(const QString &id) const
{
    for (const Profile &profile : m_profiles)
        if (profile.id == id)
            return profile;
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Profile &profile : m_profiles)
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    return std::nullopt;
}

void ProfileStore::upsert(const Profile &profile)
{
    for (Profile &existing : m_profiles) {
        if (existing.id == profile.id) {
            if (existing == profile)
                return;
            existing = profile;
            emit profilesChanged();
            return;
        }
    }
    m_profiles.append(profile);
    emit profilesChanged();
}

bool ProfileStore::remove(const QString &id)
{
    const auto removed = m_profiles.removeIf([&id](const Profile &p) { return p.id == id; });
    if (removed == 0)
        return false;
    emit profilesChanged();
    if (m_currentId == id)
        setCurrentId(m_profiles.isEmpty() ? QString() : m_profiles.first().id);
    return true;
}

void ProfileStore::setCurrentId(const QString &id)
{
    if (m_currentId == id)
        return;
    m_currentId = id;
    emit currentProfileChanged(id);
}

namespace {

int &newProfileRotationDays()
{
    static int days = Profile::DefaultTokenRotationDays;
    return days;
}

} // namespace

void ProfileStore::setNewProfileRotationDays(int days)
{
    newProfileRotationDays() = qBound(0, days, 3650);
}

Profile ProfileStore::createProfile(const QString &name)
{
    // Distinct, saturated hues that read well as a window frame in light and dark themes.
    static const QList<QColor> palette = {QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47),
                                          QColor(0x8e, 0x24, 0xaa), QColor(0xf5, 0x7c, 0x00),
                                          QColor(0x00, 0x89, 0x7b), QColor(0x6d, 0x4c, 0x41)};
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name.trimmed();
    profile.color = palette.at(int(qHash(profile.id) % quint64(palette.size())));
    profile.tokenRotationDays = newProfileRotationDays();
    return profile;
}

Profile ProfileStore::sandboxProfile()
{
    Profile profile;
    profile.id = QString::fromLatin1(Profile::SandboxId);
    profile.name = tr("Local sandbox");
    profile.region = Region::Custom;
    profile.sandbox = true;
    profile.color = QColor(0x75, 0x75, 0x75);
    return profile;
}
