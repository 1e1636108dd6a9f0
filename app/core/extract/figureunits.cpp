#include "core/extract/figureunits.h"

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

std::optional<QString> currencyBefore(QStringView t, qsizetype figureStart, qsizetype floor)
{
    const qsizetype e = figureStart > 0 && isSpace(t[figureStart - 1]) ? figureStart - 1 : -1;
    if (e <= floor)
        return std::nullopt;
    const qsizetype s = wordStartBefore(t, e);
    if (s == e || !t[s].isLower())
        return std::nullopt;
    const auto m = UnitDetector::measureAt(t, s, false);
    if (!m || m->end != e || !isMoney(m->unit))
        return std::nullopt;
    return m->unit;
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

} // namespace Claimbench::FigureUnits
