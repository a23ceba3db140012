// Badge decoding (GET/POST answers, lists in all three shapes) and the trigger form reader.
#include "Badge.h"
#include "BadgeValidator.h"
#include "FuzzCheck.h"
#include "JsonParse.h"
#include "TriggerSpec.h"

using namespace Qt::StringLiterals;

namespace {

void checkBadge(const Badge &badge)
{
    // A badge the app decoded is sent back unchanged: unknown fields and "" colours included.
    const Decoded<Badge> again = Badge::fromJson(badge.toJson());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value == badge);

    // The id travels in the URL and the holder count is the server's: neither is ever sent.
    const QJsonObject body = badge.toRequestJson();
    FUZZ_CHECK(!body.contains("id"_L1));
    FUZZ_CHECK(!body.contains("userCount"_L1));

    if (badge.id)
        FUZZ_CHECK(*badge.id >= 0);
    if (badge.userCount)
        FUZZ_CHECK(*badge.userCount >= 0);

    // A trigger the form can show is one it can save without changing it.
    if (const auto spec = TriggerSpec::fromJson(badge.trigger)) {
        const auto saved = TriggerSpec::fromJson(spec->toJson());
        FUZZ_CHECK(saved.has_value());
        FUZZ_CHECK(*saved == *spec);
    }
    // The editor validates what the server sent; it reports, never crashes.
    const ValidationResult result = BadgeValidator::validate(badge);
    Q_UNUSED(result);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Decoded<QJsonValue> json = JsonParse::parse(fuzz::bytes(data, size));
    if (!json.ok())
        return 0;

    const Decoded<Badge> one = Badge::fromJson(json.value);
    if (one.ok())
        checkBadge(one.value);
    else
        FUZZ_CHECK(!one.error.isEmpty());

    const Decoded<QList<Badge>> list = Badge::listFromJson(json.value);
    if (list.ok()) {
        for (const Badge &badge : list.value)
            checkBadge(badge);
    } else {
        FUZZ_CHECK(!list.error.isEmpty());
    }
    return 0;
}
