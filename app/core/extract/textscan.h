#pragma once

#include <QStringView>

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
inline bool isSpace(QChar c)
{
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

} // namespace Claimbench::TextScan
