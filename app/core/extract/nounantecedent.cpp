#include "core/extract/nounantecedent.h"

#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

#include <algorithm>
#include <string_view>

namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

struct WordSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// How far back a measure phrase may stand: "the average daily number of
// Russian casualties (killed and wounded) in Ukraine increased from over 600
// in 2022 to over 900" puts 17 words between "number" and "900".
constexpr int kMaxWordsBack = 32;

// Nouns whose value a figure states: "casualty figures are 300,000", "the
// number of refugees reached 6 million", "the death toll rose to 150".
bool isMeasureNoun(QStringView w)
{
    return inList(w, {u"number"sv, u"numbers"sv, u"figure"sv, u"figures"sv, u"toll"sv, u"tolls"sv, u"count"sv,
                      u"tally"sv, u"total"sv, u"rate"sv, u"complement"sv});
}

// Words after the subject of a release's sentence: "employment rose by",
// "the index stood at".
constexpr int kMaxWordsToSubject = 4;

// The subjects whose changes and levels statistics releases state without a
// noun after the number, and what the number then counts.
QString releaseMeasure(QStringView w)
{
    if (inList(w, {u"employment"sv, u"payrolls"sv, u"payroll"sv}))
        return QStringLiteral("jobs");
    if (equalsLower(w, u"index"))
        return QStringLiteral("index");
    return {};
}

// Verbs that state a measure of their subject: "casualties for January
// averaging over 1,500 per day", "refugees, now numbering 6 million".
bool isMeasureVerb(QStringView w)
{
    return inList(w, {u"averaging"sv, u"averaged"sv, u"averages"sv, u"totalling"sv, u"totaling"sv, u"totalled"sv,
                      u"totaled"sv, u"totals"sv, u"numbering"sv, u"numbered"sv});
}

// A noun used as the modifier of a measure noun ("casualty figures", "death
// toll") in the plural that names what is counted. Only nouns of countable
// events and people: "exchange rate" or "unemployment rate" count nothing.
QString countedModifier(QStringView w)
{
    static constexpr struct { std::u16string_view singular; std::u16string_view plural; } kNouns[] = {
        {u"casualty", u"casualties"}, {u"death", u"deaths"}, {u"injury", u"injuries"},
        {u"fatality", u"fatalities"}, {u"refugee", u"refugees"}, {u"infection", u"infections"},
        {u"case", u"cases"}, {u"arrest", u"arrests"}, {u"victim", u"victims"}, {u"loss", u"losses"},
        {u"job", u"jobs"}, {u"visitor", u"visitors"}, {u"passenger", u"passengers"},
    };
    for (const auto &n : kNouns)
        if (equalsLower(w, QStringView(n.singular.data(), qsizetype(n.singular.size())))
            || equalsLower(w, QStringView(n.plural.data(), qsizetype(n.plural.size()))))
            return QString::fromUtf16(n.plural.data(), qsizetype(n.plural.size()));
    return {};
}

QString periodOf(QStringView w)
{
    if (equalsLower(w, u"daily"))
        return QStringLiteral("day");
    if (equalsLower(w, u"weekly"))
        return QStringLiteral("week");
    if (equalsLower(w, u"monthly"))
        return QStringLiteral("month");
    if (equalsLower(w, u"annual") || equalsLower(w, u"yearly"))
        return QStringLiteral("year");
    return {};
}


// "That is around 30,000 per month", "This was 2,000": the sentence restates
// the figure before it.
// `s` is the position of the sentence's first letter, or `figureStart` when
// none stands before the figure.
bool opensWithAnaphor(QStringView t, qsizetype s, qsizetype figureStart)
{
    const qsizetype e = wordEnd(t, s);
    if (!(equalsLower(t.mid(s, e - s), u"that") || equalsLower(t.mid(s, e - s), u"this")) || e >= figureStart)
        return false;
    if (isApostrophe(t[e]) && e + 1 < figureStart && t[e + 1] == u's')
        return true; // "That's"
    const qsizetype v = skipSpaces(t, e);
    const QStringView verb = t.mid(v, wordEnd(t, v) - v);
    // Only the figure that the sentence restates, its first: not "197.5" in
    // "This is 0.8% higher than in April, when the index reached 197.5".
    for (qsizetype i = v; i < figureStart; ++i)
        if (isDigit(t[i]))
            return false;
    return inList(verb, {u"is"sv, u"was"sv, u"means"sv, u"meant"sv, u"equals"sv, u"amounts"sv, u"comes"sv});
}

// "Deaths: 23", "Shahed drones: 45", "Russian losses - 1,200": a plural noun
// that labels the figure after a colon or a spaced dash, as in lists and
// briefing notes; "Injured: 45" counts people. Empty when none does.
QString labelBefore(QStringView t, qsizetype sentenceStart, qsizetype figureStart)
{
    qsizetype i = figureStart;
    while (i > sentenceStart && isSpace(t[i - 1]))
        --i;
    if (i == sentenceStart || !(t[i - 1] == u':' || (isDash(t[i - 1]) && i < figureStart)))
        return {};
    qsizetype e = i - 1;
    while (e > sentenceStart && isSpace(t[e - 1]))
        --e;
    if (isDash(t[i - 1]) && e == i - 1)
        return {}; // "drones-45": a designation, not a label
    const qsizetype s = std::max(sentenceStart, wordStartBefore(t, e));
    const QString label = t.mid(s, e - s).toString().toLower();
    if (isCasualtyWord(label))
        return QStringLiteral("people"); // "Injured: 45", as "45 injured"
    if (inList(label, {u"lat"sv, u"lon"sv, u"long"sv, u"latitude"sv, u"longitude"sv}))
        return QStringLiteral("degrees"); // "Lat/Lon: 32.33 / -94.22"
    return isPluralNoun(label) && !isMeasureNoun(label) ? label : QString();
}

} // namespace

QString membersOfGroup(QStringView word)
{
    if (inList(word, {u"crew"sv, u"team"sv, u"family"sv, u"household"sv, u"squad"sv, u"panel"sv, u"delegation"sv,
                      u"committee"sv, u"jury"sv, u"band"sv, u"gang"sv, u"staff"sv}))
        return word.toString().toLower() + u" members";
    if (equalsLower(word, u"population"))
        return QStringLiteral("people");
    return {};
}

bool isCasualtyWord(QStringView w)
{
    return inList(w, {u"killed"sv, u"dead"sv, u"died"sv, u"perished"sv, u"injured"sv, u"wounded"sv, u"hurt"sv,
                      u"missing"sv, u"displaced"sv, u"evacuated"sv, u"rescued"sv, u"trapped"sv, u"drowned"sv,
                      u"homeless"sv, u"stranded"sv, u"affected"sv});
}

bool isPluralNoun(QStringView w)
{
    if (inList(w, {u"people"sv, u"personnel"sv, u"children"sv, u"men"sv, u"women"sv, u"police"sv, u"staff"sv}))
        return true;
    return w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is")
        && !inList(w, {u"does"sv, u"goes"sv, u"was"sv, u"has"sv, u"its"sv, u"thus"sv, u"news"sv, u"plus"sv, u"whereas"sv,
                       u"always"sv, u"perhaps"sv, u"towards"sv, u"afterwards"sv, u"sometimes"sv});
}

NounAntecedent::NounAntecedent(QStringView text)
    : m_text(text)
{
}

void NounAntecedent::indexLetters(qsizetype sentenceStart, qsizetype end)
{
    if (sentenceStart != m_sentenceStart) {
        m_sentenceStart = m_indexedTo = sentenceStart;
        m_runStarts.clear();
        m_runEnds.clear();
    }
    for (qsizetype i = m_indexedTo; i < end; ++i) {
        ++lookBackSteps;
        if (!isLetter(m_text[i]))
            continue;
        if (!m_runEnds.empty() && m_runEnds.back() == i) {
            ++m_runEnds.back();
        } else {
            m_runStarts.push_back(i);
            m_runEnds.push_back(i + 1);
        }
    }
    m_indexedTo = std::max(m_indexedTo, end);
}

qsizetype NounAntecedent::letterEndBefore(qsizetype i) const
{
    const auto run = std::ranges::lower_bound(m_runStarts, i) - m_runStarts.begin();
    return run > 0 ? std::min(m_runEnds[size_t(run - 1)], i) : m_sentenceStart;
}

Antecedent NounAntecedent::find(qsizetype sentenceStart, qsizetype figureStart)
{
    indexLetters(sentenceStart, figureStart);
    const QStringView text = m_text;
    WordSpan words[kMaxWordsBack];
    int count = 0;
    for (qsizetype i = figureStart; i > sentenceStart && count < kMaxWordsBack;) {
        ++lookBackSteps;
        if (!isLetter(text[i - 1])) {
            i = letterEndBefore(i);
            continue;
        }
        const qsizetype s = std::max(sentenceStart, wordStartBefore(text, i));
        words[count++] = {s, i};
        i = s;
    }
    const auto word = [&](int k) { return text.mid(words[k].start, words[k].end - words[k].start); };

    Antecedent a;
    a.noun = labelBefore(text, sentenceStart, figureStart);
    if (!a.noun.isEmpty())
        return a;
    // "4,316,211 births were reported, of which 546,602 were preterm".
    if (count >= 2 && inList(word(0), {u"which"sv, u"whom"sv}) && equalsLower(word(1), u"of")) {
        a.anaphoric = true;
        return a;
    }
    for (int k = 0; k < count; ++k) {
        const QStringView w = word(k);
        // "Total nonfarm payroll employment rose by 243,000", "the index
        // reached 197.5": what a statistics release measures, named as the
        // subject close before the figure (not "the employment rate").
        if (k <= kMaxWordsToSubject && !(k > 0 && isMeasureNoun(word(k - 1)))) {
            if (const QString noun = releaseMeasure(w); !noun.isEmpty()) {
                a.noun = noun;
                return a;
            }
        }
        if (isMeasureNoun(w)) {
            // words[k + 1] is the word before the measure noun.
            if (k + 1 < count && inList(word(k + 1), {u"that"sv, u"this"sv, u"same"sv})) {
                a.anaphoric = true;
                return a;
            }
            for (int m = k + 1; m < count && m <= k + 3 && a.period.isEmpty(); ++m)
                a.period = periodOf(word(m));
            // "number of Russian casualties": the noun after "of".
            if (k > 0 && equalsLower(word(k - 1), u"of")) {
                const QString noun = UnitDetector::countedNoun(text, words[k - 1].end, figureStart);
                if (isPluralNoun(noun)) {
                    a.noun = noun;
                    return a;
                }
                if (const QString members = membersOfGroup(noun); !members.isEmpty()) {
                    a.noun = members; // "the number of crew aboard"
                    return a;
                }
            }
            // "casualty figures", "daily casualty rate", "death toll", "the
            // crew complement".
            if (k + 1 < count) {
                QString noun = countedModifier(word(k + 1));
                if (noun.isEmpty() && equalsLower(w, u"complement"))
                    noun = membersOfGroup(word(k + 1)); // not "the team total", a score
                if (!noun.isEmpty()) {
                    a.noun = noun;
                    return a;
                }
            }
            // "the toll rose to 150": a toll without a noun counts the dead.
            if (inList(w, {u"toll"sv, u"tolls"sv})) {
                a.noun = QStringLiteral("deaths");
                return a;
            }
            // "launched drones at a rate of 3,000 per week": what comes at that rate.
            if (k + 3 < count && equalsLower(w, u"rate") && equalsLower(word(k + 1), u"a")
                && equalsLower(word(k + 2), u"at")) {
                const QString noun = word(k + 3).toString().toLower();
                if (word(k + 3).front().isLower() && isPluralNoun(noun)) {
                    a.noun = noun;
                    return a;
                }
            }
            a.period.clear();
        } else if (isMeasureVerb(w)) {
            // Its subject: the nearest plural common noun before it
            // ("casualties for January averaging").
            for (int m = k + 1; m < count && m <= k + 6; ++m) {
                const QStringView subject = word(m);
                if (subject.front().isLower() && isPluralNoun(subject)) {
                    a.noun = subject.toString().toLower();
                    return a;
                }
            }
        }
    }
    a.anaphoric = opensWithAnaphor(
        text, m_runStarts.empty() ? figureStart : std::min(m_runStarts.front(), figureStart), figureStart);
    return a;
}

} // namespace Claimbench
