// Error bodies and headers of non-2xx answers, read leniently (contract §3): whatever a server,
// proxy or captive portal sends must become a message a person can read.
#include "ErrorMapper.h"
#include "FuzzCheck.h"
#include "RetryAfter.h"

#include <QDate>
#include <QTime>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // Two bytes pick the status (100-599); the first line is Retry-After; the rest is the body.
    const int status = 100 + ((data[0] << 8) | data[1]) % 500;
    const QByteArray rest = fuzz::bytes(data + 2, size - 2);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray retryAfter = newline < 0 ? QByteArray() : rest.first(newline);
    const QByteArray body = newline < 0 ? rest : rest.sliced(newline + 1);
    const QDateTime now(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);

    const QStringList messages = ErrorMapper::serverMessages(body);
    if (body.trimmed().isEmpty())
        FUZZ_CHECK(messages.isEmpty());
    for (const QString &message : messages) {
        // Clipped to 300 characters and an ellipsis: a whole HTML page never fills a dialog.
        FUZZ_CHECK(message.size() <= 301);
        FUZZ_CHECK(message == message.trimmed());
    }

    const ApiError error = ErrorMapper::fromHttp(status, body, retryAfter, u"Europe"_s, now);
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(error.httpStatus() == status);
    FUZZ_CHECK(!error.summary().isEmpty());
    FUZZ_CHECK(!error.userMessage().isEmpty());
    if (const auto delay = error.retryAfter()) {
        FUZZ_CHECK(delay->count() >= 0);
        FUZZ_CHECK(*delay <= RetryAfter::MaxDelay);
    }
    if (status == 400 || status == 422)
        FUZZ_CHECK(error.fieldIssues().size() == messages.size());
    for (const FieldIssue &issue : error.fieldIssues())
        FUZZ_CHECK(issue.field.isEmpty() || issue.message.startsWith(issue.field));
    return 0;
}
