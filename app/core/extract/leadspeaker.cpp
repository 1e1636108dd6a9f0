#include "core/extract/leadspeaker.h"

#include "core/extract/attribution.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/textscan.h"

#include <algorithm>
#include <string_view>

namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

// The speaker a headline names for a statement: "...: UK statement to the
// OSCE", "EU statement on Ukraine", "Germany's statement at the UN". Generic
// words ("Joint", "Press") are not a speaker.
QString headlineSpeaker(QStringView t)
{
    qsizetype s = skipSpaces(t, 0);
    while (s < t.size() && (t[s] == u'\n' || t[s] == u'\r' || isSpace(t[s])))
        ++s;
    qsizetype e = t.indexOf(u'\n', s);
    if (e < 0)
        e = t.size();
    const QStringView headline = t.mid(s, std::min<qsizetype>(e - s, 400));
    const qsizetype at = indexOfLower(headline, u"statement"sv);
    if (at <= 0 || !isSpace(headline[at - 1]) || (at + 9 < headline.size() && isLetter(headline[at + 9])))
        return {};
    // The document is the statement only when the headline ends with its
    // label ("... to the OSCE"); "Kremlin statement angers Kyiv" reports on one.
    for (qsizetype k = at + 9; k < headline.size();) {
        const qsizetype we = wordEnd(headline, k);
        if (we == k) {
            ++k;
            continue;
        }
        const QStringView w = headline.mid(k, we - k);
        if (!w.front().isUpper() && !inList(w, {u"to"sv, u"at"sv, u"on"sv, u"before"sv, u"for"sv, u"of"sv, u"the"sv, u"in"sv, u"by"sv, u"and"sv}))
            return {};
        k = we;
    }
    const auto generic = [](QStringView w) {
        return inList(w, {u"joint"sv, u"press"sv, u"final"sv, u"official"sv, u"opening"sv, u"closing"sv, u"national"sv, u"written"sv,
                          u"full"sv, u"public"sv, u"new"sv, u"policy"sv, u"ministerial"sv, u"the"sv, u"a"sv, u"an"sv,
                          u"information"sv, u"situation"sv, u"status"sv, u"impact"sv, u"financial"sv,
                          u"environmental"sv, u"budget"sv, u"vision"sv, u"witness"sv, u"personal"sv});
    };
    qsizetype first = at;
    qsizetype last = -1; // end of the speaker's last word
    qsizetype p = at - 1;
    while (p > 0 && isSpace(headline[p]))
        --p;
    ++p;
    for (int words = 0; words < 5; ++words) {
        qsizetype end = p;
        if (end >= 2 && isApostrophe(headline[end - 2]) && headline[end - 1] == u's')
            end -= 2; // "Germany's statement"
        const qsizetype ws = wordStartBefore(headline, end);
        if (ws == end || !headline[ws].isUpper())
            break;
        if (last < 0 && generic(headline.mid(ws, end - ws))) {
            p = ws;
        } else {
            if (last < 0)
                last = end;
            first = ws;
            p = ws;
        }
        if (p == 0 || !isSpace(headline[p - 1]))
            break;
        --p;
    }
    if (last < 0)
        return {};
    while (first < last) {
        const qsizetype we = wordEnd(headline, first);
        if (!generic(headline.mid(first, we - first)))
            break;
        first = skipSpaces(headline, we);
    }
    return first < last ? headline.mid(first, last - first).toString() : QString();
}

} // namespace

// The voice of a statement: its standfirst names the speaker with a
// present-tense reporting verb ("UK military advisor, Nicholas Aucott, says
// ..."); failing that, its headline ("UK statement to the OSCE"). Other
// headline wording (no closing full stop) does not count.
QString leadSpeaker(QStringView t, const SentenceSplitter &splitter)
{
    // A standfirst stands under the headline, a dateline or a byline: a
    // present-tense source further down ("a letter seen by Sky News says")
    // speaks for its paragraph in a report, not for the whole text.
    constexpr int kStandfirstLines = 4;
    qsizetype i = 0;
    int lines = 0;
    int read = 0;
    while (i < t.size() && i < 3000 && lines < 6 && read < kStandfirstLines) {
        qsizetype e = t.indexOf(u'\n', i);
        if (e < 0)
            e = t.size();
        const QStringView line = t.mid(i, e - i).trimmed();
        read += !line.isEmpty();
        // Only a line that reads as a sentence and has a present-tense
        // reporting verb is worth segmenting: one pass over the words that end
        // in "s" before a space.
        const bool sentence = line.size() > 40 && (line.endsWith(u'.') || line.endsWith(u'\u201d') || line.endsWith(u'"'));
        bool reporting = false;
        for (qsizetype p = 1; sentence && !reporting && p + 1 < line.size(); ++p) {
            if (line[p] != u's' || line[p + 1] != u' ')
                continue;
            const qsizetype ws = wordStartBefore(line, p + 1);
            reporting = inList(line.mid(ws, p + 1 - ws),
                               {u"says"sv, u"sets"sv, u"warns"sv, u"argues"sv, u"explains"sv, u"highlights"sv, u"outlines"sv,
                                u"urges"sv, u"insists"sv, u"notes"sv, u"writes"sv, u"reports"sv, u"claims"sv, u"estimates"sv,
                                u"tells"sv, u"states"sv, u"announces"sv});
        }
        if (reporting) {
            ++lines;
            for (const TextSpan &s : splitter.split(t.mid(i, e - i))) {
                for (const Source &src : Attribution::find(t, {i + s.start, i + s.end}))
                    if (src.presentTense && !src.pronoun)
                        return src.claimant;
            }
        }
        i = e + 1;
    }
    return headlineSpeaker(t);
}

} // namespace Claimbench
