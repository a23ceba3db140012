// Badge import: files from other people and other projects, in three accepted shapes.
#include "BadgeExchange.h"
#include "FuzzCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const Decoded<QList<Badge>> imported = BadgeExchange::importJson(input);
    if (!imported.ok()) {
        FUZZ_CHECK(!imported.error.isEmpty());
        return 0;
    }

    // Export then import gives the same badges, holder counts aside (they are not exported).
    QList<Badge> expected = imported.value;
    for (Badge &badge : expected)
        badge.userCount.reset();
    const QByteArray exported = BadgeExchange::exportJson(imported.value);
    const Decoded<QList<Badge>> again = BadgeExchange::importJson(exported);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value == expected || fuzz::startsAStringWithBom(input)
               || fuzz::startsAStringWithBom(exported));

    // An import always creates: what it sends has neither id nor holder count.
    for (const Badge &badge : imported.value) {
        const Badge created = BadgeExchange::asNew(badge);
        FUZZ_CHECK(!created.id && !created.userCount);
    }
    return 0;
}
