#include "core/extract/figureunits.h"

#include "core/extract/nounantecedent.h"
#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

// The units of lists of counts: items that share the unit after the last
// one, items after a label, and a list heading the next sentence states
// (FigureUnits::unitsOfLists, FigureUnits::unitsOfListHeadings).
namespace Claimbench::FigureUnits {

using namespace TextScan;

namespace {

// Between two items of a list of counts: "12, 15", "15 and 20", "3 or 4",
// "from 10 to 32", or a part and its whole: "28 of 35".
enum class ListGap { None, Comma, Conjunction, CommaConjunction };

ListGap listGap(QStringView gap)
{
    if (gap == u", ")
        return ListGap::Comma;
    // "from ten to 32 pages"; "3- and 4-year-olds"; "28 of 35 drones"
    if (gap == u" and " || gap == u" or " || gap == u" to " || gap == u"- and " || gap == u"- or " || gap == u" of "
        || gap == u" of the " || gap == u" out of ")
        return ListGap::Conjunction;
    if (gap == u", and " || gap == u", or ")
        return ListGap::CommaConjunction;
    // "10,000 and as many as 300,000 people": a hedge on the second item.
    for (QStringView conjunction : {QStringView(u" and "), QStringView(u" or "), QStringView(u" to ")})
        if (gap.startsWith(conjunction))
            for (QStringView hedge : {QStringView(u"as many as "), QStringView(u"up to "), QStringView(u"more than "),
                                      QStringView(u"at least "), QStringView(u"nearly "), QStringView(u"about ")})
                if (gap.size() == conjunction.size() + hedge.size() && gap.endsWith(hedge))
                    return ListGap::Conjunction;
    return ListGap::None;
}

// The plural noun right before `pos` ("drones 45"), lower case, or empty.
QString nounRightBefore(QStringView t, qsizetype pos)
{
    if (pos < 2 || t[pos - 1] != u' ' || !isLetter(t[pos - 2]))
        return {};
    const qsizetype s = wordStartBefore(t, pos - 1);
    const QString noun = t.mid(s, pos - 1 - s).toString().toLower();
    return isPluralNoun(noun) ? noun : QString();
}

// A count that ends its list item: a comma, semicolon or the end of the
// sentence follows.
bool endsItem(QStringView t, qsizetype end)
{
    return end >= t.size() || t[end] == u',' || t[end] == u';' || t[end] == u'.' || t[end] == u'\n'
        || t[end] == u'\r';
}

} // namespace

void unitsOfLists(QStringView t, QList<Figure> &figures)
{
    // Back to front, so that the unit after the last item reaches the first.
    // A bare comma joins only inside a list that an "and"/"or" closes ("day
    // 45, 300 soldiers" is no list), and ", and" only after a comma ("the
    // toll was 12, and 40 people" joins two clauses).
    bool itemOfList = false;
    for (qsizetype k = figures.size() - 2; k >= 0; --k) {
        Figure &f = figures[k];
        const Figure &next = figures[k + 1];
        const ListGap gap = listGap(t.mid(f.end, next.start - f.end));
        const ListGap before = k > 0 ? listGap(t.mid(figures[k - 1].end, f.start - figures[k - 1].end)) : ListGap::None;
        const bool joins = gap == ListGap::Conjunction || (gap == ListGap::Comma && itemOfList)
            || (gap == ListGap::CommaConjunction && before == ListGap::Comma);
        itemOfList = joins;
        // "3m and 5 km": a scaled count is millions, not metres.
        const bool scaled = !f.text.back().isDigit();
        if (joins && f.unit.isEmpty() && !next.unit.isEmpty()
            && !(scaled && UnitDetector::measureAt(next.unit, 0, false)))
            f.unit = next.unit;
    }
    // "Losses in tanks: 12, 15, 18": the noun of a label before a colon
    // counts every bare item of the list after it; "Lat/Lon: 32.33 / -94.22"
    // is a pair of them.
    const auto endsLabelled = [&](qsizetype end) { return endsItem(t, end) || t.mid(end, 3) == u" / "; };
    for (qsizetype k = 0; k + 1 < figures.size(); ++k) {
        const Figure &head = figures[k];
        qsizetype label = head.start - 1;
        while (label >= 0 && (t[label] == u' ' || t[label] == u'\t'))
            --label;
        if (head.unit.isEmpty() || label < 0 || t[label] != u':' || !endsLabelled(head.end))
            continue;
        for (qsizetype j = k + 1; j < figures.size() && figures[j].unit.isEmpty() && endsItem(t, figures[j].end); ++j) {
            const QStringView gap = t.mid(figures[j - 1].end, figures[j].start - figures[j - 1].end);
            if (listGap(gap) == ListGap::None && gap != u" / ")
                break;
            figures[j].unit = head.unit;
        }
    }
    // "drones 45, missiles 3": two counts after their nouns, one item each.
    for (qsizetype k = 0; k + 1 < figures.size(); ++k) {
        Figure &f = figures[k];
        Figure &next = figures[k + 1];
        if (!f.unit.isEmpty() || !next.unit.isEmpty() || !endsItem(t, f.end) || !endsItem(t, next.end)
            || !(f.end < t.size() && (t[f.end] == u',' || t[f.end] == u';')))
            continue;
        const QString noun = nounRightBefore(t, f.start);
        const QString nextNoun = nounRightBefore(t, next.start);
        bool plainWords = true;
        for (qsizetype i = f.end + 1; i < next.start && plainWords; ++i)
            plainWords = isLetter(t[i]) || t[i] == u' ' || t[i] == u'-';
        if (!noun.isEmpty() && !nextNoun.isEmpty() && plainWords) {
            f.unit = noun;
            next.unit = nextNoun;
        }
    }
}

namespace {

// A figure that is its sentence, but for a list label: "a. 825.", "3) 40%".
bool standsAlone(QStringView t, TextSpan sentence, const Figure &f)
{
    qsizetype i = skipSpaces(t, sentence.start);
    const qsizetype labelEnd = i + 1 < f.start && isLetter(t[i]) ? i + 1 : i;
    if (labelEnd > i && (t[labelEnd] == u'.' || t[labelEnd] == u')'))
        i = labelEnd + 1;
    for (; i < f.start; ++i)
        if (!isSpace(t[i]))
            return false;
    for (i = f.end; i < sentence.end; ++i)
        if (!(isSpace(t[i]) || t[i] == u'.' || t[i] == u'\n' || t[i] == u'\r'))
            return false;
    return true;
}

} // namespace

// "a. 825. Today is 825 days since ...": a figure standing alone as a list
// heading is the one the next sentence states with its unit. `sentences[k]`
// is the sentence of `figures[k]`.
void unitsOfListHeadings(QStringView text, const QList<TextSpan> &sentences, QList<Figure> &figures)
{
    for (qsizetype k = 0; k < figures.size(); ++k) {
        Figure &f = figures[k];
        if (!f.unit.isEmpty() || !standsAlone(text, sentences[k], f))
            continue;
        for (qsizetype j = k + 1; j < figures.size() && figures[j].start - f.end < 400; ++j) {
            const Figure &g = figures[j];
            if (text.mid(f.end, g.start - f.end).contains(u'\n'))
                break;
            if (g.value == f.value && g.high == f.high && !g.unit.isEmpty()) {
                f.unit = g.unit;
                break;
            }
        }
    }
}

} // namespace Claimbench::FigureUnits
