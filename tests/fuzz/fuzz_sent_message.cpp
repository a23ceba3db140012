// The message object that send-message answers with (contract §7).
#include "FuzzCheck.h"
#include "JsonParse.h"
#include "SentMessage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Decoded<QJsonValue> json = JsonParse::parse(fuzz::bytes(data, size));
    if (!json.ok())
        return 0;
    const Decoded<SentMessage> message = SentMessage::fromJson(json.value);
    if (!message.ok()) {
        FUZZ_CHECK(!message.error.isEmpty());
        return 0;
    }
    // Times are shown and logged as UTC whatever offset the server wrote.
    if (message.value.createdAt.isValid())
        FUZZ_CHECK(message.value.createdAt.timeSpec() == Qt::UTC);
    return 0;
}
