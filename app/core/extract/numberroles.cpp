#include "core/extract/numberroles.h"

#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

#include <algorithm>
#include <string_view>

namespace Claimbench::NumberRoles {

using namespace TextScan;
using namespace std::string_view_literals;

// A reference or list marker in brackets, not a quantity: "born at term
// (1,2).", "as reported (3)", "patients 1) not to have seen ... and 2)
// either". A number restated in brackets ("three (3) days") stays a figure.
bool isReferenceMark(QStringView t, const ParsedNumber &n, qsizetype lineStart)
{
    if (!n.bareInteger || n.end >= t.size())
        return false;
    const auto inMark = [](QChar c) { return isDigit(c) || c == u',' || c == u'-' || c == u'\u2013' || c == u' '; };
    qsizetype e = n.end;
    while (e < t.size() && e - n.end < 12 && inMark(t[e]))
        ++e;
    if (e >= t.size() || (t[e] != u')' && t[e] != u']'))
        return false;
    qsizetype s = n.start;
    while (s > lineStart && n.start - s < 12 && inMark(t[s - 1]))
        --s;
    while (s < n.start && t[s] == u' ')
        ++s;
    if (s > lineStart && (t[s - 1] == u'(' || t[s - 1] == u'[')) {
        qsizetype k = s - 1;
        while (k > lineStart && isSpace(t[k - 1]))
            --k;
        if (k > lineStart && isDigit(t[k - 1])) { // "5 (6)" is two figures, "in 2006 (1)" a reference
            qsizetype d = k - 1;
            while (d > lineStart && isDigit(t[d - 1]))
                --d;
            const int year = k - d == 4 ? t.mid(d, 4).toInt() : 0;
            return year >= 1800 && year <= 2100;
        }
        if (k == lineStart || !isLetter(t[k - 1]))
            return true;
        const qsizetype word = wordStartBefore(t, k);
        return !NumberParser::mayStart(t, word);
    }
    // "1)" with no bracket open before it on its line: an enumerator.
    if (t[e] != u')' || (s > lineStart && !isSpace(t[s - 1])))
        return false;
    for (qsizetype k = s; k > lineStart; --k) {
        if (t[k - 1] == u')')
            return true;
        if (t[k - 1] == u'(')
            return false;
    }
    return true;
}

// "1. Not seasonally adjusted." at the start of a paragraph or after a line
// that ends a sentence: the number of a list item.
bool isListNumber(QStringView t, const ParsedNumber &n, qsizetype lineStart)
{
    if (!n.bareInteger || n.digitCount > 2 || n.end + 1 >= t.size() || (t[n.end] != u'.' && t[n.end] != u')')
        || !isSpace(t[n.end + 1]) || skipSpaces(t, lineStart) != n.start)
        return false;
    if (lineStart == 0)
        return true;
    qsizetype k = lineStart - 1; // the line break
    const bool blankLine = k > 0 && t[k - 1] == u'\n';
    while (k > 0 && (isSpace(t[k - 1]) || t[k - 1] == u'\n'))
        --k;
    return k == 0 || blankLine || t[k - 1] == u'.' || t[k - 1] == u':' || t[k - 1] == u';';
}

// "M63 MPH" (a storm report's measured gust), "5 mg/850 mg": digits the
// parser refuses because a one-letter mark or a slash touches them are a
// measure all the same when a unit of measure follows them ("G7 summit",
// "24/7" stay refused).
std::optional<ParsedNumber> measureBehindMark(QStringView t, const NumberParser &parser, qsizetype pos)
{
    if (pos == 0 || !isDigit(t[pos]))
        return std::nullopt;
    const QChar mark = t[pos - 1];
    const bool letter = mark.isUpper() && (pos == 1 || isSpace(t[pos - 2]) || t[pos - 2] == u'\n');
    const bool slash = mark == u'/' && pos >= 2 && isLetter(t[pos - 2]);
    if (!letter && !slash)
        return std::nullopt;
    std::optional<ParsedNumber> n = parser.parseAt(t.sliced(pos), 0);
    if (!n || n->unit.isEmpty() || n->unit == u"%" || n->unit == u"fraction" || n->unit == u"times")
        return std::nullopt;
    n->start += int(pos);
    n->end += int(pos);
    return n;
}

// "21 Victoria Avenue", "10 Downing Street": the number of a house.
bool isStreetNumber(QStringView t, const ParsedNumber &n)
{
    if (!n.bareInteger || n.end + 1 >= t.size() || t[n.end] != u' ' || !t[n.end + 1].isUpper())
        return false;
    qsizetype pos = n.end + 1;
    for (int words = 0; words < 4; ++words) {
        const qsizetype end = wordEnd(t, pos);
        const QStringView w = t.mid(pos, end - pos);
        if (w.isEmpty() || !w.front().isUpper())
            return false;
        if (words > 0 && inList(w, {u"street"sv, u"avenue"sv, u"road"sv, u"lane"sv, u"drive"sv, u"boulevard"sv, u"place"sv,
                                    u"square"sv, u"terrace"sv, u"crescent"sv, u"court"sv, u"way"sv}))
            return true;
        if (end >= t.size() || t[end] != u' ')
            return false;
        pos = end + 1;
    }
    return false;
}

// "Reagan in 80 and 84", "Romney in 08": a year written with two digits
// after "in", where nothing follows it in its clause. "one in 80" is a
// share, "in 12 months" a count.
bool isScaleStatement(QStringView t, const ParsedNumber &n)
{
    if (!n.vague || !n.inWords)
        return false;
    const bool opened = (n.start > 0 && t[n.start - 1] == u'(')
        || equalsLower(previousWord(t, n.start, std::max<qsizetype>(0, n.start - 6)), u"in");
    if (!opened)
        return false;
    const qsizetype k = skipSpaces(t, n.end);
    if (k >= t.size() || t[k] == u')' || t[k] == u':')
        return true;
    // "in millions of USD", "in thousands of pounds": a currency, not things counted.
    const qsizetype w = skipSpaces(t, wordEnd(t, k));
    if (!equalsLower(t.mid(k, wordEnd(t, k) - k), u"of"))
        return false;
    const QStringView what = t.mid(w, wordEnd(t, w) - w);
    return (what.size() == 3 && std::ranges::all_of(what, [](QChar c) { return c.isUpper(); }))
        || inList(what, {u"dollars"sv, u"pounds"sv, u"euros"sv, u"rubles"sv, u"roubles"sv, u"hryvnias"sv, u"yuan"sv,
                         u"yen"sv, u"rupees"sv, u"francs"sv});
}

bool isShortYear(QStringView t, const ParsedNumber &n)
{
    if (!n.bareInteger || n.digitCount != 2)
        return false;
    const auto endsClause = [&t](qsizetype from) {
        const qsizetype k = skipSpaces(t, from);
        return k >= t.size() || t[k] == u',' || t[k] == u'.' || t[k] == u';' || t[k] == u'\n';
    };
    QStringView before = previousWord(t, n.start, std::max<qsizetype>(0, n.start - 6));
    if (equalsLower(before, u"and")) { // the second of "in 80 and 84"
        qsizetype e = before.data() - t.data();
        while (e > 0 && isSpace(t[e - 1]))
            --e;
        if (!endsClause(n.end) || e < 3 || !isDigit(t[e - 1]) || !isDigit(t[e - 2]) || !isSpace(t[e - 3]))
            return false;
        before = previousWord(t, e - 2, std::max<qsizetype>(0, e - 8));
    } else if (const qsizetype next = skipSpaces(t, n.end); startsWithLower(t, next, u"and ")) {
        const qsizetype second = skipSpaces(t, next + 4);
        qsizetype secondEnd = second;
        while (secondEnd < t.size() && isDigit(t[secondEnd]))
            ++secondEnd;
        if (secondEnd - second != 2 || !endsClause(secondEnd))
            return false;
    } else if (!endsClause(n.end)) {
        return false;
    }
    if (!equalsLower(before, u"in"))
        return false;
    const qsizetype inStart = before.data() - t.data();
    const QStringView beforeIn = previousWord(t, inStart, std::max<qsizetype>(0, inStart - 20));
    return !beforeIn.isEmpty() && !NumberParser::mayStart(t, beforeIn.data() - t.data());
}

// "Voyager 1 is", "a Falcon 9 rocket", "Internet Explorer 6": a number right
// after a name, with no plural noun after it, names a model or a mission.
// Not when the name opens the sentence ("Kyiv 12, Lviv 3" in a list) or the
// word is a title-case headline's ("Toll Rises To 300"), nor a score ("Korea
// 1 - 0") or a row of a table. A day after a month name ("March 3") is a
// date before this is asked.
bool isNamedDesignation(QStringView t, const ParsedNumber &n, qsizetype sentenceStart, qsizetype limit)
{
    if (!n.bareInteger || n.low || n.digitCount > 3 || n.start < 3 || t[n.start - 1] != u' ' || !isLetter(t[n.start - 2]))
        return false;
    const qsizetype wordStart = wordStartBefore(t, n.start - 1);
    const QStringView name = t.mid(wordStart, n.start - 1 - wordStart);
    if (name.size() < 2 || !name.front().isUpper() || wordStart <= sentenceStart
        || inList(name, {u"to"sv, u"in"sv, u"of"sv, u"at"sv, u"by"sv, u"from"sv, u"for"sv, u"with"sv, u"on"sv, u"over"sv,
                         u"under"sv, u"about"sv, u"than"sv, u"and"sv, u"or"sv, u"the"sv, u"all"sv, u"some"sv, u"nearly"sv,
                         u"almost"sv, u"around"sv, u"top"sv, u"tops"sv, u"kills"sv, u"killed"sv, u"hits"sv, u"reaches"sv,
                         u"rises"sv, u"falls"sv, u"exceeds"sv}))
        return false;
    const qsizetype next = skipSpaces(t, n.end);
    const qsizetype afterDash = next < t.size() && isDash(t[next]) ? skipSpaces(t, next + 1) : next;
    if (afterDash < t.size() && isDigit(t[afterDash]))
        return false;
    const QStringView after = t.mid(next, wordEnd(t, next) - next);
    if (inList(after, {u"were"sv, u"are"sv, u"have"sv, u"died"sv, u"remain"sv, u"more"sv, u"others"sv,
                       u"of"sv}))
        return false;
    const QString noun = UnitDetector::countedNoun(t, n.end, limit);
    return noun.isEmpty()
        || (!noun.endsWith(u's') && !inList(noun, {u"people"sv, u"children"sv, u"men"sv, u"women"sv, u"police"sv,
                                                   u"personnel"sv, u"staff"sv, u"cattle"sv}));
}

} // namespace Claimbench::NumberRoles
