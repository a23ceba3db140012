// The moderation log is read back line by line (ModerationLog::load) and exported; a torn or
// hand-edited line must be skipped or shown, never crash the log window.
#include "FuzzCheck.h"
#include "ModerationLog.h"
#include "ModerationLogEntry.h"

#include <QBuffer>
#include <QJsonDocument>

namespace {

const QDateTime Now(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<ModerationLogEntry> entries;
    // The same steps as ModerationLog::load(), which reads a file from a fixed place.
    for (const QByteArray &raw : fuzz::bytes(data, size).split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const auto entry = ModerationLogEntry::fromJson(QJsonDocument::fromJson(line).object());
        if (!entry)
            continue;

        // Written back, an entry reads the same: the log is appended to and exported as JSON.
        const QJsonObject written = entry->toJson();
        const auto reread = ModerationLogEntry::fromJson(written);
        FUZZ_CHECK(reread.has_value());
        FUZZ_CHECK(reread->toJson() == written);

        // What the log window and the undo button show.
        FUZZ_CHECK(!entry->action.displayName().isEmpty());
        Q_UNUSED(entry->action.parametersText());
        Q_UNUSED(entry->action.validate(Now));
        Q_UNUSED(entry->action.inverse());
        Q_UNUSED(entry->targetsText());
        entries.append(*entry);
    }

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    FUZZ_CHECK(ModerationLog::writeCsv(entries, &csv));
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    FUZZ_CHECK(ModerationLog::writeJson(entries, &json));
    return 0;
}
