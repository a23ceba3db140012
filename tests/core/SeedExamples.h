#pragma once

// Examples copied verbatim from /work/shared/seed-badges-api.txt (the Badges API reference) and
// from the documented examples of /work/shared/watchers-api.md, so that tests decode exactly
// what the server was documented to send.

namespace SeedExamples {

// "Create new badge": the request payload of the curl example.
inline constexpr char CreateRequest[] = R"({
"text": "best",
"backgroundColor": "#ea00fc",
"textColor": "#000000",
"tooltip": "5555",
"communicationPic": null,
"communicationText": "11111",
"communicationTitle": "11111"
})";

// "Create new badge": example response.
inline constexpr char CreateResponse[] = R"({
"id": 3,
"text": "best",
"backgroundColor": "#ea00fc",
"textColor": "#000000",
"tooltip": "5555",
"communicationPic": null,
"communicationText": "11111",
"communicationTitle": "11111"
})";

// "Update badge by id": the request payload of the curl example.
inline constexpr char UpdateRequest[] = R"({
"text": "best100",
"backgroundColor": "#ea00fc",
"textColor": "#000000",
"tooltip": "5555",
"communicationPic": null,
"communicationText": "11111",
"communicationTitle": "11111"
})";

// "Update badge by id" and "Delete badge by id": example response.
inline constexpr char UpdateResponse[] = "true";

// "Get list of all badges": example response (note the empty textColor).
inline constexpr char ListResponse[] = R"([
{
"id": 1,
"text": "cool",
"backgroundColor": "#ea00fc",
"textColor": "",
"tooltip": "5555",
"communicationPic": null,
"communicationText": "11111",
"communicationTitle": "11111",
"userCount": 1
}
])";

// "Get badge by id": example response.
inline constexpr char GetResponse[] = R"({
"id": 1,
"text": "cool",
"backgroundColor": "#ea00fc",
"textColor": "",
"tooltip": "5555",
"communicationPic": null,
"communicationText": "11111",
"communicationTitle": "11111"
})";

// Contract §4.8: the sandbox's trigger schema example.
inline constexpr char TriggerExample[] = R"({
  "conditions": [
    { "type": "MESSAGES", "threshold": 10, "period": { "kind": "ROLLING", "days": 7 } },
    { "type": "STREAK",   "threshold": 3,  "period": { "kind": "CUSTOM", "from": "2025-01-01T00:00:00.000Z", "to": "2025-01-31T23:59:59.999Z" } }
  ],
  "duration": { "days": 30 }
})";

// Contract §5: the documented ban and unban bodies.
inline constexpr char BanExample[] =
    R"({"userId":"123","value":true,"expires":"2024-12-31 05:33:32","reason":2,"description":"Some text","type":"IN_APP"})";
inline constexpr char UnbanExample[] = R"({"userId":"123","value":false,"type":"IN_APP"})";

// Contract §7: the message object send-message answers with.
inline constexpr char SentMessageExample[] = R"({
  "id": 12345,
  "text": "Hello from external API",
  "type": "USER",
  "isVisible": true,
  "isPinned": false,
  "createdAt": "2025-01-01T12:00:00.000Z",
  "user":   { "id": 1, "externalId": "12345" },
  "room":   { "id": 1, "externalRoomId": "67890" },
  "talker": { "id": 1 }
})";

} // namespace SeedExamples
