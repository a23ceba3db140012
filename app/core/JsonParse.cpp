#include "JsonParse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <climits>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr char Utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype Utf8BomSize = 3;

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipWhitespace(const QByteArray &bytes, qsizetype pos)
{
    while (pos < bytes.size() && isJsonWhitespace(bytes.at(pos)))
        ++pos;
    return pos;
}

// Skips one value of input that is already known to be valid JSON; only used to point at
// the place where a second top-level value begins.
qsizetype skipValue(const QByteArray &bytes, qsizetype pos)
{
    int depth = 0;
    bool inString = false;
    for (; pos < bytes.size(); ++pos) {
        const char c = bytes.at(pos);
        if (inString) {
            if (c == '\\') {
                ++pos; // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return pos + 1;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            if (--depth <= 0)
                return pos + (depth == 0 ? 1 : 0);
            break;
        case ',':
            if (depth == 0)
                return pos;
            break;
        default:
            if (depth == 0 && isJsonWhitespace(c))
                return pos;
            break;
        }
    }
    return pos;
}

// Line and column (both 1-based, the column in characters rather than bytes) of a byte
// offset, because that is what an editor shows when someone opens the file to fix it. Counting
// starts at `from`, past a byte order mark, which an editor does not show either.
QPair<qsizetype, qsizetype> lineAndColumn(const QByteArray &bytes, qsizetype offset, qsizetype from)
{
    qsizetype line = 1;
    qsizetype column = 1;
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = from; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // UTF-8 continuation bytes belong to the previous one
            ++column;
        }
    }
    return {line, column};
}

} // namespace

Decoded<QJsonValue> JsonParse::parse(const QByteArray &bytes, qsizetype maxBytes)
{
    // Checked first so that a runaway response is never handed to the parser.
    if (bytes.size() > maxBytes) {
        const QLocale locale;
        return Decoded<QJsonValue>::failure(
            tr("The data is too large to read: %1 bytes, but at most %2 bytes are accepted.")
                .arg(locale.toString(bytes.size()), locale.toString(maxBytes)));
    }

    // Files saved by some Windows editors start with a byte order mark; it is not JSON.
    const qsizetype start = bytes.startsWith(Utf8Bom) ? Utf8BomSize : 0;
    // Shared, not copied, when there is no byte order mark (a badge list runs to megabytes).
    const QByteArray content = start ? bytes.sliced(start) : bytes;
    const qsizetype first = skipWhitespace(content, 0);
    if (first == content.size())
        return Decoded<QJsonValue>::failure(tr("The data is empty: expected a JSON value."));

    auto syntaxError = [&](const QJsonParseError &error, qsizetype offset) {
        const qsizetype clamped = qBound<qsizetype>(0, offset, content.size()) + start;
        const auto [line, column] = lineAndColumn(bytes, clamped, start);
        return Decoded<QJsonValue>::failure(
            tr("The data is not valid JSON: %1 at line %2, column %3 (byte %4).")
                .arg(error.errorString(), QString::number(line), QString::number(column),
                     QString::number(clamped)));
    };

    QJsonParseError error;
    const char opening = content.at(first);
    if (opening == '{' || opening == '[') {
        // Objects and arrays go to Qt unchanged: offsets stay exact, and wrapping would cost
        // one of Qt's 1024 nesting levels.
        const QJsonDocument document = QJsonDocument::fromJson(content, &error);
        if (error.error != QJsonParseError::NoError)
            return syntaxError(error, error.offset);
        return Decoded<QJsonValue>::success(document.isObject() ? QJsonValue(document.object())
                                                                : QJsonValue(document.array()));
    }

    // Qt 6.4 only accepts an object or an array at the top level, but several endpoints answer
    // with a bare `true`. Wrapping the input in an array makes Qt parse any value; the offsets
    // then lead by the one byte of "[".
    const QJsonDocument document = QJsonDocument::fromJson('[' + content + ']', &error);
    if (error.error != QJsonParseError::NoError)
        return syntaxError(error, error.offset - 1);
    const QJsonArray wrapper = document.array();
    // "1, 2" or "1] , [2" would otherwise pass as a single value: insist on exactly one.
    if (wrapper.size() != 1) {
        const qsizetype separator = skipWhitespace(content, skipValue(content, first));
        const auto [line, column] = lineAndColumn(bytes, separator + start, start);
        return Decoded<QJsonValue>::failure(
            tr("The data is not valid JSON: expected one value, but more follow at line %1, "
               "column %2 (byte %3).")
                .arg(line)
                .arg(column)
                .arg(separator + start));
    }
    return Decoded<QJsonValue>::success(wrapper.at(0));
}

QString JsonParse::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? tr("the value true") : tr("the value false");
    case QJsonValue::Double: {
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        const bool exact = integer != std::numeric_limits<qint64>::min();
        return tr("a number (%1)")
            .arg(exact ? QString::number(integer) : QString::number(value.toDouble(), 'g', 17));
    }
    case QJsonValue::String: {
        // Quote at most a short prefix: the message must stay readable for a huge value.
        constexpr qsizetype MaxQuoted = 40;
        const QString text = value.toString();
        return text.size() > MaxQuoted ? tr("text (“%1…”)").arg(text.left(MaxQuoted))
                                       : tr("text (“%1”)").arg(text);
    }
    case QJsonValue::Array:
        return tr("a list of %n item(s)", nullptr,
                  int(qMin<qsizetype>(value.toArray().size(), INT_MAX)));
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

std::optional<qint64> JsonParse::integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        // toInteger() returns its default when the number is not exactly a qint64; two different
        // defaults tell that case apart from a real 0 or 1.
        const qint64 a = value.toInteger(0);
        const qint64 b = value.toInteger(1);
        if (a != b)
            return std::nullopt;
        return a;
    }
    if (value.isString()) {
        static const QRegularExpression decimal(u"^-?[0-9]+$"_s);
        const QString text = value.toString();
        if (!decimal.match(text).hasMatch())
            return std::nullopt;
        bool ok = false;
        const qint64 number = text.toLongLong(&ok); // ok is false on overflow
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    return std::nullopt;
}
