#include "core/extract/figureunits.h"

#include "core/extract/textscan.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>

// The units of match scores and vote tallies (FigureUnits::unitsOfScores).
namespace Claimbench::FigureUnits {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

// Between the two sides of a match score or vote tally: "1 – 0", "2-1".
bool isScoreGap(QStringView gap)
{
    const QStringView dash = gap.size() == 3 && gap.front() == u' ' && gap.back() == u' ' ? gap.mid(1, 1) : gap;
    return dash.size() == 1 && isDash(dash.front());
}

// One side of a score: a whole count in digits ("0", "3", "102").
bool isScoreSide(QStringView digits)
{
    return !digits.isEmpty() && digits.size() <= 3
        && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return isDigit(c); });
}

// The figures at [k, k+1] that a dash joins ("1 – 0"), or figure k alone
// when it was read as a range ("1 – 2"): its span, or nothing when they are
// no two sides of a score.
std::optional<TextSpan> scoreSpan(QStringView t, const QList<Figure> &figures, qsizetype k)
{
    const Figure &f = figures[k];
    if (f.low) {
        const QStringView text = f.text;
        qsizetype left = 0;
        while (left < text.size() && isDigit(text[left]))
            ++left;
        qsizetype right = text.size();
        while (right > left && isDigit(text[right - 1]))
            --right;
        if (isScoreSide(text.left(left)) && isScoreSide(text.mid(right)) && isScoreGap(text.mid(left, right - left)))
            return TextSpan{f.start, f.end};
        return std::nullopt;
    }
    if (k + 1 >= figures.size())
        return std::nullopt;
    const Figure &next = figures[k + 1];
    if (next.low || !isScoreSide(f.text) || !isScoreSide(next.text) || !isScoreGap(t.mid(f.end, next.start - f.end)))
        return std::nullopt;
    return TextSpan{f.start, next.end};
}

enum class Tally { None, Score, Votes };

// What says that two numbers joined by a dash are a result rather than a
// range: a verb of the contest before them in their clause ("Sweden defeated
// South Korea 1 – 0", "the half ended 0 – 0", "the Senate voted 52-48"), a
// word of the result after them ("a 2-1 win", "putting Sweden 1 – 0 up", "1 –
// 1 on the scoreboard"), or a side named on each side ("Tunisia 1 – 2
// England").
Tally tallyAt(QStringView t, TextSpan span)
{
    qsizetype i = span.start;
    for (int words = 0; words < 5; ++words) {
        const QStringView w = previousWord(t, i, std::max<qsizetype>(0, i - 24));
        if (w.isEmpty())
            break;
        if (inList(w, {u"voted"sv, u"vote"sv, u"votes"sv}))
            return Tally::Votes;
        if (inList(w, {u"beat"sv, u"beats"sv, u"beating"sv, u"defeated"sv, u"defeats"sv, u"defeating"sv, u"won"sv,
                       u"wins"sv, u"winning"sv, u"lost"sv, u"loses"sv, u"losing"sv, u"drew"sv, u"draws"sv,
                       u"ended"sv, u"ends"sv, u"finished"sv, u"trailed"sv, u"trailing"sv, u"led"sv, u"leading"sv,
                       u"thrashed"sv, u"edged"sv, u"routed"sv}))
            return Tally::Score;
        i = w.data() - t.data();
    }
    const qsizetype after = skipSpaces(t, span.end);
    const QStringView next = t.mid(after, wordEnd(t, after) - after);
    if (inList(next, {u"vote"sv, u"votes"sv}))
        return Tally::Votes;
    if (inList(next, {u"win"sv, u"victory"sv, u"defeat"sv, u"loss"sv, u"draw"sv, u"lead"sv, u"up"sv,
                      u"scoreline"sv}) || startsWithLower(t, after, u"on the scoreboard"))
        return Tally::Score;
    const QStringView before = previousWord(t, span.start, std::max<qsizetype>(0, span.start - 24));
    const bool sideBefore = !before.isEmpty() && before.front().isUpper() && span.start - (before.data() - t.data()) == before.size() + 1;
    return sideBefore && after == span.end + 1 && !next.isEmpty() && next.front().isUpper() ? Tally::Score : Tally::None;
}

// What the scores of a text count, by the sport it names: runs in cricket
// and baseball, points in basketball, rugby and American football, games in
// tennis, goals in football (soccer) and hockey. Empty when it names none:
// "goal" alone is any aim.
QString scoringUnit(QStringView t)
{
    struct Sport
    {
        QStringView word;
        QStringView unit;
    };
    static constexpr Sport kSports[] = {
        {u"cricket", u"runs"}, {u"baseball", u"runs"}, {u"innings", u"runs"}, {u"wickets", u"runs"},
        {u"basketball", u"points"}, {u"rugby", u"points"}, {u"NBA", u"points"}, {u"NFL", u"points"},
        {u"touchdown", u"points"}, {u"quarterback", u"points"}, {u"volleyball", u"points"}, {u"netball", u"points"},
        {u"MLB", u"runs"}, {u"tennis", u"games"}, {u"football", u"goals"}, {u"soccer", u"goals"},
        {u"FIFA", u"goals"}, {u"UEFA", u"goals"}, {u"hockey", u"goals"}, {u"NHL", u"goals"}, {u"handball", u"goals"},
        {u"goalkeeper", u"goals"},
    };
    // One pass over the words; the earliest sport of the list wins (an NFL
    // report's "football" scores points).
    std::size_t best = std::size(kSports);
    for (qsizetype i = 0; i < t.size() && best > 0;) {
        if (!isAsciiLetter(t[i])) {
            ++i;
            continue;
        }
        const qsizetype e = wordEnd(t, i);
        const QStringView w = t.mid(i, e - i);
        for (std::size_t k = 0; k < best && w.size() >= 3 && w.size() <= 11; ++k) {
            const QStringView sport = kSports[k].word;
            if (sport.front().isUpper() ? w == sport : equalsLower(w, sport)) {
                best = k;
                break;
            }
        }
        i = e;
    }
    if (best < std::size(kSports))
        return kSports[best].unit.toString();
    return {};
}

} // namespace

// "Sweden defeated South Korea 1 – 0": each side of a score counts what the
// sport scores, a vote tally ("voted 52-48") votes. A team's name after the
// score ("1 – 0 Korea Republic") is no counted noun.
void unitsOfScores(QStringView t, QList<Figure> &figures)
{
    std::optional<QString> sportUnit; // looked up at the first score only
    for (qsizetype k = 0; k < figures.size(); ++k) {
        const std::optional<TextSpan> span = scoreSpan(t, figures, k);
        if (!span)
            continue;
        const Tally tally = tallyAt(t, *span);
        if (tally == Tally::None)
            continue;
        if (tally == Tally::Score && !sportUnit)
            sportUnit = scoringUnit(t);
        const QString unit = tally == Tally::Votes ? QStringLiteral("votes") : *sportUnit;
        const qsizetype last = figures[k].end == span->end ? k : k + 1;
        for (qsizetype side = k; side <= last; ++side) {
            Figure &f = figures[side];
            const qsizetype after = skipSpaces(t, f.end);
            if (f.unit.isEmpty() || (after < t.size() && t[after].isUpper()))
                f.unit = unit;
        }
        k = last;
    }
}

} // namespace Claimbench::FigureUnits
