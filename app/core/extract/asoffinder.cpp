#include "core/extract/asoffinder.h"

#include "core/extract/textscan.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <utility>

namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

AsOfFinder::AsOfFinder(QStringView t, const QList<DateMention> &dates, const QList<Figure> &figures,
                       const QList<TextSpan> &sentences)
    : m_t(t), m_dates(dates), m_figures(figures), m_sentences(sentences)
{
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    spans.reserve(size_t(figures.size()));
    for (const Figure &g : figures)
        spans.emplace_back(g.start, g.end);
    std::ranges::sort(spans);
    m_figureStarts.resize(spans.size());
    m_minEndFrom.resize(spans.size() + 1, std::numeric_limits<qsizetype>::max());
    for (size_t i = spans.size(); i-- > 0;) {
        m_figureStarts[i] = spans[i].first;
        m_minEndFrom[i] = std::min(m_minEndFrom[i + 1], spans[i].second);
    }

    std::vector<bool> eligible(size_t(dates.size()), false);
    qsizetype scanned = -1;
    for (const TextSpan &s : sentences) {
        if (s.start == scanned)
            continue;
        scanned = s.start;
        for (qsizetype i = s.start; i < s.end; ++i)
            if (isClauseBreak(i))
                m_clauseBreaks.push_back(i);
        // A date is only ever weighed for a figure of its own sentence.
        for (auto d = firstDateFrom(s.start); d != dates.cend() && d->end <= s.end; ++d) {
            const QStringView word = previousWord(t, d->start, s.start);
            eligible[size_t(d - dates.cbegin())] =
                !inList(word, {u"since"sv, u"from"sv, u"after"sv, u"before"sv, u"until"sv, u"till"sv});
        }
    }
    std::ranges::sort(m_clauseBreaks);
    m_lastEligible.resize(eligible.size());
    for (qsizetype i = 0, last = -1; i < qsizetype(eligible.size()); ++i)
        m_lastEligible[size_t(i)] = last = eligible[size_t(i)] ? i : last;
    m_nextEligible.resize(eligible.size());
    for (qsizetype i = qsizetype(eligible.size()) - 1, next = dates.size(); i >= 0; --i)
        m_nextEligible[size_t(i)] = next = eligible[size_t(i)] ? i : next;
}

PartialDate AsOfFinder::find(qsizetype index) const
{
    const Figure &f = m_figures[index];
    const TextSpan sentence = m_sentences[index];
    const TextSpan clause = clauseAround(sentence, f.start, f.end);
    for (const TextSpan scope : {clause, sentence}) {
        const qsizetype lo = firstDateFrom(scope.start) - m_dates.cbegin();
        const qsizetype hi = std::partition_point(m_dates.cbegin() + lo, m_dates.cend(),
                                                  [&](const DateMention &d) { return d.end <= scope.end; })
            - m_dates.cbegin();
        const qsizetype split = std::partition_point(m_dates.cbegin() + lo, m_dates.cbegin() + hi,
                                                     [&](const DateMention &d) { return d.start < f.end; })
            - m_dates.cbegin();
        // Of the dates before the figure the last one is the nearest, and
        // if a figure stands between it and this one, one stands between
        // every earlier date too; likewise the first date after it.
        const qsizetype b = split > lo ? m_lastEligible[size_t(split - 1)] : -1;
        const DateMention *before = b >= lo ? &m_dates[b] : nullptr;
        const qsizetype a = split < hi ? m_nextEligible[size_t(split)] : hi;
        const DateMention *after = a < hi ? &m_dates[a] : nullptr;
        const bool beforeFree = before && !blocked(before->end, f.start);
        const bool afterFree = after && !blocked(f.end, after->start);
        // In the clause a following date wins ("600 in 2022"); across the
        // sentence the date that opens it ("On 29th January, ... lost 1,670").
        const bool inClause = scope.start == clause.start && scope.end == clause.end;
        if (inClause && afterFree)
            return after->resolved;
        if (beforeFree)
            return before->resolved;
        if (afterFree)
            return after->resolved;
        if (before && after)
            return after->start - f.end < f.start - before->end ? after->resolved : before->resolved;
        if (before || after)
            return before ? before->resolved : after->resolved;
    }
    return {};
}

bool AsOfFinder::isClauseBreak(qsizetype i) const
{
    const QChar ch = m_t[i];
    // Every character of a figure's sentence is asked: letters, most of
    // it, lie above every ASCII break (',', ':', ';') and space.
    if (ch.unicode() > u';' && ch.unicode() < 128)
        return false;
    if (ch == u',' || ch == u';' || ch == u':' || ch == u'\u2014')
        return true;
    // Of the spaces, only those before a w or a b can open a clause.
    if (i + 1 >= m_t.size())
        return false;
    const char16_t next = m_t[i + 1].unicode() | 0x20;
    if ((next != u'w' && next != u'b') || !isSpace(ch))
        return false;
    if (next == u'w')
        return startsWithLower(m_t, i + 1, u"with ") || startsWithLower(m_t, i + 1, u"while ")
            || startsWithLower(m_t, i + 1, u"whereas ");
    return next == u'b' && startsWithLower(m_t, i + 1, u"but ");
}

TextSpan AsOfFinder::clauseAround(TextSpan sentence, qsizetype start, qsizetype end) const
{
    TextSpan c = sentence;
    const auto next = std::ranges::lower_bound(m_clauseBreaks, start);
    if (next != m_clauseBreaks.begin() && *std::prev(next) > sentence.start)
        c.start = *std::prev(next) + 1;
    const auto following = std::ranges::lower_bound(m_clauseBreaks, end);
    if (following != m_clauseBreaks.end() && *following < sentence.end)
        c.end = *following;
    return c;
}

bool AsOfFinder::blocked(qsizetype from, qsizetype to) const
{
    const auto i = std::ranges::lower_bound(m_figureStarts, from) - m_figureStarts.begin();
    return m_minEndFrom[size_t(i)] <= to;
}

QList<DateMention>::const_iterator AsOfFinder::firstDateFrom(qsizetype pos) const
{
    return std::lower_bound(m_dates.cbegin(), m_dates.cend(), pos,
                            [](const DateMention &d, qsizetype s) { return d.start < s; });
}

} // namespace Claimbench
