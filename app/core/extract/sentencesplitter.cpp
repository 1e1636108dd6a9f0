#include "core/extract/sentencesplitter.h"

#include "core/extract/textscan.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <memory>

namespace Claimbench {

using namespace TextScan;

namespace {

// Abbreviations after which ICU wrongly ends a sentence. Single letters
// ("J. K. Rowling") and dotted initialisms ("U.K.", "D.C.") are recognised by
// shape in isAbbreviation().
constexpr QStringView kAbbreviations[] = {
    u"Mr.", u"Mrs.", u"Ms.", u"Dr.", u"Prof.", u"Gen.", u"Lt.", u"Col.", u"Maj.", u"Capt.", u"Cpt.", u"Sgt.",
    u"Cpl.", u"Adm.", u"Cmdr.", u"Brig.", u"Gov.", u"Sen.", u"Rep.", u"Pres.", u"Rev.", u"Hon.", u"St.", u"Mt.",
    u"Ft.", u"Jr.", u"Sr.", u"Inc.", u"Corp.", u"Co.", u"Ltd.", u"Bros.", u"No.", u"Nos.", u"vs.", u"v.",
    u"approx.", u"est.", u"cf.", u"etc.", u"Jan.", u"Feb.", u"Mar.", u"Apr.", u"Jun.", u"Jul.", u"Aug.",
    u"Sep.", u"Sept.", u"Oct.", u"Nov.", u"Dec.", u"Fig.", u"para.", u"Art.", u"Vol.", u"ca.", u"c.",
    u"Ave.", u"Blvd.", u"Dept.", u"Univ.", u"Gov't.", u"al.",
};

bool isAbbreviation(QStringView token)
{
    // Strip opening punctuation: "(U.S." or "“Mr.".
    while (!token.isEmpty() && !isLetter(token.front()))
        token = token.mid(1);
    if (token.size() < 2 || token.back() != u'.')
        return false;
    // Every ICU cut asks: compare lengths before characters.
    for (QStringView a : kAbbreviations)
        if (a.size() == token.size()
            && (token == a || (a.front().isLower() && token.compare(a, Qt::CaseInsensitive) == 0)))
            return true;
    // Initials and initialisms: "J.", "U.K.", "U.S.", "a.m.", "D.C."
    for (qsizetype i = 0; i < token.size(); i += 2) {
        if (!isLetter(token[i]) || i + 1 >= token.size() || token[i + 1] != u'.')
            return false;
    }
    return true;
}

// A clone of the process-wide sentence iterator, or null when ICU has no
// sentence rules. Building one from the rules costs milliseconds, cloning
// microseconds.
std::unique_ptr<icu::BreakIterator> cloneIterator()
{
    static const std::unique_ptr<icu::BreakIterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return std::unique_ptr<icu::BreakIterator>(prototype ? prototype->clone() : nullptr);
}

// What UAX #29 says of a character, as far as finding breaks goes.
enum class BreakClass { Other, Letter, Terminator, Close, Space, Extend, Separator };

BreakClass fromProperty(UChar32 c)
{
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_UPPER: case U_SB_LOWER: case U_SB_OLETTER: return BreakClass::Letter;
    case U_SB_ATERM: case U_SB_STERM: return BreakClass::Terminator;
    case U_SB_CLOSE: return BreakClass::Close;
    case U_SB_SP: return BreakClass::Space;
    case U_SB_EXTEND: case U_SB_FORMAT: return BreakClass::Extend;
    case U_SB_SEP: case U_SB_CR: case U_SB_LF: return BreakClass::Separator;
    default: return BreakClass::Other;
    }
}

// The classes of the characters news text is mostly made of (Latin, and the
// General Punctuation block: curly quotes, dashes, spaces), read from ICU
// once: the scan asks for every character.
constexpr char16_t kLatinEnd = 0x250;
constexpr char16_t kPunctuationStart = 0x2000;
constexpr char16_t kPunctuationEnd = 0x2070;

struct ClassTables
{
    std::array<BreakClass, kLatinEnd> latin{};
    std::array<BreakClass, kPunctuationEnd - kPunctuationStart> punctuation{};
};

const ClassTables kClassTables = [] {
    ClassTables tables;
    for (UChar32 c = 0; c < kLatinEnd; ++c)
        tables.latin[size_t(c)] = fromProperty(c);
    for (UChar32 c = kPunctuationStart; c < kPunctuationEnd; ++c)
        tables.punctuation[size_t(c - kPunctuationStart)] = fromProperty(c);
    return tables;
}();

BreakClass nonLatinClassAt(QStringView t, qsizetype i)
{
    const char16_t u = t[i].unicode();
    if (u >= kPunctuationStart && u < kPunctuationEnd)
        return kClassTables.punctuation[u - kPunctuationStart];
    if (QChar::isHighSurrogate(u) && i + 1 < t.size() && t[i + 1].isLowSurrogate())
        return fromProperty(UChar32(QChar::surrogateToUcs4(u, t[i + 1].unicode())));
    if (QChar::isLowSurrogate(u) && i > 0 && t[i - 1].isHighSurrogate())
        return BreakClass::Extend;
    return fromProperty(u);
}

// The class of the character at i. The second half of a surrogate pair counts
// as Extend: it belongs to the character before it.
inline BreakClass breakClassAt(QStringView t, qsizetype i)
{
    const char16_t u = t[i].unicode();
    return u < kLatinEnd ? kClassTables.latin[u] : nonLatinClassAt(t, i);
}

} // namespace

struct SentenceBreaks::Icu
{
    std::unique_ptr<icu::BreakIterator> iterator;
    UText text = UTEXT_INITIALIZER;

    ~Icu() { utext_close(&text); }
};

SentenceBreaks::SentenceBreaks()
{
    if (auto iterator = cloneIterator()) {
        m_icu = std::make_unique<Icu>();
        m_icu->iterator = std::move(iterator);
    }
}

SentenceBreaks::~SentenceBreaks() = default;

void SentenceBreaks::reset(QStringView text)
{
    m_text = text;
    m_scan = 0;
    m_ended = false;
}

qsizetype SentenceBreaks::next()
{
    if (m_ended)
        return -1;
    if (!m_icu)
        return nextLine();
    const QStringView t = m_text;
    const qsizetype n = t.size();
    while (m_scan < n) {
        qsizetype stop = m_scan; // the next terminator or separator
        BreakClass c = BreakClass::Other;
        for (; stop < n; ++stop) {
            // Letters, and most of a text, lie between '?', the last ASCII
            // terminator or separator, and the end of ASCII.
            const char16_t u = t[stop].unicode();
            if (u > u'?' && u < 128)
                continue;
            c = breakClassAt(t, stop);
            if (c == BreakClass::Terminator || c == BreakClass::Separator)
                break;
        }
        if (stop == n)
            break;
        // A paragraph separator: a break after it (after CR LF, both).
        const auto afterSeparator = [&](qsizetype s) {
            return t[s] == u'\r' && s + 1 < n && t[s + 1] == u'\n' ? s + 2 : s + 1;
        };
        if (c == BreakClass::Separator) {
            m_scan = afterSeparator(stop);
            if (m_scan < n)
                return m_scan;
            break;
        }
        // The terminator's run: more terminators, closing punctuation before
        // any space, spaces; combining marks go with the character before.
        qsizetype end = stop + 1;
        bool spaced = false;
        for (; end < n; ++end) {
            c = breakClassAt(t, end);
            if (c == BreakClass::Terminator)
                spaced = false;
            else if (c == BreakClass::Space)
                spaced = true;
            else if (c != BreakClass::Extend && !(c == BreakClass::Close && !spaced))
                break;
        }
        // What decides a break after the run: the next letter, terminator or
        // separator ("p.m. 2,000 people" reads on to the "p").
        qsizetype decider = end;
        while (decider < n && (c = breakClassAt(t, decider)) != BreakClass::Letter && c != BreakClass::Terminator
               && c != BreakClass::Separator)
            ++decider;
        if (decider == end && decider < n && c == BreakClass::Separator) {
            m_scan = afterSeparator(decider); // the run ends its paragraph
            if (m_scan < n)
                return m_scan;
            break;
        }
        m_scan = end;
        // Most sentences end so: a terminator, one space, a capital. No rule
        // of UAX #29 before its last (SB11, break) holds there (SB7 joins a
        // capital only straight after a full stop, SB8 only a lower-case
        // letter), so ICU need not be asked.
        if (end == stop + 2 && t[stop + 1] == u' ' && end < n && t[end] >= u'A' && t[end] <= u'Z')
            return end;
        if (end < n && icuBreaksAt(stop, end, decider))
            return end;
    }
    m_ended = true;
    return n;
}

// Whether ICU breaks at `at`, the end of the run of the terminator at
// `terminator`: ICU reads from the character before the terminator (with its
// combining marks) through `decidedBy`.
bool SentenceBreaks::icuBreaksAt(qsizetype terminator, qsizetype at, qsizetype decidedBy)
{
    qsizetype from = std::max<qsizetype>(terminator - 1, 0);
    while (from > 0 && breakClassAt(m_text, from) == BreakClass::Extend)
        --from;
    qsizetype to = std::min(m_text.size(), decidedBy + 1);
    if (to < m_text.size() && breakClassAt(m_text, to) == BreakClass::Extend && m_text[to].isLowSurrogate())
        ++to; // all of the deciding character
    UErrorCode status = U_ZERO_ERROR;
    // ICU reads the UTF-16 in place: no copy, no conversion.
    utext_openUChars(&m_icu->text, reinterpret_cast<const UChar *>(m_text.utf16() + from), to - from, &status);
    if (U_SUCCESS(status))
        m_icu->iterator->setText(&m_icu->text, status);
    if (U_FAILURE(status))
        return true;
    int32_t cut = m_icu->iterator->next();
    while (cut != icu::BreakIterator::DONE && from + cut < at)
        cut = m_icu->iterator->next();
    return cut != icu::BreakIterator::DONE && from + cut == at;
}

// Without ICU's rules: after every line break.
qsizetype SentenceBreaks::nextLine()
{
    const qsizetype lineBreak = m_text.indexOf(u'\n', m_scan);
    if (lineBreak >= 0 && lineBreak + 1 < m_text.size()) {
        m_scan = lineBreak + 1;
        return m_scan;
    }
    m_ended = true;
    return m_text.size();
}

void SentenceCursor::reset(QStringView text)
{
    m_text = text;
    m_start = 0;
    m_done = text.isEmpty();
    m_breaks.reset(text);
}

std::optional<TextSpan> SentenceCursor::next()
{
    while (!m_done) {
        const qsizetype cut = m_breaks.next();
        if (cut < 0) {
            m_done = true;
            break;
        }
        if (cut < m_text.size()) {
            // Undo a cut after an abbreviation, or before a lower-case word or
            // a digit (ICU cuts "approx. 300" and "U.S. military"), unless a line
            // break ends the sentence.
            qsizetype e = cut;
            bool lineBreak = false;
            while (e > m_start && (m_text[e - 1].isSpace())) {
                lineBreak = lineBreak || m_text[e - 1] == u'\n' || m_text[e - 1] == u'\r' || m_text[e - 1] == u'\u2029';
                --e;
            }
            if (!lineBreak) {
                qsizetype ts = e;
                while (ts > m_start && !m_text[ts - 1].isSpace())
                    --ts;
                const QChar next = m_text[cut];
                if (isAbbreviation(m_text.mid(ts, e - ts)) || next.isLower() || isDigit(next))
                    continue;
            }
        }
        qsizetype s = m_start;
        qsizetype e = cut;
        while (s < e && m_text[s].isSpace())
            ++s;
        while (e > s && m_text[e - 1].isSpace())
            --e;
        m_start = cut;
        if (e > s)
            return TextSpan{s, e};
    }
    return std::nullopt;
}

QList<TextSpan> SentenceSplitter::split(QStringView text) const
{
    // Each thread reuses one cursor, and with it one cloned iterator.
    thread_local SentenceCursor cursor;
    cursor.reset(text);
    QList<TextSpan> result;
    while (const auto sentence = cursor.next())
        result.append(*sentence);
    return result;
}

} // namespace Claimbench
