#include "DataFolderMove.h"

#include "AppPaths.h"
#include "AppSettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

bool isInside(const QString &path, const QString &folder)
{
    const QString inner = canonical(path);
    const QString outer = canonical(folder);
    return inner == outer || inner.startsWith(outer + u'/');
}

bool sameContent(const QString &a, const QString &b)
{
    QFile first(a), second(b);
    if (first.size() != second.size() || !first.open(QIODevice::ReadOnly)
        || !second.open(QIODevice::ReadOnly))
        return false;
    while (!first.atEnd()) {
        if (first.read(64 * 1024) != second.read(64 * 1024))
            return false;
    }
    return true;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString DataFolderMove::problemWith(const QString &folder, const QString &currentRoot)
{
    if (folder.trimmed().isEmpty())
        return {};
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(folder.trimmed()));
    if (!QDir::isAbsolutePath(path))
        return tr("Give the full path of a folder.");
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return tr("%1 is a file, not a folder.").arg(native(path));
    if (!currentRoot.isEmpty() && isInside(path, currentRoot + u"/profiles"_s))
        return tr("Choose a folder outside %1, where the data is kept now.")
            .arg(native(currentRoot + u"/profiles"_s));
    if (!QDir().mkpath(path))
        return tr("The folder %1 cannot be created. Choose another one.").arg(native(path));
    QTemporaryFile probe(path + u"/.badgedesk-write-test-XXXXXX"_s);
    if (!probe.open())
        return tr("Badge Desk cannot write to %1. Choose a folder you can write to.")
            .arg(native(path));
    return {};
}

bool DataFolderMove::hasData(const QString &root)
{
    QDirIterator it(root + u"/profiles"_s, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    return it.hasNext();
}

bool DataFolderMove::sameFolder(const QString &a, const QString &b)
{
    return canonical(a) == canonical(b);
}

DataFolderMove::Result DataFolderMove::run(const QString &from, const QString &to)
{
    Result result;
    const QString source = from + u"/profiles"_s;
    const QString target = to + u"/profiles"_s;
    if (sameFolder(from, to) || !QFileInfo(source).isDir())
        return result;
    if (isInside(to, source)) {
        result.error = tr("%1 is inside the folder being moved.").arg(native(to));
        return result;
    }

    QStringList files;
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(source).relativeFilePath(it.next());

    QStringList created; // copies of ours, removed again if a later copy fails
    QStringList originals; // removed only when every file is safely in the new folder
    for (const QString &relative : std::as_const(files)) {
        const QString src = source + u'/' + relative;
        const QString dst = target + u'/' + relative;
        if (QFileInfo::exists(dst)) {
            if (sameContent(src, dst))
                originals << src; // copied by an earlier, interrupted run
            else
                result.leftBehind << relative;
            continue;
        }
        if (!QDir().mkpath(QFileInfo(dst).absolutePath()) || !QFile::copy(src, dst)
            || !sameContent(src, dst)) {
            QFile::remove(dst);
            for (const QString &copy : std::as_const(created))
                QFile::remove(copy);
            result.error = tr("%1 could not be copied to %2.").arg(native(src), native(dst));
            return result;
        }
        created << dst;
        originals << src;
    }

    for (const QString &original : std::as_const(originals))
        QFile::remove(original);
    // Empty folders left behind, deepest first; rmdir leaves any that still hold a file.
    QStringList folders;
    QDirIterator dirs(source, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                      QDirIterator::Subdirectories);
    while (dirs.hasNext())
        folders << dirs.next();
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder);
    QDir().rmdir(source);
    result.moved = int(originals.size());
    return result;
}

QString DataFolderMove::applyAtStart(AppSettings *settings)
{
    if (!qEnvironmentVariableIsEmpty("BADGEDESK_DATA_DIR"))
        return {};
    QString message;
    const AppSettings::PendingMove move = settings->pendingMove();
    if (!move.isEmpty()) {
        settings->setPendingMove({});
        // Stale when the folder was changed again (or reset) without a move since.
        if (sameFolder(move.to, settings->effectiveDataFolder())) {
            const Result result = run(move.from, move.to);
            if (!result.ok()) {
                settings->setDataFolder(sameFolder(move.from, AppSettings::defaultDataFolder())
                                            ? QString()
                                            : move.from);
                message = tr("Your drafts, job journals and moderation logs could not be moved "
                             "to %1: %2 Nothing was removed; Badge Desk keeps using %3.")
                              .arg(native(move.to), result.error, native(move.from));
            } else if (!result.leftBehind.isEmpty()) {
                const int count = int(result.leftBehind.size());
                message =
                    tr("%n file(s) already existed in %1 with other content and were "
                       "left in %2: %3",
                       nullptr, count)
                        .arg(native(move.to), native(move.from), result.leftBehind.join(u", "_s));
            }
        }
        settings->save();
    }
    AppPaths::setDataRootOverride(settings->dataFolder());
    return message;
}
