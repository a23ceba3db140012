#include "DraftStore.h"

#include "JsonParse.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxDraftBytes = 4 * 1024 * 1024;
}

DraftStore::DraftStore(const QString &directory)
    : m_directory(directory)
{ }

void DraftStore::setDirectory(const QString &directory)
{
    m_directory = directory;
}

QString DraftStore::pathFor(const QString &key) const
{
    QString safe;
    for (const QChar c : key)
        safe += (c.isLetterOrNumber() || c == u'-') ? c : u'_';
    return QDir(m_directory).filePath(safe + u".json"_s);
}

bool DraftStore::save(const BadgeDraft &draft, QString *error) const
{
    if (m_directory.isEmpty())
        return false;
    QDir().mkpath(m_directory);
    QSaveFile file(pathFor(draft.key));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<BadgeDraft> DraftStore::load(const QString &key) const
{
    if (m_directory.isEmpty())
        return std::nullopt;
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto parsed = JsonParse::parse(file.read(MaxDraftBytes + 1), MaxDraftBytes);
    if (!parsed.ok() || !parsed.value.isObject())
        return std::nullopt;
    return BadgeDraft::fromJson(parsed.value.toObject());
}

QList<BadgeDraft> DraftStore::all() const
{
    QList<BadgeDraft> drafts;
    if (m_directory.isEmpty())
        return drafts;
    const QStringList files = QDir(m_directory).entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : files) {
        if (auto draft = load(name.chopped(5)))
            drafts.append(std::move(*draft));
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const BadgeDraft &a, const BadgeDraft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

bool DraftStore::remove(const QString &key) const
{
    if (m_directory.isEmpty())
        return false;
    return QFile::remove(pathFor(key));
}
