#include "BadgeDraft.h"

using namespace Qt::StringLiterals;

QString BadgeDraft::keyFor(const Badge &badge)
{
    return badge.id ? u"badge-"_s + QString::number(*badge.id) : u"new"_s;
}

QJsonObject BadgeDraft::toJson() const
{
    QJsonObject json {{u"format"_s, u"badgedesk-draft"_s},
                      {u"version"_s, 1},
                      {u"key"_s, key},
                      {u"edited"_s, edited.toJson()},
                      {u"savedAt"_s, savedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (base)
        json.insert(u"base"_s, base->toJson());
    return json;
}

std::optional<BadgeDraft> BadgeDraft::fromJson(const QJsonObject &json)
{
    if (json.value("format"_L1).toString() != "badgedesk-draft"_L1)
        return std::nullopt;
    BadgeDraft draft;
    draft.key = json.value("key"_L1).toString();
    auto edited = Badge::fromJson(json.value("edited"_L1));
    if (draft.key.isEmpty() || !edited.ok())
        return std::nullopt;
    draft.edited = std::move(edited.value);
    if (json.contains("base"_L1)) {
        auto base = Badge::fromJson(json.value("base"_L1));
        if (!base.ok())
            return std::nullopt;
        draft.base = std::move(base.value);
    }
    draft.savedAt = QDateTime::fromString(json.value("savedAt"_L1).toString(), Qt::ISODateWithMs);
    return draft;
}
