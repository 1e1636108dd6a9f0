#include "core/extract/asoffinder.h"

#include "core/extract/textscan.h"

#include <QVarLengthArray>

#include <algorithm>
#include <string_view>

// How a clause presents its figure (AsOfFinder::tenseOf), apart from the
// rest of the as-of finder: read from the few words around the figure.
namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

// The marker words of a clause's tense and mood, in general English.
AsOfFinder::Tense tenseOfWord(QStringView w)
{
    using Tense = AsOfFinder::Tense;
    static const WordList kCurrent{u"is"sv, u"are"sv, u"has"sv, u"have"sv, u"remains"sv, u"remain"sv, u"stands"sv,
                                   u"stand"sv, u"totals"sv, u"tops"sv, u"exceeds"sv, u"reaches"sv, u"amounts"sv};
    static const WordList kPast{u"was"sv, u"were"sv, u"had"sv, u"did"sv};
    static const WordList kFuture{u"will"sv, u"would"sv, u"shall"sv, u"could"sv, u"might"sv, u"should"sv,
                                  u"expected"sv, u"expects"sv, u"expect"sv, u"projected"sv, u"projects"sv,
                                  u"forecast"sv, u"forecasts"sv, u"predicted"sv, u"predicts"sv, u"plans"sv,
                                  u"planned"sv, u"aims"sv, u"targets"sv, u"scheduled"sv};
    if (kCurrent.contains(w))
        return Tense::Current;
    if (kPast.contains(w))
        return Tense::Past;
    if (kFuture.contains(w))
        return Tense::Future;
    const qsizetype n = w.size();
    if (n > 3 && isApostrophe(w[n - 3]) && (equalsLower(w.last(2), u"ll") || equalsLower(w.last(2), u"re")
                                            || equalsLower(w.last(2), u"ve"))) {
        // "could've", "would've": a conditional
        const QStringView stem = w.first(n - 3);
        const bool modal = tenseOfWord(stem) == Tense::Future || equalsLower(stem, u"must");
        return equalsLower(w.last(2), u"ll") || modal ? Tense::Future : Tense::Current;
    }
    return Tense::Unknown;
}

// "so far", "to date", "now": the figure is counted up to the time of writing.
bool isCurrentAdverb(QStringView previous, QStringView w)
{
    static const WordList kNow{u"now"sv, u"currently"sv, u"presently"sv};
    if (kNow.contains(w))
        return true;
    return (equalsLower(w, u"far") && (equalsLower(previous, u"so") || equalsLower(previous, u"thus")))
        || (equalsLower(w, u"date") && equalsLower(previous, u"to"))
        || (equalsLower(w, u"present") && equalsLower(previous, u"at"));
}

} // namespace

bool AsOfFinder::opensWithCurrentAdverb(TextSpan sentence) const
{
    // "Currently, the agency has 3,400 staff", "So far, ...": the adverb
    // before the comma holds for the whole sentence.
    const qsizetype s = skipSpaces(m_t, sentence.start);
    const qsizetype e = std::min(wordEnd(m_t, s), sentence.end);
    const QStringView first = m_t.mid(s, e - s);
    if (e < sentence.end && m_t[e] == u',')
        return isCurrentAdverb({}, first);
    const qsizetype s2 = skipSpaces(m_t, e);
    const qsizetype e2 = std::min(wordEnd(m_t, s2), sentence.end);
    return e2 > s2 && e2 < sentence.end && m_t[e2] == u',' && isCurrentAdverb(first, m_t.mid(s2, e2 - s2));
}

AsOfFinder::Tense AsOfFinder::tenseOf(const Figure &f, TextSpan clause, TextSpan sentence) const
{
    // The verb that governs a figure comes before it in its clause ("has
    // been in touch with more than 60") or within a few words after it ("23
    // people have died"); farther words belong to other verbs ("80 percent
    // of Canadians say that language is ..."), as do words before a
    // conjunction or inside parentheses. The character bounds keep a clause
    // of thousands of figures linear.
    // A figure after a determiner modifies a noun ("one of the five pillars",
    // "a 15 metre high statue"), one after "from" is the old value of a
    // change ("is down from 752,000"): neither is a count at the time of
    // writing.
    if (inList(previousWord(m_t, f.start, clause.start),
               {u"the"sv, u"a"sv, u"an"sv, u"its"sv, u"their"sv, u"his"sv, u"her"sv, u"our"sv, u"these"sv,
                u"those"sv, u"from"sv}))
        return Tense::Unknown;
    constexpr qsizetype kAfter = 8; // "6 Federal Search and Response teams have been deployed"
    QVarLengthArray<QStringView, 24> words;
    bool conditional = false;
    // A clause opened by "with" has its verb before it ("has been in touch
    // with more than 60 officials"), before "along" or "together" too ("has
    // sent $40 million, along with 20 more"): read a little farther back.
    const bool withClause = startsWithLower(m_t, clause.start, u"with ");
    qsizetype from = clause.start;
    if (withClause) {
        from = clauseAround(sentence, clause.start - 1, clause.start - 1).start;
        if (from - 2 > sentence.start
            && inList(m_t.mid(from, clause.start - 1 - from).trimmed(), {u"along"sv, u"together"sv}))
            from = clauseAround(sentence, from - 2, from - 2).start;
    }
    for (qsizetype i = std::max(from, qsizetype(f.start) - (withClause ? 140 : 60)); i < f.start;) {
        if (m_t[i] == u'(' || m_t[i] == u')') {
            words.clear();
            conditional = false;
        }
        if (!isLetter(m_t[i]) || (i > from && isLetter(m_t[i - 1]))) {
            ++i;
            continue;
        }
        const qsizetype e = std::min(wordEnd(m_t, i), qsizetype(f.start));
        const QStringView w = m_t.mid(i, e - i);
        static const WordList kClauseOpeners{u"that"sv, u"which"sv, u"who"sv, u"whom"sv, u"whose"sv,
                                             u"where"sv, u"when"sv, u"whether"sv, u"because"sv, u"although"sv,
                                             u"though"sv, u"while"sv, u"if"sv, u"unless"sv};
        if (kClauseOpeners.contains(w)) {
            words.clear();
            conditional = inList(w, {u"if"sv, u"unless"sv});
        } else {
            words.append(w);
        }
        i = e;
    }
    if (conditional)
        return Tense::Unknown;
    const qsizetype firstAfter = words.size();
    for (qsizetype i = f.end, hi = std::min(clause.end, qsizetype(f.end) + 60);
         i < hi && words.size() - firstAfter < kAfter;) {
        if (!isLetter(m_t[i])) {
            ++i;
            continue;
        }
        const qsizetype e = wordEnd(m_t, i);
        const QStringView w = m_t.mid(i, e - i);
        // What a survey or a speaker says of the figure has its own verb.
        static const WordList kOwnVerbs{u"that"sv, u"which"sv, u"who"sv, u"say"sv, u"says"sv, u"said"sv,
                                        u"think"sv, u"thinks"sv, u"thought"sv, u"believe"sv, u"believes"sv,
                                        u"report"sv, u"reported"sv, u"told"sv, u"agree"sv, u"agreed"sv};
        if (kOwnVerbs.contains(w))
            break;
        words.append(w);
        i = e;
    }
    const auto at = [&](qsizetype k) { return k >= 0 && k < words.size() ? words[k] : QStringView(); };
    // The verb of a word: "are recruiting" and "is rising" tell of an
    // activity, not a count at the time of writing; "would have been" is a
    // conditional.
    const auto verbAt = [&](qsizetype k) {
        const Tense t = tenseOfWord(words[k]);
        if (t != Tense::Current)
            return t;
        // "would have been", "may be"; "is to decrease": a plan
        if (tenseOfWord(at(k - 1)) == Tense::Future || equalsLower(at(k - 1), u"may")
            || equalsLower(at(k - 1), u"must") || (k + 1 < firstAfter && equalsLower(at(k + 1), u"to")))
            return Tense::Future;
        // A progressive before the figure tells of an activity or a plan
        // ("are recruiting 40 wardens"); after it, of a state ("44,000
        // workers are supporting").
        const QStringView next = at(k + 1);
        return k < firstAfter && next.size() > 4 && equalsLower(next.last(3), u"ing") && !equalsLower(next, u"being")
            ? Tense::Unknown
            : Tense::Current;
    };
    Tense verb = Tense::Unknown;
    bool currentAdverb = opensWithCurrentAdverb(sentence);
    for (qsizetype k = 0; k < words.size(); ++k)
        currentAdverb = currentAdverb || isCurrentAdverb(at(k - 1), words[k]);
    for (qsizetype k = firstAfter - 1; k >= 0 && verb == Tense::Unknown; --k)
        verb = verbAt(k);
    for (qsizetype k = firstAfter; k < words.size() && verb == Tense::Unknown; ++k)
        verb = verbAt(k);
    if (currentAdverb && verb != Tense::Future)
        return Tense::Current;
    // "20 million meals already in the region": what is already there is
    // there now, unless a verb says when.
    if (verb == Tense::Unknown && std::ranges::any_of(words, [](QStringView w) { return equalsLower(w, u"already"); }))
        return Tense::Current;
    return verb;
}

} // namespace Claimbench
