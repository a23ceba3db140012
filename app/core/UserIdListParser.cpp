#include "UserIdListParser.h"

#include "DeliverTo.h"
#include "IdCheck.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QThreadPool>

#include <array>
#include <bit>
#include <cstring>
#include <deque>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// What a character can change about a value. The scanner ORs these over each value it reads, so
// the checks a value cannot fail are skipped: most pasted IDs are short and plain.
namespace CharFlag {
constexpr quint8 Separator = 0x01;
constexpr quint8 Control = 0x02; // also every ASCII space that is not a separator (\v, \f)
constexpr quint8 EncodingSign = 0x04; // + / % =, what an encrypted or URL-encoded ID needs
constexpr quint8 BeyondLatin1 = 0x08; // might be a Unicode space or anything else: check fully
} // namespace CharFlag

// Values whose characters raise none of these have nothing to trim and no control character.
constexpr quint8 NeedsFullCheck = CharFlag::Separator | CharFlag::Control | CharFlag::BeyondLatin1;

constexpr std::array<quint8, 256> latin1Flags = [] {
    std::array<quint8, 256> flags {};
    for (int c = 0x00; c <= 0x1F; ++c)
        flags[c] = CharFlag::Control;
    for (int c = 0x7F; c <= 0x9F; ++c)
        flags[c] = CharFlag::Control;
    for (char16_t c : {u'\t', u'\n', u'\r', u' ', u',', u';', u'\u00A0'})
        flags[c] = CharFlag::Separator;
    for (char16_t c : {u'+', u'/', u'%', u'='})
        flags[c] = CharFlag::EncodingSign;
    return flags;
}();

quint8 flagsOf(QChar c)
{
    return c.unicode() < latin1Flags.size() ? latin1Flags[c.unicode()] : CharFlag::BeyondLatin1;
}

quint8 flagsOf(QStringView text)
{
    quint8 flags = 0;
    for (QChar c : text)
        flags |= flagsOf(c);
    return flags;
}

bool isHardSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'\t';
}

bool isSeparator(QChar c)
{
    return (flagsOf(c) & CharFlag::Separator) != 0;
}

// One value as the scanner found it; the judge trims it in place and hashes it.
struct Field
{
    QStringView text;
    int line = 0;
    quint32 hash = 0;
    quint8 flags = 0; // CharFlag of every character in `text`
    bool kept = false;
};

// One pass over the text; values are handed to `sink(field)`, empty fields between two hard
// separators as empty ones. Values are views into the text, so a million of them cost no
// allocation; only a quoted value that needs unescaping is copied, into storage the scanner
// keeps alive as long as itself.
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
                    sink(Field {{}, m_line});
                lastWasHard = true;
                ++i;
                continue;
            }
            if (isSeparator(c)) {
                ++i;
                continue;
            }
            sink(c == u'"' ? readQuoted(i) : readBare(i));
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

    qsizetype endOfBare(qsizetype i) const
    {
        while (i < m_text.size() && !isSeparator(m_text.at(i)))
            ++i;
        return i;
    }

    Field readBare(qsizetype &i) const
    {
        const qsizetype start = i;
        quint8 flags = 0;
        for (; i < m_text.size(); ++i) {
            const quint8 f = flagsOf(m_text.at(i));
            if (f & CharFlag::Separator)
                break;
            flags |= f;
        }
        return {m_text.sliced(start, i - start), m_line, 0, flags};
    }

    // "a,b" is the view between the quotes; only "say ""hi""" or "12"34 needs a copy.
    Field readQuoted(qsizetype &i)
    {
        const qsizetype n = m_text.size();
        const qsizetype open = i;
        const int line = m_line;
        const qsizetype start = i + 1;
        i = start;
        while (i < n && m_text.at(i) != u'"') {
            if (m_text.at(i) == u'\n')
                ++m_line; // a line break inside quotes still moves the line count
            ++i;
        }
        const qsizetype end = i;
        if (i < n)
            ++i; // closing quote
        QStringView value = m_text.sliced(start, end - start);
        if (i < n && !isSeparator(m_text.at(i))) {
            i = open;
            m_line = line;
            value = m_unescaped.emplace_back(unescapeQuoted(i));
        }
        return {value, line, 0, flagsOf(value)};
    }

    QString unescapeQuoted(qsizetype &i)
    {
        const qsizetype n = m_text.size();
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
                ++m_line;
            value += c;
            ++i;
        }
        // Anything glued to the closing quote ("12"34) belongs to the same value.
        const qsizetype glued = i;
        i = endOfBare(i);
        value += m_text.sliced(glued, i - glued);
        return value;
    }

    QStringView m_text;
    int m_line = 1;
    // A deque never moves what it holds, so the views handed out stay valid.
    std::deque<QString> m_unescaped;
};

void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

// The IDs kept so far, for "seen before?" in one probe of an open-addressed table sized once for
// every value. A slot holds the ID's text pointer, length and hash, so telling a duplicate reads
// nothing but the slot and that text. (QSet<QStringView> cost a node, a seeded hash and a pointer
// chase per value, more than the rest of the parse together.)
class IdSet
{
public:
    explicit IdSet(std::size_t values)
        : m_slots(std::bit_ceil(qMax<std::size_t>(16, values * 2)))
        , m_mask(m_slots.size() - 1)
    { }

    // Four UTF-16 units at a time, because IDs are short and a unit-by-unit hash cost a tenth
    // of the parse; the final mix spreads IDs that differ only in their last characters
    // ("user-1", "user-2") over the whole table.
    static quint32 hashOf(QStringView value)
    {
        constexpr quint64 K = 0x9E3779B97F4A7C15ull;
        const char16_t *p = value.utf16();
        qsizetype n = value.size();
        quint64 h = quint64(n) * K;
        for (; n >= 4; n -= 4, p += 4) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            h = (h ^ word) * K;
            h ^= h >> 29;
        }
        quint64 tail = 0;
        for (qsizetype k = 0; k < n; ++k)
            tail |= quint64(p[k]) << (16 * k);
        h = (h ^ tail) * K;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        return quint32(h);
    }

    // For a million IDs the table is far larger than the CPU caches, and each probe waited for
    // memory in turn (most of the parse's time). Called a few values ahead, these let the waits
    // overlap: first for the slot, then, once the slot is cached, for the text of an ID with the
    // same hash (nearly always the same ID: a duplicate).
    void prefetchSlot(quint32 hash) const { prefetch(&m_slots[hash & m_mask]); }
    void prefetchMatch(quint32 hash) const
    {
        const Slot &slot = m_slots[hash & m_mask];
        if (slot.text && slot.hash == hash)
            prefetch(slot.text);
    }

    // Adds `value` unless it is there already; false if it was. `value` must outlive the set.
    bool insert(QStringView value, quint32 hash)
    {
        for (std::size_t at = hash & m_mask;; at = (at + 1) & m_mask) {
            Slot &slot = m_slots[at];
            if (!slot.text) {
                slot = {value.utf16(), hash, quint32(value.size())};
                return true;
            }
            if (slot.hash == hash && QStringView(slot.text, slot.size) == value)
                return false;
        }
    }

private:
    struct Slot
    {
        const char16_t *text = nullptr; // null: free (an ID is never empty)
        quint32 hash = 0;
        quint32 size = 0;
    };

    std::vector<Slot> m_slots;
    std::size_t m_mask;
};

// Judges the values the scanner found, in input order: what is left out and why goes to the
// issues; the kept IDs are copied into the list at the end, when their number is known, so the
// list is allocated once.
class Judge
{
public:
    explicit Judge(UserIdList &out)
        : m_out(out)
    { }

    void run(std::vector<Field> &fields)
    {
        for (Field &field : fields)
            trimAndHash(field);
        // Far enough ahead for memory to answer, near enough for the answer to still be cached.
        constexpr std::size_t SlotAhead = 16;
        constexpr std::size_t MatchAhead = 8;
        IdSet seen(fields.size());
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i + SlotAhead < fields.size())
                seen.prefetchSlot(fields[i + SlotAhead].hash);
            if (i + MatchAhead < fields.size())
                seen.prefetchMatch(fields[i + MatchAhead].hash);
            judge(fields[i], seen);
        }
        copyKept(fields);
    }

private:
    static void trimAndHash(Field &field)
    {
        if (field.flags & NeedsFullCheck)
            field.text = field.text.trimmed();
        field.hash = IdSet::hashOf(field.text);
    }

    void judge(Field &field, IdSet &seen)
    {
        const QStringView value = field.text;
        const int line = field.line;
        if (value.isEmpty()) {
            ++m_out.empty;
            m_out.issues.append({UserIdIssue::Kind::Empty, line, {}});
            return;
        }
        ++m_out.valuesSeen;
        if ((field.flags & NeedsFullCheck) && IdCheck::hasControlCharacter(value)) {
            ++m_out.invalid;
            m_out.issues.append({UserIdIssue::Kind::ControlCharacter, line, value.toString()});
            return;
        }
        if (value.size() > UserIdList::MaxLength) {
            ++m_out.invalid;
            m_out.issues.append(
                {UserIdIssue::Kind::TooLong, line, value.first(UserIdList::MaxLength).toString()});
            return;
        }
        if (!seen.insert(value, field.hash)) {
            ++m_out.duplicates;
            m_out.issues.append({UserIdIssue::Kind::Duplicate, line, value.toString()});
            return;
        }
        field.kept = true;
        ++m_keptCount;
        if ((field.flags & CharFlag::EncodingSign) && IdCheck::looksEncrypted(value)) {
            ++m_out.suspicious;
            m_out.issues.append({UserIdIssue::Kind::LooksEncrypted, line, value.toString()});
        }
    }

    void copyKept(const std::vector<Field> &fields)
    {
        m_out.ids.reserve(m_keptCount);
        m_out.lines.reserve(m_keptCount);
        for (const Field &field : fields) {
            if (field.kept) {
                m_out.ids.append(field.text.toString());
                m_out.lines.append(field.line);
            }
        }
    }

    UserIdList &m_out;
    qsizetype m_keptCount = 0;
};

bool startsWithHeader(QStringView text)
{
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
    return !firstLine.startsWith(u'"') && UserIdListParser::looksLikeHeader(firstLine.toString());
}

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
    out.headerSkipped = startsWithHeader(text);
    Scanner scanner(text); // owns the unescaped values that fields may point into
    std::vector<Field> fields;
    out.lineCount = scanner.run([&](const Field &field) {
        if (!out.headerSkipped || field.line > 1)
            fields.push_back(field);
    });
    Judge(out).run(fields);
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
    const QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start(
        [receiver, input = std::move(input), done = std::move(done)]() mutable {
            auto list = std::make_shared<UserIdList>();
            if constexpr (std::is_same_v<Input, QByteArray>)
                *list = UserIdListParser::parseBytes(input);
            else
                *list = UserIdListParser::parse(input);
            deliverTo(receiver, [done = std::move(done), list] { done(*list); });
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
