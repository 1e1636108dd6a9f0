#include "core/extract/figureunits.h"

#include "core/extract/nounantecedent.h"
#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace Claimbench::FigureUnits {

using namespace TextScan;
using namespace std::string_view_literals;

bool isMoney(const QString &unit)
{
    return unit.size() == 3 && std::all_of(unit.cbegin(), unit.cend(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; });
}

namespace {

// How many `minor` make one `major` when the minor part of an amount is
// written after it ("$20 and 43 cents", "1 hour 30 minutes"); an empty
// `minor` is a bare number ("15 dollars 50", "1 hour thirty"). 0 when `minor`
// is no part of `major`.
double minorFactor(const QString &major, const QString &minor)
{
    if (isMoney(major))
        return minor.isEmpty() || minor == u"cents" || minor == u"pence" || minor == u"sen" || minor == u"kopecks" ? 100 : 0;
    if (major == u"hours")
        return minor.isEmpty() || minor == u"minutes" ? 60 : minor == u"seconds" ? 3600 : 0;
    if (major == u"minutes")
        return minor.isEmpty() || minor == u"seconds" ? 60 : 0;
    return 0;
}

} // namespace

double minorPartOf(QStringView t, const Figure &prev, const ParsedNumber &n)
{
    if (prev.low || n.low || n.vague || n.value < 1 || n.value != std::floor(n.value)
        || prev.value != std::floor(prev.value) || (n.bareInteger && n.digitCount > 2) || (!n.bareInteger && !n.inWords && n.unit.isEmpty()))
        return 0;
    const QStringView gap = t.mid(prev.end, n.start - prev.end);
    if (!(gap == u" " || equalsLower(gap, u" and ")))
        return 0;
    if (n.unit.isEmpty()) {
        const qsizetype after = skipSpaces(t, n.end);
        if (after < t.size() && !(t[after] == u'.' || t[after] == u',' || t[after] == u';' || t[after] == u'!'
                                  || t[after] == u'?' || t[after] == u')' || t[after] == u'\n'))
            return 0;
    }
    const double factor = minorFactor(prev.unit, n.unit);
    return factor > 0 && n.value < factor ? n.value / factor : 0;
}

void joinArticleWhole(QStringView t, qsizetype floor, Figure &f)
{
    qsizetype i = f.start;
    if (i < 5 || !startsWithLower(t, i - 5, u" and "))
        return;
    i -= 5;
    const qsizetype unitStart = wordStartBefore(t, i);
    const QStringView article = previousWord(t, unitStart, std::max(floor, unitStart - 4));
    if (!(equalsLower(article, u"a") || equalsLower(article, u"an")) || unitStart == i)
        return;
    const auto whole = UnitDetector::measureAt(t, unitStart, false);
    if (!whole || whole->end != i)
        return;
    double part = 0;
    if (f.unit == u"fraction" && f.value < 1) {
        part = f.value;
    } else if (const double factor = minorFactor(whole->unit, f.unit); factor > 0 && f.value < factor && !f.low) {
        part = f.value / factor;
    } else {
        return;
    }
    qsizetype articleEnd = unitStart;
    while (articleEnd > floor && isSpace(t[articleEnd - 1]))
        --articleEnd;
    f.start = articleEnd - article.size();
    f.value = 1 + part;
    f.unit = whole->unit;
    f.text = t.mid(f.start, f.end - f.start).toString();
}

std::optional<UnitMatch> fractionOfUnit(QStringView t, const ParsedNumber &n)
{
    if (n.value == std::floor(n.value) || (!n.unit.isEmpty() && n.unit != u"fraction") || n.low)
        return std::nullopt;
    if (!startsWithLower(t, n.end, u" of "))
        return std::nullopt;
    qsizetype i = n.end + 4;
    if (startsWithLower(t, i, u"an "))
        i += 3;
    else if (startsWithLower(t, i, u"a "))
        i += 2;
    const auto m = UnitDetector::measureAt(t, i, false);
    return m && !isMoney(m->unit) ? m : std::nullopt;
}

std::optional<QString> unitNamedBefore(QStringView t, qsizetype figureStart, qsizetype floor)
{
    const qsizetype e = figureStart > 0 && isSpace(t[figureStart - 1]) ? figureStart - 1 : -1;
    if (e <= floor)
        return std::nullopt;
    const QStringView before = previousWord(t, figureStart, floor);
    const QStringView twoBefore = equalsLower(before, u"of")
        ? previousWord(t, before.data() - t.data(), floor) : QStringView();
    if (equalsLower(before, u"magnitude") || equalsLower(twoBefore, u"magnitude"))
        return QStringLiteral("magnitude");
    const qsizetype s = wordStartBefore(t, e);
    // "the team won 6 games": the verb, not the Korean won.
    if (s == e || !t[s].isLower() || equalsLower(t.mid(s, e - s), u"won"))
        return std::nullopt;
    const auto m = UnitDetector::measureAt(t, s, false);
    if (!m || m->end != e || !isMoney(m->unit))
        return std::nullopt;
    return m->unit;
}

bool isDistanceFromPlace(QStringView t, qsizetype pos)
{
    if (pos + 4 >= t.size() || t[pos] != u' ')
        return false;
    qsizetype e = pos + 1;
    while (e < t.size() && e - pos <= 4 && (t[e] == u'N' || t[e] == u'E' || t[e] == u'S' || t[e] == u'W'))
        ++e;
    if (e == pos + 1 || e - pos > 4 || e + 2 >= t.size() || t[e] != u' ' || !t[e + 1].isUpper() || !t[e + 2].isLower())
        return false;
    // The place's name, then no plural: "12 SW Ohio counties" counts counties.
    qsizetype nameEnd = e;
    while (nameEnd + 2 < t.size() && t[nameEnd] == u' ' && t[nameEnd + 1].isUpper())
        nameEnd = wordEnd(t, nameEnd + 1);
    const qsizetype after = nameEnd < t.size() && t[nameEnd] == u' ' ? nameEnd + 1 : nameEnd;
    if (isPluralNoun(t.mid(after, wordEnd(t, after) - after)))
        return false;
    // The sixteen points: one letter, "NE"/"SW", or a main point before one of those ("NNE", "WSW").
    const QStringView point = t.mid(pos + 1, e - pos - 1);
    const auto isQuarter = [](QStringView p) {
        return p.size() == 2 && (p[0] == u'N' || p[0] == u'S') && (p[1] == u'E' || p[1] == u'W');
    };
    return point.size() == 1 || isQuarter(point)
        || (point.size() == 3 && isQuarter(point.mid(1)) && (point[0] == point[1] || point[0] == point[2]));
}

std::optional<UnitMatch> bracketedUnit(QStringView t, qsizetype pos)
{
    const qsizetype open = skipSpaces(t, pos);
    if (open + 2 >= t.size())
        return std::nullopt;
    const QChar o = t[open];
    const QChar close = o == u'(' ? u')' : o == u'[' ? u']' : o == u'{' ? u'}' : o == u'<' ? u'>' : QChar();
    if (close.isNull())
        return std::nullopt;
    auto m = UnitDetector::measureAt(t, open + 1, false);
    if (!m || m->end >= t.size() || t[m->end] != close || m->unit == u"times")
        return std::nullopt;
    m->end += 1;
    return m;
}

void scaleToHeader(QStringView header, Figure &f)
{
    static constexpr struct
    {
        std::u16string_view words;
        double scale;
    } kScales[] = {
        {u"(thousands)"sv, 1e3}, {u"in thousands"sv, 1e3}, {u"(000s)"sv, 1e3}, {u"('000)"sv, 1e3},
        {u"(\u2019000)"sv, 1e3}, {u"(millions)"sv, 1e6}, {u"in millions"sv, 1e6}, {u"(billions)"sv, 1e9},
        {u"in billions"sv, 1e9},
    };
    if (!std::all_of(f.text.cbegin(), f.text.cend(), [](QChar c) { return isDigit(c) || c == u',' || c == u'.'; }))
        return;
    for (const auto &s : kScales) {
        if (indexOfLower(header, s.words) >= 0) {
            f.value *= s.scale;
            if (f.low)
                *f.low *= s.scale;
            if (f.high)
                *f.high *= s.scale;
            return;
        }
    }
}

double scaleAfter(QStringView t, qsizetype pos, qsizetype *end)
{
    const qsizetype s = pos < t.size() && t[pos] == u' ' ? pos + 1 : -1;
    if (s < 0)
        return 0;
    const qsizetype e = wordEnd(t, s);
    const QStringView w = t.mid(s, e - s);
    const double scale = equalsLower(w, u"thousand") ? 1e3
        : equalsLower(w, u"million")                 ? 1e6
        : equalsLower(w, u"billion")                 ? 1e9
        : equalsLower(w, u"trillion")                ? 1e12
                                                     : 0;
    *end = e;
    return scale;
}

QString sharedMeasure(QStringView t, const NumberParser &parser, qsizetype end)
{
    qsizetype next = -1;
    if (startsWithLower(t, end, u" and "))
        next = end + 5;
    else if (startsWithLower(t, end, u" or "))
        next = end + 4;
    if (next < 0 || next >= t.size() || !(isDigit(t[next]) || isAsciiLetter(t[next])) || !NumberParser::mayStart(t, next))
        return {};
    const std::optional<ParsedNumber> n = parser.parseAt(t, next);
    return n && n->unit != u"fraction" ? n->unit : QString();
}

std::optional<ParsedNumber> fractionOfMeasure(QStringView t, qsizetype pos)
{
    const qsizetype we = wordEnd(t, pos);
    const QStringView w = t.mid(pos, we - pos);
    const double share = equalsLower(w, u"half") ? 0.5 : equalsLower(w, u"quarter") ? 0.25 : 0;
    if (share == 0 || we + 1 >= t.size() || !(t[we] == u' ' || t[we] == u'-'))
        return std::nullopt;
    const auto m = UnitDetector::measureAt(t, we + 1, false);
    if (!m || isMoney(m->unit) || m->unit == u"%" || m->unit == u"times" || m->unit == u"percentage points")
        return std::nullopt;
    ParsedNumber n;
    n.start = int(pos);
    n.end = int(m->end);
    n.value = share;
    n.unit = m->unit;
    n.inWords = true;
    return n;
}

namespace {

// The verbs news uses before a count of people killed or hurt ("killing
// 107"); after it, isCasualtyWord ("107 killed").
bool isCasualtyVerbBefore(QStringView w)
{
    return inList(w, {u"killing"sv, u"wounding"sv, u"injuring"sv, u"killed"sv, u"wounded"sv, u"injured"sv});
}

// A hedge between a verb and its count: "killing at least 12".
bool isHedgeWord(QStringView w)
{
    return inList(w, {u"at"sv, u"least"sv, u"more"sv, u"than"sv, u"about"sv, u"around"sv, u"some"sv, u"nearly"sv,
                      u"almost"sv, u"over"sv, u"up"sv, u"to"sv, u"as"sv, u"many"sv, u"approximately"sv, u"roughly"sv,
                      u"an"sv, u"estimated"sv, u"another"sv});
}

// Text between two figures that stays inside one sentence.
bool sameSentence(QStringView gap)
{
    for (const QChar c : gap)
        if (c == u'.' || c == u'!' || c == u'?' || c == u'\n')
            return false;
    return true;
}

// "107 killed", "killing 12": a count of casualties with no noun counts people.
void countCasualtiesAsPeople(QStringView t, QList<Figure> &figures, qsizetype k)
{
    Figure &f = figures[k];
    // "107 killed", "4 were killed", "12 have been injured".
    bool casualty = false;
    for (qsizetype i = f.end, words = 0; words < 3 && !casualty; ++words) {
        const qsizetype ws = skipSpaces(t, i);
        const QStringView w = t.mid(ws, wordEnd(t, ws) - ws);
        if (ws == i || w.isEmpty())
            break;
        casualty = isCasualtyWord(w);
        if (!inList(w, {u"were"sv, u"was"sv, u"are"sv, u"have"sv, u"has"sv, u"had"sv, u"been"sv}))
            break;
        i = ws + w.size();
    }
    for (qsizetype i = f.start; !casualty;) {
        const QStringView w = previousWord(t, i, std::max<qsizetype>(0, i - 16));
        if (w.isEmpty() || w.size() > 13)
            break;
        casualty = isCasualtyVerbBefore(w);
        if (!isHedgeWord(w))
            break;
        i = w.data() - t.data();
    }
    if (!casualty)
        return;
    // A few figures back: a sentence of thousands of casualty counts stays linear.
    for (qsizetype j = k - 1; j >= std::max<qsizetype>(0, k - 8)
         && sameSentence(t.mid(figures[j].end, figures[j + 1].start - figures[j].end)); --j)
        if (figures[j].unit != u"people")
            return;
    f.unit = QStringLiteral("people");
}

// "505,000 new claims is down from 752,000", "200,000 jobs, compared with
// 150,000": the base of a comparison counts what the figure before it in
// the sentence counts.
// A base that names only the rate's numerator ("USD 218 per tonne, compared
// with USD 194 a year earlier") is of the same rate.
void comparisonBase(QStringView t, QList<Figure> &figures, qsizetype k)
{
    if (k == 0)
        return;
    const QString &unit = figures[k].unit;
    const QString &before = figures[k - 1].unit;
    if (!unit.isEmpty() && !(before.size() > unit.size() && before.startsWith(unit) && before[unit.size()] == u'/'))
        return;
    if (!sameSentence(t.mid(figures[k - 1].end, figures[k].start - figures[k - 1].end)) || before.isEmpty())
        return;
    QStringView w;
    for (qsizetype i = figures[k].start;; i = w.data() - t.data()) {
        w = previousWord(t, i, std::max<qsizetype>(0, i - 16));
        // "compared to the 1000 on English Wikipedia", "down from about 40"
        if (w.isEmpty() || equalsLower(w, u"to") || !(isHedgeWord(w) || equalsLower(w, u"the")))
            break;
    }
    const qsizetype ws = w.data() - t.data();
    const bool compared = (equalsLower(w, u"with") || equalsLower(w, u"to"))
        && inList(previousWord(t, ws, std::max<qsizetype>(0, ws - 12)), {u"compared"sv, u"compares"sv});
    if (compared || inList(w, {u"from"sv, u"versus"sv, u"vs"sv, u"against"sv}))
        figures[k].unit = figures[k - 1].unit;
}

// "the two-party system", "a 12-member council", "a three-judge panel": a
// count joined to a noun that modifies another counts that noun, in the
// plural as the annotations name units. Empty when no such compound.
QString compoundNoun(QStringView t, const Figure &f)
{
    if (f.end + 4 >= t.size() || t[f.end] != u'-' || !t[f.end + 1].isLower())
        return {};
    const qsizetype e = wordEnd(t, f.end + 1);
    const QStringView w = t.mid(f.end + 1, e - f.end - 1);
    if (w.size() < 3 || w.endsWith(u"ed") || e + 1 >= t.size() || t[e] != u' ' || !isLetter(t[e + 1])
        || inList(w, {u"off"sv, u"odd"sv, u"plus"sv, u"sided"sv, u"fold"sv}))
        return {};
    if (inList(w, {u"man"sv, u"woman"sv})) // "a three-man crew"
        return w.left(w.size() - 2).toString() + u"en";
    if (equalsLower(w, u"person"))
        return QStringLiteral("people");
    if (w.endsWith(u'y') && !inList(w.last(2), {u"ay"sv, u"ey"sv, u"oy"sv, u"uy"sv}))
        return w.chopped(1).toString() + u"ies";
    if (w.endsWith(u's') || w.endsWith(u'x') || w.endsWith(u'z') || w.endsWith(u"ch") || w.endsWith(u"sh"))
        return w.toString() + u"es";
    return w.toString() + u's';
}

// "thousands of people", "tens of thousands of troops": what a vague
// quantity counts stands after "of". Empty when the figure is none such.
QString nounOfVague(QStringView t, const Figure &f)
{
    if (!f.low || !f.text.endsWith(u's') || !startsWithLower(t, f.end, u" of "))
        return {};
    const QString noun = UnitDetector::countedNoun(t, f.end + 3, std::min<qsizetype>(t.size(), f.end + 80));
    return isPluralNoun(noun) ? noun : QString();
}

// "fewer than 40 of our servicemen", "12 of the ministry's drivers": a part
// of a group counts what the group's noun names. Empty when no determiner
// or possessive opens the group ("28 of 35 drones" is a list, "8 of them"
// names no noun).
QString nounOfGroup(QStringView t, const Figure &f)
{
    if (f.value != std::floor(f.value) || !startsWithLower(t, f.end, u" of "))
        return {};
    const qsizetype limit = std::min<qsizetype>(t.size(), f.end + 80);
    qsizetype i = f.end + 4;
    const auto possessive = [&](QStringView w) {
        return w.size() > 2 && w.back() == u's' && isApostrophe(w[w.size() - 2]);
    };
    QStringView w = t.mid(i, wordEnd(t, i) - i);
    const bool determiner = inList(w, {u"the"sv, u"our"sv, u"their"sv, u"his"sv, u"her"sv, u"its"sv, u"my"sv,
                                       u"your"sv, u"these"sv, u"those"sv});
    if (determiner) {
        i += w.size();
        const qsizetype next = skipSpaces(t, i);
        w = t.mid(next, wordEnd(t, next) - next);
    }
    if (possessive(w))
        i = w.data() - t.data() + w.size(); // "the country's"
    else if (!determiner)
        return {};
    const QString noun = UnitDetector::countedNoun(t, i, limit);
    return isPluralNoun(noun) || noun.endsWith(u"men") ? noun : QString();
}

// "Twelve soldiers died in the first assault. Another 19 were lost": a
// count that "another" opens as the subject of its clause continues the
// count before it, in its sentence or the one before, and counts the same.
// As an object ("jammed another 21") the text leaves it open.
void continuedCount(QStringView t, QList<Figure> &figures, qsizetype k)
{
    Figure &f = figures[k];
    if (k == 0 || figures[k - 1].unit.isEmpty() || figures[k - 1].unit.contains(u'/')
        || !equalsLower(previousWord(t, f.start, std::max<qsizetype>(0, f.start - 12)), u"another"))
        return;
    const qsizetype next = skipSpaces(t, f.end);
    if (next == f.end
        || !inList(t.mid(next, wordEnd(t, next) - next),
                   {u"were"sv, u"was"sv, u"are"sv, u"is"sv, u"have"sv, u"has"sv, u"had"sv, u"will"sv, u"would"sv,
                    u"remain"sv, u"remained"sv, u"died"sv}))
        return;
    const QStringView gap = t.mid(figures[k - 1].end, f.start - figures[k - 1].end);
    if (gap.size() > 300 || gap.contains(u'\n'))
        return;
    int sentenceEnds = 0;
    for (qsizetype i = 0; i + 1 < gap.size(); ++i)
        sentenceEnds += (gap[i] == u'.' || gap[i] == u'!' || gap[i] == u'?') && gap[i + 1] == u' ';
    if (sentenceEnds <= 1)
        f.unit = figures[k - 1].unit;
}

// "a crew of four", "a family of five": a bare count of a group's members.
QString membersBefore(QStringView t, const Figure &f)
{
    const QStringView of = previousWord(t, f.start, std::max<qsizetype>(0, f.start - 8));
    if (!equalsLower(of, u"of"))
        return {};
    const qsizetype ofStart = of.data() - t.data();
    return membersOfGroup(previousWord(t, ofStart, std::max<qsizetype>(0, ofStart - 16)));
}

// "Daniel Smith, 19, a member of": a bare count between commas after a name.
bool isAgeInApposition(QStringView t, const Figure &f)
{
    if (f.start < 4 || f.end >= t.size() || t[f.start - 1] != u' ' || t[f.start - 2] != u','
        || t[f.end] != u',' || f.low || f.value < 1 || f.value > 120 || f.value != std::floor(f.value)
        || !std::all_of(f.text.cbegin(), f.text.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    const QStringView last = previousWord(t, f.start - 2, std::max<qsizetype>(0, f.start - 40));
    const qsizetype lastStart = last.data() - t.data();
    const QStringView first = previousWord(t, lastStart, std::max<qsizetype>(0, lastStart - 30));
    return last.size() > 1 && last.front().isUpper() && first.size() > 1 && first.front().isUpper()
        && lastStart > 0 && t[lastStart - 1] == u' ';
}

// "when she was six", "since I was 16": the age of a person.
bool isAgeOfPerson(QStringView t, const Figure &f)
{
    const QStringView verb = previousWord(t, f.start, std::max<qsizetype>(0, f.start - 8));
    if (!equalsLower(verb, u"was") || f.low || f.value < 1 || f.value > 120 || f.value != std::floor(f.value))
        return false;
    const QStringView person = previousWord(t, verb.data() - t.data(), std::max<qsizetype>(0, f.start - 16));
    return person == u"I" || equalsLower(person, u"he") || equalsLower(person, u"she");
}

// "0.07 inches (0.18 centimeters) per year": the rate after the brackets
// belongs to the figure and its conversion.
void rateAfterConversion(QStringView t, QList<Figure> &figures, qsizetype k)
{
    Figure &conversion = figures[k];
    if (conversion.restates < 0 || conversion.end >= t.size() || t[conversion.end] != u')')
        return;
    Figure &original = figures[conversion.restates];
    if (original.unit.isEmpty() || conversion.unit.isEmpty() || original.unit.contains(u'/')
        || conversion.unit.contains(u'/'))
        return;
    const auto rate = UnitDetector::rateAt(t, conversion.end + 1, std::min<qsizetype>(t.size(), conversion.end + 24));
    if (!rate)
        return;
    original.unit += u'/' + rate->unit;
    conversion.unit += u'/' + rate->unit;
}

} // namespace

void unitsFromContext(QStringView t, QList<Figure> &figures)
{
    unitsOfScores(t, figures);
    for (qsizetype k = 0; k < figures.size(); ++k) {
        rateAfterConversion(t, figures, k);
        Figure &f = figures[k];
        if (!f.unit.isEmpty()) {
            comparisonBase(t, figures, k);
            continue;
        }
        const qsizetype next = skipSpaces(t, f.end);
        if (const QString noun = compoundNoun(t, f); !noun.isEmpty())
            f.unit = noun;
        else if (const QString counted = nounOfVague(t, f); !counted.isEmpty())
            f.unit = counted;
        else if (const QString members = membersBefore(t, f); !members.isEmpty())
            f.unit = members;
        else if (const QString group = nounOfGroup(t, f); !group.isEmpty())
            f.unit = group;
        else if (isDistanceFromPlace(t, f.end))
            f.unit = QStringLiteral("mi");
        else if (isAgeInApposition(t, f) || isAgeOfPerson(t, f))
            f.unit = QStringLiteral("years");
        else if (next > f.end && inList(t.mid(next, wordEnd(t, next) - next), {u"who"sv, u"whom"sv}))
            f.unit = QStringLiteral("people"); // "more than one million who already have it"
        else
            continuedCount(t, figures, k);
        if (f.unit.isEmpty())
            countCasualtiesAsPeople(t, figures, k);
        if (f.unit.isEmpty())
            comparisonBase(t, figures, k);
    }
    unitsOfLists(t, figures);
}

} // namespace Claimbench::FigureUnits
