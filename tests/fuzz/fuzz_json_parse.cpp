// JsonParse::parse reads every response body and every imported file before any decoder sees it.
#include "FuzzCheck.h"
#include "JsonParse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// A value written back as JSON text the way Qt writes it, bare literals included.
QByteArray serialized(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2); // without the wrapping "[" and "]"
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const Decoded<QJsonValue> parsed = JsonParse::parse(input);
    if (!parsed.ok()) {
        // A failure carries no half-read value a careless caller could use.
        FUZZ_CHECK(parsed.value.isNull());
        return 0;
    }
    const QJsonValue &value = parsed.value;
    FUZZ_CHECK(!value.isUndefined());
    FUZZ_CHECK(!JsonParse::describe(value).isEmpty());

    // The size cap is checked before parsing: one byte less than the input is always refused.
    FUZZ_CHECK(!JsonParse::parse(input, input.size() - 1).ok());

    // A whole number read from a JSON number is that number exactly.
    if (const auto number = JsonParse::integer(value); number && value.isDouble())
        FUZZ_CHECK(double(*number) == value.toDouble());

    // What was read survives being written and read again: the app re-sends what it decoded.
    const QByteArray text = serialized(value);
    const Decoded<QJsonValue> again = JsonParse::parse(text);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value == value || fuzz::startsAStringWithBom(input)
               || fuzz::startsAStringWithBom(text));
    return 0;
}
