#include "core/extract/figureextractor.h"

#include "core/extract/asoffinder.h"
#include "core/extract/attribution.h"
#include "core/extract/figureunits.h"
#include "core/domain/monthnames.h"
#include "core/extract/nounantecedent.h"
#include "core/extract/numberparser.h"
#include "core/extract/numberroles.h"
#include "core/extract/paragraphsources.h"
#include "core/extract/qualifierdetector.h"
#include "core/extract/textlayout.h"
#include "core/extract/textscan.h"
#include "core/extract/texttable.h"
#include "core/extract/unitdetector.h"

#include <algorithm>
#include <string_view>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace Claimbench {

using namespace TextScan;
using namespace FigureUnits;
using namespace NumberRoles;
// Word lists are written as u""sv: a QStringView made from a char16_t array
// measures it at run time, on every call.
using namespace std::string_view_literals;

namespace {

bool isTimeUnit(const QString &unit)
{
    // Literals as string views: compared with a QString, a char16_t array
    // is measured on every call.
    static constexpr std::u16string_view kTimeUnits[] = {u"seconds"sv, u"minutes"sv, u"hours"sv,
                                                         u"days"sv,    u"weeks"sv,   u"months"sv,
                                                         u"years"sv,   u"decades"sv, u"centuries"sv};
    return std::ranges::any_of(kTimeUnits, [&](std::u16string_view u) { return QStringView(unit) == QStringView(u); });
}

QStringView nextWord(QStringView t, qsizetype pos)
{
    const qsizetype s = skipSpaces(t, pos);
    return t.mid(s, wordEnd(t, s) - s);
}

// Digits inside a URL, an e-mail address or a file path are not quantities.
bool insideAddress(QStringView t, qsizetype pos, qsizetype *chunkEnd)
{
    qsizetype s = pos;
    while (s > 0 && pos - s < 200 && !t[s - 1].isSpace())
        --s;
    qsizetype e = pos;
    while (e < t.size() && e - pos < 200 && !t[e].isSpace())
        ++e;
    const QStringView chunk = t.mid(s, e - s);
    bool marker = false; // most numbers stand in plain words: skip the searches below
    for (QChar c : chunk)
        marker = marker || c == u'/' || c == u'@' || c == u'.';
    if (marker && (chunk.contains(u"://") || chunk.contains(u"www.", Qt::CaseInsensitive) || chunk.contains(u'@')
        || (chunk.count(u'/') >= 2 && chunk.contains(u'.')))) {
        *chunkEnd = e;
        return true;
    }
    return false;
}

// "one" as a pronoun ("one of the largest", "no one", "one can only
// speculate") is not a count.
bool isPronounOne(QStringView t, const ParsedNumber &n)
{
    if (!n.inWords || n.end - n.start != 3 || n.value != 1)
        return false;
    // "one or more births", "one or two days" count.
    if (const QStringView after = nextWord(t, n.end); equalsLower(after, u"or")) {
        const qsizetype alternative = skipSpaces(t, after.data() - t.data() + 2);
        if (alternative < t.size()
            && (equalsLower(nextWord(t, alternative), u"more") || NumberParser::mayStart(t, alternative)))
            return false;
    }
    const QStringView before = previousWord(t, n.start, std::max<qsizetype>(0, n.start - 20));
    if (inList(before, {u"no"sv, u"any"sv, u"every"sv, u"each"sv, u"this"sv, u"that"sv, u"the"sv, u"which"sv, u"someone"sv,
                        u"anyone"sv, u"everyone"sv, u"another"sv, u"such"sv, u"little"sv, u"last"sv, u"next"sv, u"big"sv}))
        return true;
    if (n.end >= t.size() || !isSpace(t[n.end]))
        return true;
    const QStringView after = nextWord(t, n.end);
    return after.isEmpty()
        || inList(after, {u"of"sv, u"another"sv, u"can"sv, u"could"sv, u"would"sv, u"should"sv, u"must"sv, u"may"sv, u"might"sv,
                          u"will"sv, u"is"sv, u"was"sv, u"has"sv, u"had"sv, u"who"sv, u"that"sv, u"which"sv, u"thing"sv, u"way"sv,
                          u"side"sv, u"hand"sv, u"point"sv, u"more"sv, u"or"sv, u"and"sv, u"day"sv, u"time"sv, u"does"sv, u"did"sv,
                          u"in"sv, u"at"sv, u"on"sv, u"by"sv, u"to"sv, u"for"sv, u"with"sv, u"if"sv, u"as"sv});
}

// `bareInteger`: the number is plain digits, which the words that are also
// verbs or measures ("posts 20% growth", "stage 3 strikes") need.
bool isLabelWord(QStringView w, bool bareInteger)
{
    static const WordList kLabels{u"no."sv, u"nos."sv, u"number"sv, u"article"sv, u"resolution"sv, u"section"sv,
                                  u"chapter"sv, u"page"sv, u"pages"sv, u"flight"sv, u"route"sv, u"highway"sv,
                                  u"paragraph"sv, u"decree"sv, u"clause"sv, u"room"sv, u"apollo"sv, u"episode"sv,
                                  u"season"sv, u"vol."sv, u"volume"sv, u"item"sv, u"platform"sv, u"category"sv,
                                  u"version"sv, u"ward"sv};
    static const WordList kLabelsOfIntegers{u"type"sv, u"class"sv, u"figure"sv, u"fig."sv, u"table"sv, u"note"sv,
                                            u"footnote"sv, u"annex"sv, u"appendix"sv, u"phase"sv, u"stage"sv,
                                            u"grade"sv, u"expedition"sv, u"expeditions"sv, u"post"sv, u"posts"sv};
    return kLabels.contains(w) || (bareInteger && kLabelsOfIntegers.contains(w));
}

// A bare integer used as a label: "No. 3", "Article 5", "Resolution 2231",
// "type 2 diabetes", and the second of "posts 542 and 543".
bool isLabel(QStringView t, const ParsedNumber &n)
{
    const QStringView before = previousWord(t, n.start, std::max<qsizetype>(0, n.start - 20));
    if (n.start > 0 && t[n.start - 1] == u'#')
        return true;
    if (isLabelWord(before, n.bareInteger))
        return true;
    if (!n.bareInteger || !inList(before, {u"and"sv, u"or"sv, u"to"sv}))
        return false;
    qsizetype e = before.data() - t.data();
    while (e > 0 && isSpace(t[e - 1]))
        --e;
    qsizetype s = e;
    while (s > 0 && isDigit(t[s - 1]))
        --s;
    return s < e && isLabelWord(previousWord(t, s, std::max<qsizetype>(0, s - 20)), true);
}

// "Tue, 04 Jun 2024 10:15:00 +0000", "GMT-0500": the offset of a time zone
// from UTC after a clock time or a zone's name, as e-mail and feeds date
// their messages.
bool isZoneOffset(QStringView t, const ParsedNumber &n)
{
    if (n.end - n.start != 5 || !(t[n.start] == u'+' || isDash(t[n.start])))
        return false;
    const QStringView digits = t.mid(n.start + 1, 4);
    if (!std::ranges::all_of(digits, [](QChar c) { return isDigit(c); }) || digits.left(2).toInt() > 14
        || !inList(digits.mid(2), {u"00"sv, u"15"sv, u"30"sv, u"45"sv}))
        return false;
    const bool afterClock = n.start >= 4 && t[n.start - 1] == u' ' && isDigit(t[n.start - 2])
        && (t[n.start - 4] == u':' || t[n.start - 3] == u':');
    return afterClock || inList(previousWord(t, n.start, std::max<qsizetype>(0, n.start - 4)), {u"gmt"sv, u"utc"sv});
}

// "5 pm", "0900 GMT", "10 o'clock": times of day.
bool isTimeOfDay(QStringView t, const ParsedNumber &n)
{
    if (isZoneOffset(t, n))
        return true;
    if (!n.bareInteger)
        return false;
    const qsizetype s = skipSpaces(t, n.end);
    if (s == n.end)
        return false;
    if (startsWithLower(t, s, u"a.m.") || startsWithLower(t, s, u"p.m.") || startsWithLower(t, s, u"o'clock")
        || startsWithLower(t, s, u"o\u2019clock"))
        return true;
    const QStringView w = t.mid(s, wordEnd(t, s) - s);
    return inList(w, {u"am"sv, u"pm"sv, u"gmt"sv, u"utc"sv, u"bst"sv, u"cet"sv, u"cest"sv, u"est"sv, u"edt"sv, u"pst"sv, u"pdt"sv,
                      u"hrs"sv, u"hours"sv})
        && (w.size() <= 3 || n.digitCount == 4) && !(inList(w, {u"hours"sv, u"hrs"sv}) && n.digitCount != 4);
}

bool isMonthName(QStringView w)
{
    return std::ranges::any_of(kMonthNames, [w](const MonthName &m) { return equalsLower(w, m.text); });
}

// "27 November", "March 3": a day of the month is part of a date even when
// the resolver could not place it in a year.
bool isDayOfMonth(QStringView t, const ParsedNumber &n)
{
    if (!n.bareInteger || n.value < 1 || n.value > 31 || n.digitCount > 2)
        return false;
    const QStringView before = previousWord(t, n.start, std::max<qsizetype>(0, n.start - 12));
    if (isMonthName(before.endsWith(u'.') ? before.chopped(1) : before) && before.front().isUpper())
        return true;
    qsizetype s = skipSpaces(t, n.end);
    if (s > n.end && startsWithLower(t, s, u"of "))
        s += 3;
    const QStringView after = t.mid(s, wordEnd(t, s) - s);
    return s > n.end && !after.isEmpty() && after.front().isUpper() && isMonthName(after);
}

// A year written alone ("in 2022", "the 2026 budget") is a date, not a
// figure, unless what follows is a counted plural ("2000 troops"); after a
// season it is a date whatever follows ("the spring 2017 schools census").
bool isYear(QStringView t, const ParsedNumber &n, qsizetype limit)
{
    if (!n.bareInteger || n.digitCount != 4 || n.value < 1800 || n.value > 2100 || n.low)
        return false;
    if (inList(previousWord(t, n.start, std::max<qsizetype>(0, n.start - 12)),
               {u"spring"sv, u"summer"sv, u"autumn"sv, u"fall"sv, u"winter"sv, u"fiscal"sv, u"fy"sv}))
        return true;
    if (UnitDetector::rateAt(t, n.end, limit))
        return false; // "2000 a day"
    const QString noun = UnitDetector::countedNoun(t, n.end, limit);
    return noun.isEmpty() || !noun.endsWith(u's') || !t[skipSpaces(t, n.end)].isLower();
}

// "aged 45", "at the age of 87", "aged between 55 and 74", "aged under 18":
// the years of an age that no noun follows.
bool isAge(QStringView t, qsizetype figureStart)
{
    QStringView before = previousWord(t, figureStart, std::max<qsizetype>(0, figureStart - 12));
    if (inList(before, {u"of"sv, u"between"sv, u"under"sv, u"over"sv}))
        before = previousWord(t, before.data() - t.data(), std::max<qsizetype>(0, figureStart - 24));
    return inList(before, {u"aged"sv, u"age"sv, u"ages"sv});
}

// The unit of a figure that no noun follows, from what its sentence says it
// counts ("the daily number of casualties ... was 980" -> casualties/day); a
// figure that restates the one before it ("That is around 30,000 per month")
// counts what that one counts, at its own rate. `rateUnit` is the figure's
// unit so far: empty or a bare rate ("per day"). Earlier figures of the
// paragraph (from `paragraphStart`) are in `figures`.
QString elidedUnit(NounAntecedent &antecedents, TextSpan sentence, qsizetype figureStart, qsizetype paragraphStart,
                   const QList<Figure> &figures, const QString &rateUnit)
{
    const Antecedent a = antecedents.find(sentence.start, figureStart);
    QString noun = a.noun;
    if (a.anaphoric) {
        for (qsizetype k = figures.size() - 1; k >= 0 && figures[k].start >= paragraphStart && noun.isEmpty(); --k)
            if (!figures[k].unit.isEmpty() && !figures[k].unit.startsWith(u"per "))
                noun = figures[k].unit.section(u'/', 0, 0);
    }
    if (noun.isEmpty())
        return rateUnit;
    const QString period = rateUnit.startsWith(u"per ") ? rateUnit.mid(4) : a.period;
    return period.isEmpty() ? noun : noun + u'/' + period;
}

struct LineContext
{
    qsizetype start = -1;
    qsizetype end = -1;
    QList<TextSpan> sentences;
};

// The unit of figure `f` (its numeral `number` read, its unit so far the
// numeral's own) from the words around it; returns where the unit ends.
// Earlier figures of the paragraph (from `paragraphStart`) are in `figures`.
qsizetype readUnit(QStringView text, const NumberParser &parser, const ParsedNumber &number, TextSpan sentence,
                   NounAntecedent &antecedents, qsizetype paragraphStart, const QList<Figure> &figures, Figure &f)
{
    qsizetype afterUnit = number.end;
    if (f.unit.isEmpty() || f.unit == u"fraction") {
        // What the numeral leaves to its context: a sign after it ("10¢",
        // "100₾"), a unit in brackets ("20 (kg)"), a fraction of a unit
        // ("one and a quarter of an hour").
        std::optional<UnitMatch> m = UnitDetector::measureAt(text, number.end, true);
        if (!m)
            m = bracketedUnit(text, number.end);
        if (!m)
            m = fractionOfUnit(text, number);
        if (!m && f.unit == u"fraction" && number.end + 1 < text.size() && text[number.end] == u'-')
            m = UnitDetector::measureAt(text, number.end + 1, false); // "a half-litre"
        if (m) {
            f.unit = m->unit;
            f.end = afterUnit = m->end;
            f.text = text.mid(f.start, f.end - f.start).toString();
        } else if (const auto named = unitNamedBefore(text, f.start, sentence.start)) {
            f.unit = *named;
        }
    }
    joinArticleWhole(text, sentence.start, f);
    if (isMoney(f.unit) && !number.low) {
        qsizetype scaleEnd = 0;
        if (const double scale = scaleAfter(text, f.end, &scaleEnd); scale > 0) {
            f.value *= scale;
            f.end = afterUnit = scaleEnd;
            f.text = text.mid(f.start, f.end - f.start).toString();
        }
    }
    if (f.unit.isEmpty() && (number.bareInteger || !number.inWords) && f.text.back().isDigit())
        f.unit = sharedMeasure(text, parser, number.end); // not "3m and 5cm": that 3m is millions
    if (f.unit.isEmpty() && isAge(text, f.start))
        f.unit = QStringLiteral("years"); // "aged between 55 and 74 thought": the words after are no noun
    if (f.unit.isEmpty())
        f.unit = UnitDetector::countedNoun(text, number.end, sentence.end, number.value == 1 && !number.low, &afterUnit);
    if (f.unit != u"%") {
        if (const auto rate = UnitDetector::rateAt(text, afterUnit, sentence.end)) {
            f.unit = f.unit.isEmpty() ? QString(u"per " + rate->unit) : QString(f.unit + u'/' + rate->unit);
            afterUnit = rate->end;
        }
    }
    if (number.unit.isEmpty() && (f.unit.isEmpty() || f.unit.startsWith(u"per ")))
        f.unit = elidedUnit(antecedents, sentence, f.start, paragraphStart, figures, f.unit);
    return afterUnit;
}

// A duration that dates the background of a statement rather than measuring
// what the speaker reports: time since a past event ("two weeks ago", "two
// years on, ...") or the age of a war ("825 days since the invasion", "the
// three-year conflict", "two years into a war"). `after` is where the
// figure's unit ends.
bool isBackgroundDuration(QStringView text, qsizetype after, qsizetype sentenceEnd)
{
    const auto endsClause = [](QChar c) {
        return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'(';
    };
    qsizetype pos = after;
    for (int words = 0; words < 5 && pos < sentenceEnd; ++words) {
        while (pos < sentenceEnd && !isLetter(text[pos]) && !endsClause(text[pos]))
            ++pos;
        if (pos >= sentenceEnd || endsClause(text[pos]))
            return false;
        const qsizetype end = wordEnd(text, pos);
        const QStringView w = text.mid(pos, end - pos);
        if (words == 0 && inList(w, {u"ago", u"into"}))
            return true;
        if (words == 0 && equalsLower(w, u"on")) {
            const qsizetype next = skipSpaces(text, end);
            return next >= sentenceEnd || endsClause(text[next]);
        }
        if (inList(w, {u"war", u"wars", u"invasion", u"conflict", u"occupation", u"siege"}))
            return true;
        pos = end;
    }
    return false;
}

// Who claims figure `f` of sentence k of its paragraph; empty when nobody.
// `background`: whether `f` is a background duration (isBackgroundDuration).
QString claimantOfFigure(ParagraphSources &speakers, qsizetype k, const Figure &f, const QString &voice, bool background)
{
    const QList<Source> here = speakers.found(k);
    // Sources are in text order; a sentence of a megabyte can name thousands.
    const auto after = std::ranges::partition_point(here, [&f](const Source &s) { return s.anchor < f.start; });
    const Source *chosen = after != here.cbegin() ? &*std::prev(after) : nullptr;
    if (!chosen && !here.isEmpty())
        chosen = &here.constFirst();
    // "We estimate", "Our own team distributed": the publisher speaks, not
    // whoever the sentence before quoted.
    if (const QString ours = speakers.ours(k); !ours.isEmpty() && !background
        && (!chosen || equalsLower(chosen->claimant, u"we") || chosen->claimant.startsWith(u"our ", Qt::CaseInsensitive)))
        return ours;
    // A duration measured by the speaker ("over the last 10 days", "the
    // 12-month rate", "aged 18-64 years") is the speaker's like any figure;
    // the background of a statement is nobody's claim, unless the sentence
    // itself reports it ("she said the agency warned two years ago"), which
    // only an adjective ("the three-year war") never is.
    if (chosen && !(background && f.text.contains(u'-')))
        return speakers.claimantOf(*chosen, k);
    if (!chosen && !background) {
        const QString incoming = speakers.incoming(k);
        return incoming.isEmpty() ? voice : incoming;
    }
    return {};
}

// How sure the extractor is that `f`, read from `number`, is a figure (0..1).
double confidenceOf(const ParsedNumber &number, const Figure &f)
{
    double confidence = number.inWords ? 0.8 : 0.9;
    if (number.vague)
        confidence = 0.4;
    else if (number.inWords && number.value == 1)
        confidence = 0.5;
    else if (f.unit.isEmpty() && number.bareInteger && number.value < 10)
        confidence = 0.6;
    if (!f.unit.isEmpty() && !number.vague)
        confidence = std::min(1.0, confidence + 0.05);
    return confidence;
}

// "1,000 kilometers (600 miles)": a conversion in parentheses restates the
// figure just before it. The index of that one in `figures`, or -1.
int restatedBy(QStringView text, const Figure &f, const QList<Figure> &figures)
{
    if (figures.isEmpty())
        return -1;
    qsizetype p = f.start;
    while (p > 0 && isSpace(text[p - 1]))
        --p;
    const Figure &prev = figures.constLast();
    if (p > 0 && text[p - 1] == u'(' && p - 1 >= prev.end && p - 1 - prev.end <= 30) {
        bool plain = true;
        for (qsizetype j = prev.end; j < p - 1; ++j)
            plain = plain && (isLetter(text[j]) || isSpace(text[j]));
        if (plain)
            return int(figures.size() - 1);
    }
    return -1;
}

// Figures and dates found in the compact reading of `input` hold the
// input's own offsets and text; an end maps as the last character it holds.
void placeInInput(QStringView input, const TextLayout &layout, Extraction &out)
{
    const auto place = [&](auto &found) {
        if (layout.compacts()) {
            const qsizetype start = layout.textOffset(found.start);
            found.end = int(found.end > found.start ? layout.textOffset(found.end - 1) + 1 : start);
            found.start = int(start);
        }
        found.text = input.mid(found.start, found.end - found.start).toString();
    };
    std::ranges::for_each(out.figures, place);
    std::ranges::for_each(out.dates, place);
}

} // namespace

FigureExtractor::FigureExtractor() = default;

Extraction FigureExtractor::extract(QStringView text, const ExtractionContext &context) const
{
    // Read hard-wrapped text with each soft line break one space and every
    // other line break LF; the figures' and dates' offsets and text are the
    // input's.
    const TextLayout layout(text);
    const QStringView reading = layout.compactReading();
    Extraction out = run(reading, 0, reading.size(), voiceOf(reading, context), context.published);
    if (!layout.readsTextAsIs())
        placeInInput(text, layout, out);
    return out;
}

Extraction FigureExtractor::extract(QStringView text, PartialDate published) const
{
    ExtractionContext context;
    context.published = published;
    return extract(text, context);
}

Extraction FigureExtractor::extractPart(QStringView document, qsizetype from, qsizetype to, const DocumentVoice &voice,
                                        PartialDate published) const
{
    return run(document, from, to, voice, published);
}

Extraction FigureExtractor::runEnglish(QStringView document, qsizetype from, qsizetype to, const DocumentVoice &voice,
                                       PartialDate published) const
{
    const QStringView text = document.sliced(from, to - from);
    const qsizetype offset = from;
    Extraction out;
    out.dates = DateResolver(published).find(text);
    const NumberParser parser;
    LineContext line;
    QString lineVoice; // who speaks in `line` where it names nobody

    // The index in line.sentences of the sentence that holds `pos`, or -1 when
    // its line (its paragraph) has none. ICU reads a line only when a figure
    // is in it, and only as far as that figure's sentence.
    SentenceCursor cursor;
    ParagraphSources speakers(document, from, to);
    const auto sentenceAt = [&](qsizetype pos) -> qsizetype {
        if (pos < line.start || pos >= line.end) {
            qsizetype s = pos;
            while (s > 0 && text[s - 1] != u'\n')
                --s;
            qsizetype e = text.indexOf(u'\n', pos);
            if (e < 0)
                e = text.size();
            line = LineContext();
            line.start = s;
            line.end = e;
            cursor.reset(text.mid(s, e - s));
            lineVoice = voice.at(offset + s);
            speakers.reset(&line.sentences, lineVoice, voice.ours(offset + s));
        }
        while (line.sentences.isEmpty() || line.sentences.constLast().end <= pos) {
            const std::optional<TextSpan> span = cursor.next();
            if (!span)
                break;
            line.sentences.append({span->start + line.start, span->end + line.start});
        }
        if (line.sentences.isEmpty())
            return -1;
        // The first sentence that ends after `pos`, else the last.
        return std::partition_point(line.sentences.cbegin(), line.sentences.cend() - 1,
                                    [&](const TextSpan &t) { return t.end <= pos; })
            - line.sentences.cbegin();
    };
    QList<TextSpan> sentences; // of each figure
    QList<QString> columns;    // the header over each figure that is a table's cell, to the last such figure
    NounAntecedent antecedents(text);
    // On the whole document: a row the reader extracts alone still has the
    // header and the source line above it.
    TextTables tables(document);
    const auto cellAt = [&](qsizetype start, qsizetype end) {
        return tables.cellAt({offset + line.start, offset + line.end}, offset + start, offset + end);
    };
    qsizetype dateIndex = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u < 128 ? !(isDigit(c) || isAsciiLetter(c) || u == u'$' || u == u'-' || u == u'+' || u == u'.')
                    : !(u == u'\u00bd' || u == u'\u00bc' || u == u'\u00be' || (u >= u'\u2150' && u <= u'\u215e') || u == u'\u20ac' || u == u'\u00a3' || u == u'\u20b4' || u == u'\u00a5' || u == u'\u20bd'
                        || u == u'\u20b9' || u == u'\u2212')) {
            ++i;
            continue;
        }
        if (isAsciiLetter(c) && i > 0 && isLetter(text[i - 1])) {
            i = wordEnd(text, i);
            continue;
        }
        if (!NumberParser::mayStart(text, i)) {
            i = isAsciiLetter(c) ? wordEnd(text, i) : i + 1;
            continue;
        }
        while (dateIndex < out.dates.size() && out.dates[dateIndex].end <= i)
            ++dateIndex;
        if (dateIndex < out.dates.size() && out.dates[dateIndex].start <= i) {
            i = out.dates[dateIndex].end;
            continue;
        }
        qsizetype chunkEnd = 0;
        if (isDigit(c) && insideAddress(text, i, &chunkEnd)) {
            i = chunkEnd;
            continue;
        }
        qsizetype skipTo = i + 1;
        std::optional<ParsedNumber> number = parser.parseAt(text, i, &skipTo);
        if (!number && isAsciiLetter(c))
            number = fractionOfMeasure(text, i);
        else if (!number)
            number = measureBehindMark(text, parser, i);
        if (!number) {
            i = std::max(skipTo, i + 1);
            continue;
        }
        if (dateIndex < out.dates.size() && out.dates[dateIndex].start < number->end) {
            i = out.dates[dateIndex].start; // a date inside the numeral's span: the date wins
            continue;
        }
        i = number->end;
        const qsizetype held = sentenceAt(number->start);
        const qsizetype k = std::max<qsizetype>(held, 0);
        const TextSpan sentence = held < 0 ? TextSpan{line.start, line.end} : line.sentences[k];
        if (!out.figures.isEmpty() && out.figures.constLast().start >= sentence.start) {
            Figure &prev = out.figures.last();
            if (const double part = minorPartOf(text, prev, *number); part > 0) {
                prev.value += part;
                prev.end = number->end;
                prev.text = text.mid(prev.start, prev.end - prev.start).toString();
                continue;
            }
        }
        if (isPronounOne(text, *number) || isLabel(text, *number) || isTimeOfDay(text, *number) || isDayOfMonth(text, *number)
            || isYear(text, *number, sentence.end) || isReferenceMark(text, *number, line.start)
            || isListNumber(text, *number, line.start) || isStreetNumber(text, *number) || isShortYear(text, *number)
            || isScaleStatement(text, *number)
            || (isNamedDesignation(text, *number, sentence.start, sentence.end)
                && !cellAt(number->start, number->end)))
            continue;

        Figure f;
        f.start = number->start;
        f.end = number->end;
        f.text = text.mid(f.start, f.end - f.start).toString();
        f.value = number->value;
        f.low = number->low;
        f.high = number->high;
        f.unit = number->unit;
        const qsizetype afterUnit = readUnit(text, parser, *number, sentence, antecedents, line.start, out.figures, f);
        f.qualifier = QualifierDetector::detect(text, f.start, f.end, afterUnit, sentence.start, sentence.end);

        if (held >= 0)
            f.claimant = claimantOfFigure(speakers, k, f, lineVoice,
                                          isTimeUnit(f.unit) && isBackgroundDuration(text, afterUnit, sentence.end));
        if (const std::optional<TableCell> cell = cellAt(f.start, f.end)) {
            if (number->unit.isEmpty() && f.end == number->end && !cell->unit.isEmpty())
                f.unit = cell->unit; // a bare number in a column counts what its header names
            else if (!f.unit.isEmpty() && !f.unit.contains(u'/') && !cell->per.isEmpty())
                f.unit += u'/' + cell->per; // "£1,320" under "Per pupil rate"
            scaleToHeader(cell->header, f);
            if (!cell->source.isEmpty())
                f.claimant = cell->source;
            columns.resize(out.figures.size() + 1);
            columns.last() = cell->header;
        }
        f.confidence = confidenceOf(*number, f);
        f.restates = restatedBy(text, f, out.figures);
        if (f.restates >= 0 && f.qualifier == Qualifier::None)
            f.qualifier = out.figures.constLast().qualifier; // "more than 1,000 km (600 miles)"
        out.figures.append(f);
        sentences.append(sentence);
    }
    unitsOfListHeadings(text, sentences, out.figures);
    unitsFromContext(text, out.figures);
    // A duration ("three-year", "825 days") measures time; it has no date of
    // its own unless it counts days from a date the text gives.
    const AsOfFinder asOf(text, out.dates, out.figures, sentences, published, columns);
    for (qsizetype k = 0; k < out.figures.size(); ++k)
        out.figures[k].asOf = isTimeUnit(out.figures[k].unit) ? asOf.findForDuration(k) : asOf.find(k);
    return out;
}

} // namespace Claimbench
