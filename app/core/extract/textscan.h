#pragma once

#include <QStringView>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

// Small inline scanners shared by the extraction classes. They work on UTF-16
// QStringView indices (0-based, end exclusive) and never allocate: the
// extractor calls them for every candidate, so they must stay cheap.
namespace Claimbench::TextScan {

inline bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}
inline bool isLetter(QChar c) { return c.unicode() < 128 ? isAsciiLetter(c) : c.isLetter(); }
// How many characters the scanners have tested for a space on this thread.
// Tests compare it between inputs to prove that hostile text costs linear
// work (a count, unlike a time, is the same on every machine); almost every
// scan over words tests spaces, so a scan repeated per figure shows up here.
inline thread_local quint64 spaceTests = 0;
// Likewise the steps that look-backs over a sentence take (characters
// passed, words taken), which skip spaces without testing them. Counted there
// and not in isLetter, which the extractor calls for nearly every character.
inline thread_local quint64 lookBackSteps = 0;

inline bool isSpace(QChar c)
{
    ++spaceTests;
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\u00a0' || u == u'\u202f' || u == u'\u2009';
}
inline bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }
inline bool isDash(QChar c) { return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2212'; }

inline qsizetype skipSpaces(QStringView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return i;
}

// End of the word (letters, inner apostrophes) that starts at i; i when none.
inline qsizetype wordEnd(QStringView t, qsizetype i)
{
    qsizetype j = i;
    while (j < t.size()) {
        if (isLetter(t[j]))
            ++j;
        else if (isApostrophe(t[j]) && j > i && j + 1 < t.size() && isLetter(t[j + 1]))
            ++j;
        else
            break;
    }
    return j;
}

// Start of the word that ends at `end` (exclusive); `end` when none.
inline qsizetype wordStartBefore(QStringView t, qsizetype end)
{
    qsizetype j = end;
    while (j > 0 && (isLetter(t[j - 1]) || (isApostrophe(t[j - 1]) && j - 1 > 0 && isLetter(t[j - 2]))))
        --j;
    return j;
}

// Case-insensitive comparison of a lower-case keyword with text. The keyword
// lists are checked against most words of a text, so ASCII is folded inline;
// only a non-ASCII character goes to Qt's full case folding.
inline bool equalsLower(QStringView word, QStringView lowerKeyword)
{
    if (word.size() != lowerKeyword.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        char16_t c = word[k].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        if (c != lowerKeyword[k].unicode())
            return c >= 128 && word.compare(lowerKeyword, Qt::CaseInsensitive) == 0;
    }
    return true;
}

inline bool startsWithLower(QStringView t, qsizetype i, QStringView lowerKeyword)
{
    return t.size() - i >= lowerKeyword.size() && equalsLower(t.mid(i, lowerKeyword.size()), lowerKeyword);
}

// Literal keywords: a QStringView made from a char16_t array measures it at
// run time, on every call; the array's size is known at compile time.
template <std::size_t N>
inline bool equalsLower(QStringView word, const char16_t (&lowerKeyword)[N])
{
    return equalsLower(word, QStringView(lowerKeyword, qsizetype(N - 1)));
}

template <std::size_t N>
inline bool startsWithLower(QStringView t, qsizetype i, const char16_t (&lowerKeyword)[N])
{
    return startsWithLower(t, i, QStringView(lowerKeyword, qsizetype(N - 1)));
}

// Whether `word` is one of the lower-case `lowerWords`, compared as
// equalsLower() does.
inline bool inList(QStringView word, std::initializer_list<std::u16string_view> lowerWords)
{
    for (std::u16string_view w : lowerWords)
        if (equalsLower(word, QStringView(w.data(), qsizetype(w.size()))))
            return true;
    return false;
}

// The word (letters and full stops: "No.", "U.S.") that ends before `pos`,
// spaces between them skipped; never reaches before `floor`.
inline QStringView previousWord(QStringView t, qsizetype pos, qsizetype floor)
{
    qsizetype e = pos;
    while (e > floor && isSpace(t[e - 1]))
        --e;
    qsizetype s = e;
    while (s > floor && (isLetter(t[s - 1]) || t[s - 1] == u'.'))
        --s;
    return t.mid(s, e - s);
}

// A sieve over a keyword table keyed by the first two letters and the
// length. The extractor looks up most words of a text in some table and
// nearly all of them are in none: the sieve turns those away before a
// lower-cased copy is hashed. Keys are lower-case; a word that does not start
// with ASCII letters always may match.
class KeywordSieve
{
public:
    template <typename Keys>
    explicit KeywordSieve(const Keys &keys)
    {
        for (const auto &entry : keys)
            add(entry.first);
    }

    explicit KeywordSieve(std::initializer_list<std::u16string_view> keys)
    {
        for (std::u16string_view key : keys)
            add(key);
    }

    bool mayContain(QStringView word) const
    {
        if (word.isEmpty())
            return false;
        if (word.size() >= 32)
            return true;
        const int first = letterIndex(word[0].unicode());
        const int second = word.size() > 1 ? letterIndex(word[1].unicode()) : kNoLetter;
        if (first < 0 || second < 0)
            return true;
        return m_lengths[std::size_t(first * 27 + second)] & (std::uint32_t(1) << word.size());
    }

    // Whether some key starts with `first` and then `second` (a null QChar: a
    // one-letter key). Asked before a word is measured.
    bool mayStartWith(QChar first, QChar second) const
    {
        const int a = letterIndex(first.unicode());
        const int b = second.isNull() ? kNoLetter : letterIndex(second.unicode());
        if (a < 0 || b < 0)
            return true;
        return m_lengths[std::size_t(a * 27 + b)] != 0;
    }

private:
    static constexpr int kNoLetter = 26; // one-letter keys ("a")

    static int letterIndex(char16_t c)
    {
        if (c >= u'A' && c <= u'Z')
            return c - u'A';
        if (c >= u'a' && c <= u'z')
            return c - u'a';
        return -1;
    }

    void add(std::u16string_view key)
    {
        if (key.empty() || key.size() >= 32)
            return;
        const int first = letterIndex(key[0]);
        const int second = key.size() > 1 ? letterIndex(key[1]) : kNoLetter;
        if (first >= 0 && second >= 0)
            m_lengths[std::size_t(first * 27 + second)] |= std::uint32_t(1) << key.size();
    }

    std::array<std::uint32_t, 26 * 27> m_lengths{};
};

// A fixed list of lower-case words, compared as inList() compares. A list
// is asked about most words of a text and nearly none are in it: its sieve
// turns them away before any word of the list is compared.
class WordList
{
public:
    WordList(std::initializer_list<std::u16string_view> lowerWords)
        : m_words(lowerWords)
        , m_sieve(lowerWords)
    {
    }

    bool contains(QStringView word) const
    {
        if (!m_sieve.mayContain(word))
            return false;
        for (std::u16string_view w : m_words)
            if (equalsLower(word, QStringView(w.data(), qsizetype(w.size()))))
                return true;
        return false;
    }

private:
    std::vector<std::u16string_view> m_words;
    KeywordSieve m_sieve;
};

// Where the lower-case `lowerNeedle` first stands in `text`, compared as
// text.indexOf(lowerNeedle, 0, Qt::CaseInsensitive) compares (simple case
// folding, one UTF-16 unit at a time); -1 when nowhere. Qt's search hashes
// and folds every character through a table; here ASCII folds inline.
inline qsizetype indexOfLower(QStringView text, std::u16string_view lowerNeedle)
{
    const auto folded = [](char16_t c) {
        return c < 128 ? char32_t(c >= u'A' && c <= u'Z' ? c + 32 : c) : QChar::toCaseFolded(char32_t(c));
    };
    const qsizetype n = qsizetype(lowerNeedle.size());
    for (qsizetype i = 0; i + n <= text.size(); ++i) {
        qsizetype k = 0;
        while (k < n && folded(text[i + k].unicode()) == lowerNeedle[size_t(k)])
            ++k;
        if (k == n)
            return i;
    }
    return -1;
}

} // namespace Claimbench::TextScan
