#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// The saved profiles: one JSON file under the app's config folder (BADGEDESK_CONFIG_DIR
// overrides it). The file holds names, regions, colours and token metadata, never a secret:
// Profile::toJson has no place for one. Writes are atomic (QSaveFile).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // A missing file is an empty list, not an error. A damaged file is an error and leaves
    // the store empty; save() then refuses to overwrite it so nothing is lost by accident.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    QList<Profile> profiles() const { return m_profiles; }
    bool isEmpty() const { return m_profiles.isEmpty(); }
    std::optional<Profile> findById(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const; // case-insensitive

    void upsert(const Profile &profile); // replaces the profile with the same id, or appends
    bool remove(const QString &id);

    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);

    // A fresh profile: random id, a distinct colour, Europe, no tokens, and the token rotation
    // age set in Preferences (setNewProfileRotationDays).
    static Profile createProfile(const QString &name);
    static void setNewProfileRotationDays(int days);
    // The embedded local sandbox (id "sandbox"): credentials come from the sandbox process.
    static Profile sandboxProfile();

signals:
    void profilesChanged();
    void currentProfileChanged(const QString &id);

private:
    QString m_filePath;
    QList<Profile> m_profiles;
    QString m_currentId;
    bool m_damaged = false;
};
