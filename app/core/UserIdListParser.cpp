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
#include <utility>
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

// One value as the scanner found it; the judge trims and hashes it.
struct Field
{
    QStringView text;
    int line = 0;
    quint8 flags = 0; // CharFlag of every character in `text`
    quint64 hash = 0;
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
        return {m_text.sliced(start, i - start), m_line, flags};
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
        return {value, line, flagsOf(value)};
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

// Four UTF-16 units at a time, because IDs are short and a unit-by-unit hash cost a tenth of the
// parse; the final mix spreads IDs that differ only in their last characters ("user-1",
// "user-2") over all 64 bits, so the table's index (low bits) and tag (high bits) are independent.
quint64 hashOf(QStringView value)
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
    return h;
}

// The IDs kept so far: their text, one after another in a single buffer, each followed by a
// '\0', and an open-addressed table over them for "seen before?".
//
// The buffer becomes the IDs handed out: each is a QString sharing the buffer's one allocation
// and viewing its own part of it. Copying each ID into a QString of its own cost a million
// allocations, more than half the parse, and freeing them again was a long pause on the thread
// that dropped the list. A shared QString detaches before any change, so no ID can write into
// another; the terminators keep QString's promise that utf16() ends in '\0'. (Qt 6 strings
// already point into their allocation at an offset, after a prepend; QString(DataPointer) and
// data_ptr() are public, if undocumented.) The price: one ID kept alive keeps the whole buffer
// alive, about the size of the text that was parsed.
//
// A table slot is 8 bytes, the ID's offset in the buffer and 24 bits of its hash as a tag, so a
// probe reads the ID's text only when the tag matches (nearly always a real duplicate). The
// table is sized from the text and grows when the guess was low.
class KeptIds
{
public:
    explicit KeptIds(qsizetype textSize)
        // Each kept ID takes at least its length plus one separator (or the end) of the text,
        // and its terminator fits in that place: the buffer never grows, so offsets stay valid.
        : m_buffer(textSize + 1, Qt::Uninitialized)
        , m_chars(m_buffer.data_ptr().data())
    {
        // Typical IDs with their separators take 8 to 40 characters; a low guess costs a rehash,
        // a high one memory that is touched all over by random probes.
        const qsizetype guess = qMax<qsizetype>(16, textSize / 12);
        resizeTable(std::bit_ceil(std::size_t(guess) * 4 / 3));
    }

    qsizetype size() const { return qsizetype(m_lengths.size()); }

    // For a million IDs the table is far larger than the CPU caches, and each probe waited for
    // memory in turn. Called a few values ahead, these let the waits overlap: first for the
    // slot, then, once the slot is cached, for the text of an ID with the same tag.
    void prefetchSlot(quint64 hash) const { prefetch(&m_slots[hash & m_mask]); }
    void prefetchMatch(quint64 hash) const
    {
        const quint64 slot = m_slots[hash & m_mask];
        if (slot && (slot >> OffsetBits) == tagOf(hash))
            prefetch(m_chars + (slot & OffsetMask) - 1);
    }

    struct Found
    {
        qsizetype offset; // of the kept ID in the buffer
        bool added;
    };

    // Adds `value` (not empty, no '\0') unless an equal ID is kept already.
    Found insert(QStringView value, quint64 hash)
    {
        const quint64 tag = tagOf(hash);
        for (std::size_t at = hash & m_mask;; at = (at + 1) & m_mask) {
            const quint64 slot = m_slots[at];
            if (!slot) {
                if (qsizetype(m_lengths.size()) + 1 > m_growAt) {
                    resizeTable(m_slots.size() * 2);
                    return insert(value, hash);
                }
                const qsizetype offset = append(value);
                m_slots[at] = (tag << OffsetBits) | quint64(offset + 1);
                return {offset, true};
            }
            const qsizetype offset = qsizetype(slot & OffsetMask) - 1;
            if ((slot >> OffsetBits) == tag && equals(offset, value))
                return {offset, false};
        }
    }

    // The buffer, cut to what it holds, and shared by the returned IDs. Leaves this empty.
    QString takeBuffer()
    {
        m_buffer.truncate(m_used);
        // A list with many duplicates holds far less than the text it came from: give the rest
        // back (in place: nothing points into the buffer yet).
        if (m_used < m_buffer.capacity() / 4 * 3)
            m_buffer.squeeze();
        m_chars = nullptr;
        return std::exchange(m_buffer, {});
    }

    // `buffer` from takeBuffer(); `offset` and `length` of an ID in it.
    static QString view(const QString &buffer, qsizetype offset, qsizetype length)
    {
        QString::DataPointer part = buffer.data_ptr(); // a reference, not a copy of the text
        part.ptr += offset;
        part.size = length;
        return QString(std::move(part));
    }

    // The kept IDs in the order they were added, as views of `buffer`.
    QStringList views(const QString &buffer) const
    {
        QStringList ids;
        if (m_lengths.empty())
            return ids;
        ids.reserve(size());
        // Each view takes a reference through DataPointer's copy, as QString's own copies do;
        // taking them all at once through QArrayData::ref_ measured about 7 % faster, but that
        // member is Qt's internal business.
        qsizetype at = 0;
        for (const quint16 length : m_lengths) {
            ids.append(view(buffer, at, length));
            at += length + 1;
        }
        return ids;
    }

private:
    static constexpr int OffsetBits = 40; // a text of up to a million million characters
    static constexpr quint64 OffsetMask = (quint64(1) << OffsetBits) - 1;

    static quint64 tagOf(quint64 hash) { return hash >> OffsetBits; }

    qsizetype append(QStringView value)
    {
        const qsizetype offset = m_used;
        std::memcpy(m_chars + offset, value.utf16(), std::size_t(value.size()) * sizeof(char16_t));
        m_chars[offset + value.size()] = u'\0';
        m_used += value.size() + 1;
        m_lengths.push_back(quint16(value.size()));
        return offset;
    }

    // Stops at the kept ID's terminator (`value` holds no '\0'), so it never reads past it.
    bool equals(qsizetype offset, QStringView value) const
    {
        const char16_t *kept = m_chars + offset;
        const char16_t *text = value.utf16();
        const qsizetype n = value.size();
        for (qsizetype k = 0; k < n; ++k) {
            if (kept[k] != text[k])
                return false;
        }
        return kept[n] == u'\0';
    }

    void resizeTable(std::size_t slotCount)
    {
        m_slots.assign(slotCount, 0);
        m_mask = slotCount - 1;
        m_growAt = qsizetype(slotCount) / 4 * 3; // a load of 3/4 at most
        qsizetype offset = 0;
        for (const quint16 length : m_lengths) {
            const quint64 hash = hashOf(QStringView(m_chars + offset, length));
            std::size_t at = hash & m_mask;
            while (m_slots[at])
                at = (at + 1) & m_mask;
            m_slots[at] = (tagOf(hash) << OffsetBits) | quint64(offset + 1);
            offset += length + 1;
        }
    }

    QString m_buffer;
    char16_t *m_chars;
    qsizetype m_used = 0;
    std::vector<quint16> m_lengths; // of each kept ID, in order (at most MaxLength)
    std::vector<quint64> m_slots; // 0: free; else tag << OffsetBits | (offset + 1)
    std::size_t m_mask = 0;
    qsizetype m_growAt = 0;
};

// Judges the values as the scanner finds them, in input order: what is left out and why goes to
// the issues, the rest into KeptIds. Each value waits in a short queue while the memory it will
// need is fetched (see KeptIds::prefetchSlot()).
class Judge
{
public:
    Judge(UserIdList &out, qsizetype textSize)
        : m_out(out)
        , m_kept(textSize)
    { }

    void add(Field field)
    {
        if (field.flags & NeedsFullCheck)
            field.text = field.text.trimmed();
        field.hash = hashOf(field.text);
        m_kept.prefetchSlot(field.hash);
        m_queue[m_added % Queue] = field;
        ++m_added;
        if (m_added > MatchAhead)
            m_kept.prefetchMatch(m_queue[(m_added - 1 - MatchAhead) % Queue].hash);
        if (m_added > SlotAhead)
            judge(m_queue[(m_added - 1 - SlotAhead) % Queue]);
    }

    void finish()
    {
        for (std::size_t i = m_added > SlotAhead ? m_added - SlotAhead : 0; i < m_added; ++i)
            judge(m_queue[i % Queue]);
        const QString buffer = m_kept.takeBuffer();
        m_out.ids = m_kept.views(buffer);
        for (const Quote &quote : m_quotes) {
            UserIdIssue &issue = m_out.issues[quote.issue];
            issue.value = KeptIds::view(buffer, quote.offset, quote.length);
        }
    }

private:
    // Far enough ahead for memory to answer, near enough for the answer to still be cached.
    static constexpr std::size_t SlotAhead = 16;
    static constexpr std::size_t MatchAhead = 8;
    static constexpr std::size_t Queue = 32; // more than SlotAhead: a power of two

    void judge(const Field &field)
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
        const KeptIds::Found found = m_kept.insert(value, field.hash);
        if (!found.added) {
            ++m_out.duplicates;
            quote(UserIdIssue::Kind::Duplicate, line, found.offset, value.size());
            return;
        }
        m_out.lines.append(line);
        if ((field.flags & CharFlag::EncodingSign) && IdCheck::looksEncrypted(value)) {
            ++m_out.suspicious;
            quote(UserIdIssue::Kind::LooksEncrypted, line, found.offset, value.size());
        }
    }

    // An issue naming a kept ID (or one equal to it): its value shares the IDs' buffer, filled
    // in by finish() once the buffer is final.
    void quote(UserIdIssue::Kind kind, int line, qsizetype offset, qsizetype length)
    {
        m_quotes.push_back({m_out.issues.size(), offset, length});
        m_out.issues.append({kind, line, {}});
    }

    struct Quote
    {
        qsizetype issue;
        qsizetype offset;
        qsizetype length;
    };

    UserIdList &m_out;
    KeptIds m_kept;
    std::array<Field, Queue> m_queue;
    std::size_t m_added = 0;
    std::vector<Quote> m_quotes;
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
    Judge judge(out, text.size());
    out.lineCount = scanner.run([&](const Field &field) {
        if (!out.headerSkipped || field.line > 1)
            judge.add(field);
    });
    judge.finish();
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
