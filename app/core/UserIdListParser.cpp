#include "UserIdListParser.h"

#include "IdCheck.h"

#include <QFuture>
#include <QHash>
#include <QPromise>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool isHardSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'\t';
}

bool isSeparator(QChar c)
{
    return isHardSeparator(c) || c == u' ' || c == u'\r' || c == u'\n' || c == QChar(0x00A0);
}

// One pass over the text; values are handed to `sink(value, line, quoted)`, empty fields
// between two hard separators as empty strings.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    template<typename Sink> int run(Sink &&sink)
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        bool lastWasHard = false; // a hard separator since the last value, on this line
        bool lineHasValue = false;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && i + 1 < n && m_text.at(i + 1) == u'\n')
                    ++i;
                ++i;
                ++m_line;
                lastWasHard = false;
                lineHasValue = false;
                continue;
            }
            if (isHardSeparator(c)) {
                // "a,,b" and ",b" hold an empty field; a trailing "a," does not count.
                if ((lastWasHard || !lineHasValue) && nextValueOnLine(i + 1))
                    sink(QString(), m_line, false);
                lastWasHard = true;
                ++i;
                continue;
            }
            if (isSeparator(c)) {
                ++i;
                continue;
            }
            const int line = m_line;
            bool quoted = false;
            QString value = readValue(i, quoted);
            sink(value, line, quoted);
            lastWasHard = false;
            lineHasValue = true;
        }
        return m_line;
    }

private:
    bool nextValueOnLine(qsizetype from) const
    {
        for (qsizetype j = from; j < m_text.size(); ++j) {
            const QChar c = m_text.at(j);
            if (c == u'\n' || c == u'\r')
                return false;
            if (!isSeparator(c) || isHardSeparator(c))
                return true;
        }
        return false;
    }

    QString readValue(qsizetype &i, bool &quoted)
    {
        const qsizetype n = m_text.size();
        if (m_text.at(i) != u'"') {
            const qsizetype start = i;
            while (i < n && !isSeparator(m_text.at(i)))
                ++i;
            return m_text.sliced(start, i - start).toString();
        }
        quoted = true;
        QString value;
        ++i; // opening quote
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c == u'"') {
                if (i + 1 < n && m_text.at(i + 1) == u'"') {
                    value += u'"';
                    i += 2;
                    continue;
                }
                ++i; // closing quote
                break;
            }
            if (c == u'\n')
                ++m_line; // a line break inside quotes still moves the line count
            value += c;
            ++i;
        }
        // Anything glued to the closing quote ("12"34) belongs to the same value.
        while (i < n && !isSeparator(m_text.at(i)))
            value += m_text.at(i++);
        return value;
    }

    QStringView m_text;
    int m_line = 1;
};

} // namespace

bool UserIdListParser::looksLikeHeader(const QString &value)
{
    static const QRegularExpression header(
        uR"(^\s*(user|external|decrypted|internal)?[ _-]?(user)?[ _-]?(ids?|uids?)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(uR"(^\s*(users?|userid|userids|uid)\s*$)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return header.match(value).hasMatch() || plain.match(value).hasMatch();
}

UserIdList UserIdListParser::parse(const QString &input)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);

    UserIdList out;
    QHash<QString, int> seen; // id → line first seen
    // A header is a first line that names the column ("userId", "User ID", "\"id\""... but a
    // quoted value alone is data, as is any first value that is not a known column name).
    const qsizetype lineEnd = [&text] {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n' || text.at(i) == u'\r')
                return i;
        }
        return text.size();
    }();
    const QStringView firstLine = text.first(lineEnd).trimmed();
    out.headerSkipped = !firstLine.startsWith(u'"') && looksLikeHeader(firstLine.toString());
    auto sink = [&](const QString &raw, int line, bool) {
        if (out.headerSkipped && line == 1)
            return;
        const QString value = raw.trimmed();
        if (value.isEmpty()) {
            ++out.empty;
            out.issues.append({UserIdIssue::Kind::Empty, line, {}});
            return;
        }
        ++out.valuesSeen;
        if (IdCheck::hasControlCharacter(value)) {
            ++out.invalid;
            out.issues.append({UserIdIssue::Kind::ControlCharacter, line, value});
            return;
        }
        if (value.size() > UserIdList::MaxLength) {
            ++out.invalid;
            out.issues.append(
                {UserIdIssue::Kind::TooLong, line, value.left(UserIdList::MaxLength)});
            return;
        }
        if (seen.contains(value)) {
            ++out.duplicates;
            out.issues.append({UserIdIssue::Kind::Duplicate, line, value});
            return;
        }
        seen.insert(value, line);
        out.ids.append(value);
        out.lines.append(line);
        const bool maybeEncoded = value.contains(u'=') || value.contains(u'+')
            || value.contains(u'/') || value.contains(u'%');
        if (maybeEncoded && IdCheck::looksEncrypted(value)) {
            ++out.suspicious;
            out.issues.append({UserIdIssue::Kind::LooksEncrypted, line, value});
        }
    };
    seen.reserve(qMin<qsizetype>(text.size() / 4 + 16, 4'000'000));
    out.lineCount = Scanner(text).run(sink);
    return out;
}

QString UserIdListParser::decode(const QByteArray &bytes)
{
    const auto encoding = QStringConverter::encodingForData(bytes);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

UserIdList UserIdListParser::parseBytes(const QByteArray &bytes)
{
    return parse(decode(bytes));
}

namespace {

template<typename Input>
void runAsync(Input input, QObject *context, std::function<void(const UserIdList &)> done)
{
    auto promise = std::make_shared<QPromise<UserIdList>>();
    QFuture<UserIdList> future = promise->future();
    promise->start();
    // The continuation is attached before the work starts: with Qt 6.4, attaching it to a
    // future that has just finished on another thread can lose it. then(context, …) drops it
    // when the context is destroyed first.
    future.then(context, [done = std::move(done)](const UserIdList &list) { done(list); });
    QThreadPool::globalInstance()->start([promise, input = std::move(input)] {
        if constexpr (std::is_same_v<Input, QByteArray>)
            promise->addResult(UserIdListParser::parseBytes(input));
        else
            promise->addResult(UserIdListParser::parse(input));
        promise->finish();
    });
}

} // namespace

void UserIdListParser::parseAsync(const QByteArray &bytes, QObject *context,
                                  std::function<void(const UserIdList &)> done)
{
    runAsync(bytes, context, std::move(done));
}

void UserIdListParser::parseAsync(const QString &text, QObject *context,
                                  std::function<void(const UserIdList &)> done)
{
    runAsync(text, context, std::move(done));
}
