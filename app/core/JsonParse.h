#pragma once

#include "Decoded.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

// Parses JSON from the network or from files with a size cap. Accepts any top-level value,
// including the bare literals (`true`) that several Watchers endpoints answer with.
class JsonParse
{
    Q_DECLARE_TR_FUNCTIONS(JsonParse)

public:
    static constexpr qsizetype DefaultMaxBytes = 64 * 1024 * 1024;

    // Empty or whitespace-only input is an error; oversized input is refused before parsing.
    static Decoded<QJsonValue> parse(const QByteArray &bytes, qsizetype maxBytes = DefaultMaxBytes);

    // A short, translated description of a value for error messages ("a number (42)", "a list
    // (3 items)"), so that decoders can say what they found instead of what they wanted.
    static QString describe(const QJsonValue &value);

    // A whole number from a JSON number (an integral double such as 3.0 included) or a decimal
    // string such as "42" (ids sometimes arrive quoted); nullopt for fractions, values outside
    // qint64, and every other type.
    static std::optional<qint64> integer(const QJsonValue &value);
};
