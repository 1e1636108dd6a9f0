#include "core/extract/asoffinder.h"

#include "core/extract/textlines.h"
#include "core/extract/textscan.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>
#include <utility>

namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

// Whether `date` begins after the end of `anchor`, compared at the coarser of
// their precisions ("2025" is not after "2025-06-13").
bool startsAfter(const PartialDate &date, const PartialDate &anchor)
{
    const DatePrecision p = std::min(date.precision(), anchor.precision());
    const QDate a = date.date();
    const QDate b = anchor.date();
    if (a.year() != b.year() || p == DatePrecision::Year)
        return a.year() > b.year();
    if (a.month() != b.month() || p == DatePrecision::Month)
        return a.month() > b.month();
    return a.day() > b.day();
}

// Whether `first` opens a period that `next` ends: "the period April to
// August 2017", "2019 through 2021", "May–June 2020".
bool opensRange(QStringView t, const DateMention &first, const DateMention &next)
{
    if (next.start - first.end > 10)
        return false;
    const QStringView link = t.mid(first.end, next.start - first.end).trimmed();
    return inList(link, {u"to"sv, u"through"sv, u"until"sv, u"till"sv}) || link == u"-" || link == u"--"
        || link == u"\u2013";
}

bool isBlank(QStringView line)
{
    return std::ranges::all_of(line, [](QChar c) { return c == u' ' || c == u'\t' || c == u'\r'; });
}

} // namespace

qsizetype AsOfFinder::lineStartOf(QStringView t, qsizetype pos, qsizetype floor)
{
    while (pos > floor && t[pos - 1] != u'\n')
        --pos;
    return pos;
}

qsizetype AsOfFinder::lineEndOf(QStringView t, qsizetype pos, qsizetype ceiling)
{
    while (pos < ceiling && t[pos] != u'\n')
        ++pos;
    return pos;
}

bool AsOfFinder::opensPeriod(QStringView wordBefore)
{
    return inList(wordBefore, {u"since"sv, u"from"sv, u"between"sv, u"after"sv, u"before"sv, u"until"sv, u"till"sv});
}

AsOfFinder::AsOfFinder(QStringView t, const QList<DateMention> &dates, const QList<Figure> &figures,
                       const QList<TextSpan> &sentences, PartialDate published, const QList<QString> &columns)
    : m_t(t), m_dates(dates), m_figures(figures), m_sentences(sentences), m_columns(columns), m_published(published)
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
    m_comparedFrom.resize(size_t(dates.size()), -1);
    qsizetype scanned = -1;
    for (const TextSpan &s : sentences) {
        if (s.start == scanned)
            continue;
        scanned = s.start;
        if (const qsizetype first = skipSpaces(t, s.start); first < s.end && reportOfTheDayAt(first))
            m_dayReports.push_back(first);
        for (qsizetype i = s.start; i < s.end; ++i) {
            // ASCII letters, most of a sentence, lie above every break and
            // are passed over here without a call.
            if (const char16_t c = t[i].unicode(); c > u';' && c < 128)
                continue;
            if (t[i] == u' ' && i + 2 < s.end && mayOpenReportOfTheDay(t[i + 1], t[i + 2]) && reportOfTheDayAt(i + 1))
                m_dayReports.push_back(i + 1);
            if (isClauseBreak(i))
                m_clauseBreaks.push_back(i);
        }
        // A date is only ever weighed for a figure of its own sentence.
        for (auto d = firstDateFrom(s.start); d != dates.cend() && d->end <= s.end; ++d) {
            const QStringView word = previousWord(t, d->start, s.start);
            // A year after "on" is the base of a comparison ("a decrease of
            // 3% on 2010-11"), not the figure's date.
            eligible[size_t(d - dates.cbegin())] =
                !opensPeriod(word)
                && !(equalsLower(word, u"on") && d->resolved.precision() == DatePrecision::Year)
                && !(std::next(d) != dates.cend() && opensRange(t, *d, *std::next(d)));
            m_comparedFrom[size_t(d - dates.cbegin())] = comparisonOpening(d->start, s.start);
        }
    }
    for (qsizetype d = 0, floor = 0; d < dates.size(); floor = dates[d].end, ++d) {
        if (dates[d].resolved.precision() != DatePrecision::Day)
            continue;
        const QStringView word = previousWord(t, dates[d].start, floor);
        const bool since = equalsLower(word, u"since");
        const bool began = equalsLower(word, u"on")
            && inList(previousWord(t, word.data() - t.data(), floor),
                      {u"began"sv, u"started"sv, u"start"sv, u"launched"sv, u"invaded"sv});
        if (since || began)
            m_startDates.push_back(d);
    }
    // "Start Date:  03/16/2023": the first date field of a record (its start,
    // where a record also has an end) dates it.
    for (qsizetype d = 0; d < dates.size(); ++d) {
        if (!m_records.empty() && dates[d].start < m_records.back().span.end)
            continue;
        qsizetype colon = dates[d].start;
        while (colon > 0 && (t[colon - 1] == u' ' || t[colon - 1] == u'\t'))
            --colon;
        if (colon == 0 || t[colon - 1] != u':' || !equalsLower(previousWord(t, colon - 1, 0), u"date"))
            continue;
        const qsizetype lineStart = lineStartOf(t, colon, std::max(qsizetype(0), colon - 48));
        if ((lineStart > 0 && t[lineStart - 1] != u'\n') || !opensWithLabel(lineStart))
            continue;
        // A record is read once: the next one starts after it.
        const qsizetype floor = m_records.empty() ? 0 : m_records.back().span.end;
        if (const TextSpan record = recordAround(dates[d].start, floor); record.end > record.start)
            m_records.push_back({record, d});
    }
    std::ranges::sort(m_clauseBreaks);
    std::ranges::sort(m_dayReports);
    m_lastEligible.resize(eligible.size());
    for (qsizetype i = 0, last = -1; i < qsizetype(eligible.size()); ++i)
        m_lastEligible[size_t(i)] = last = eligible[size_t(i)] ? i : last;
    m_nextEligible.resize(eligible.size());
    for (qsizetype i = qsizetype(eligible.size()) - 1, next = dates.size(); i >= 0; --i)
        m_nextEligible[size_t(i)] = next = eligible[size_t(i)] ? i : next;
}

PartialDate AsOfFinder::find(qsizetype index) const
{
    return find(index, true);
}

PartialDate AsOfFinder::find(qsizetype index, bool followBack) const
{
    const Figure &f = m_figures[index];
    const TextSpan sentence = m_sentences[index];
    // "on day 1,000 of the war", "Day 500."
    if (equalsLower(previousWord(m_t, f.start, sentence.start), u"day")
        && (f.end >= sentence.end || (!isLetter(m_t[f.end]) && m_t[f.end] != u' ')
            || equalsLower(m_t.mid(skipSpaces(m_t, f.end), 3), u"of "))) {
        if (const PartialDate day = dayCountEnd(f, sentence, 1); !day.isNull())
            return day;
    }
    // "rose from 9.4% to 12.8% during 1981--2006": the old value of a change
    // is of the period's start.
    if (equalsLower(previousWord(m_t, f.start, sentence.start), u"from")
        && startsWithLower(m_t, skipSpaces(m_t, f.end), u"to ")) {
        if (const DateMention *opening = periodOpening(sentence))
            return opening->resolved;
    }
    if (index < m_columns.size() && !m_columns[index].isEmpty())
        if (const std::optional<PartialDate> cell = dateOfCell(index))
            return *cell;
    const TextSpan clause = clauseAround(sentence, f.start, f.end);
    const QStringView wordBefore = previousWord(m_t, f.start, sentence.start);
    const bool oldValue = equalsLower(wordBefore, u"from")
        && inList(previousWord(m_t, wordBefore.data() - m_t.data(), sentence.start), {u"down"sv, u"up"sv});
    const Tense tense = m_published.isNull() ? Tense::Unknown : tenseOf(f, clause, sentence);
    bool clauseRead = false;
    for (const TextSpan scope : {clause, sentence}) {
        // "This is a decrease of 4% on 2010-11": a sentence that points back
        // at the one before it changes or restates that one's figure, and is
        // of its date.
        if (followBack && clauseRead && pointsBack(sentence))
            if (const qsizetype j = figureOfSentenceBefore(index); j >= 0)
                if (const PartialDate d = find(j, false); !d.isNull())
                    return d;
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
        // The base of a comparison is skipped for the figures outside it, a
        // few dates at most.
        qsizetype b = split > lo ? m_lastEligible[size_t(split - 1)] : -1;
        for (int skipped = 0; b >= lo && !comparable(b, f) && skipped < 4; ++skipped)
            b = b > lo ? m_lastEligible[size_t(b - 1)] : -1;
        // "On Monday the index stood at 4,100, down from 4,350": a date
        // before the old value of a change is the new value's.
        const DateMention *before = b >= lo && comparable(b, f) && !oldValue ? &m_dates[b] : nullptr;
        qsizetype a = split < hi ? m_nextEligible[size_t(split)] : hi;
        for (int skipped = 0; a < hi && !comparable(a, f) && skipped < 4; ++skipped)
            a = a + 1 < hi ? m_nextEligible[size_t(a + 1)] : hi;
        const DateMention *after = a < hi && comparable(a, f) ? &m_dates[a] : nullptr;
        const bool beforeFree = before && !blocked(before->end, f.start);
        const bool afterFree = after && !blocked(f.end, after->start);
        // In the clause a following date wins ("600 in 2022"); across the
        // sentence the date that opens it ("On 29th January, ... lost 1,670").
        const bool inClause = scope.start == clause.start && scope.end == clause.end;
        const DateMention *nearest = before && after
            ? (after->start - f.end < f.start - before->end ? after : before)
            : (before ? before : after);
        // A date with another figure between belongs to that one first; a
        // figure presented as current is of the time of writing instead.
        // "Last year 4 million came and this year ... expects 6 million": a
        // date past an "and" opens the next clause, after the free date
        // before the figure.
        const bool afterOwnClause = inClause && afterFree && !(beforeFree && andBetween(f.end, after->start));
        const DateMention *ranked[] = {afterOwnClause ? after : nullptr, beforeFree ? before : nullptr,
                                       afterFree ? after : nullptr, tense == Tense::Current ? nullptr : nearest};
        for (const DateMention *d : ranked)
            if (d && plausible(*d, clause, tense))
                return asOfFrom(inClause ? *d : refined(d - m_dates.constData(), lo, hi, f));
        // "As of Monday, 23 people have died and 40 are missing": the date
        // the sentence states its count at holds for all its current figures.
        if (!inClause && tense == Tense::Current) {
            for (qsizetype i = lo; i < std::min(hi, lo + 8); ++i) {
                const QStringView word = previousWord(m_t, m_dates[i].start, scope.start);
                if ((equalsLower(word, u"of") || equalsLower(word, u"at"))
                    && equalsLower(previousWord(m_t, word.data() - m_t.data(), scope.start), u"as")
                    && plausible(m_dates[i], clause, tense))
                    return asOfFrom(m_dates[i]);
            }
        }
        clauseRead = true;
    }
    if (const DateMention *d = recordDate(f.start); d && plausible(*d, clause, tense))
        return d->resolved;
    // "Overnight the enemy launched 112 drones": a report of the day it is
    // published, as is a count since a date.
    if (tense == Tense::Current
        || (tense != Tense::Future && !m_published.isNull() && (sinceOnly(sentence) || reportsTheDay(sentence))))
        return m_published;
    if (tense == Tense::Future)
        return PartialDate();
    if (const DateMention *d = paragraphDate(f, sentence); d && plausible(*d, clause, tense))
        return d->resolved;
    return PartialDate();
}

bool AsOfFinder::sinceOnly(TextSpan sentence) const
{
    // A few dates at most: the sentence's dates all open periods, or none
    // would have been left.
    const auto first = firstDateFrom(sentence.start);
    for (auto d = first; d != m_dates.cend() && d->end <= sentence.end && d - first < 4; ++d)
        if (equalsLower(previousWord(m_t, d->start, sentence.start), u"since"))
            return true;
    return false;
}

bool AsOfFinder::andBetween(qsizetype from, qsizetype to) const
{
    // Near dates only: a clause's own date stands within a few words.
    if (to - from > 200)
        return false;
    for (qsizetype i = from; i + 5 <= to; ++i)
        if (m_t[i] == u' ' && startsWithLower(m_t, i + 1, u"and "))
            return true;
    return false;
}

bool AsOfFinder::atThatTime(const Figure &f, TextSpan sentence) const
{
    // A few words after the figure: "... was 17.7 billion kilometers from
    // the sun at the time."
    for (qsizetype i = f.end, end = std::min(sentence.end, qsizetype(f.end) + 60); i + 11 <= end; ++i) {
        if (m_t[i] != u' ' || !startsWithLower(m_t, i + 1, u"at th"))
            continue;
        const qsizetype next = startsWithLower(m_t, i + 1, u"at the time") ? i + 12
            : startsWithLower(m_t, i + 1, u"at that time")                 ? i + 13
                                                                           : -1;
        if (next > 0 && (next >= m_t.size() || !isLetter(m_t[next])) && !startsWithLower(m_t, skipSpaces(m_t, next), u"of "))
            return true;
    }
    return false;
}

const DateMention *AsOfFinder::paragraphDate(const Figure &f, TextSpan sentence) const
{
    const auto d = firstDateFrom(sentence.start);
    if (d == m_dates.cbegin())
        return nullptr;
    const DateMention &last = *std::prev(d);
    // The day of an earlier event, not "today" or a year a paragraph of
    // statistics names once; any date "at the time" points back at.
    const bool earlierDay = last.resolved.precision() == DatePrecision::Day && !m_published.isNull()
        && startsAfter(m_published, last.resolved);
    if (sentence.start - last.end > 600 || opensPeriod(previousWord(m_t, last.start, 0))
        || !(earlierDay || atThatTime(f, sentence)))
        return nullptr;
    return m_t.mid(last.end, sentence.start - last.end).contains(u'\n') ? nullptr : &last;
}

const DateMention *AsOfFinder::recordDate(qsizetype pos) const
{
    const auto next = std::ranges::upper_bound(m_records, pos, {}, [](const DatedRecord &r) { return r.span.start; });
    if (next == m_records.begin() || pos >= std::prev(next)->span.end)
        return nullptr;
    return &m_dates[std::prev(next)->date];
}

const DateMention *AsOfFinder::periodOpening(TextSpan sentence) const
{
    // The first date of the sentence that opens a period another date of it
    // ends; a few dates at most are looked at.
    const qsizetype lo = firstDateFrom(sentence.start) - m_dates.cbegin();
    for (qsizetype i = lo; i + 1 < std::min(m_dates.size(), lo + 6) && m_dates[i + 1].end <= sentence.end; ++i)
        if (m_lastEligible[size_t(i)] != i && m_lastEligible[size_t(i + 1)] == i + 1)
            return &m_dates[i];
    return nullptr;
}

bool AsOfFinder::pointsBack(TextSpan sentence) const
{
    const qsizetype s = skipSpaces(m_t, sentence.start);
    const qsizetype e = std::min(wordEnd(m_t, s), sentence.end);
    if (!inList(m_t.mid(s, e - s), {u"this"sv, u"that"sv}))
        return false;
    const qsizetype s2 = skipSpaces(m_t, e);
    const qsizetype e2 = std::min(wordEnd(m_t, s2), sentence.end);
    return inList(m_t.mid(s2, e2 - s2), {u"is"sv, u"was"sv, u"represents"sv, u"represented"sv, u"means"sv,
                                         u"meant"sv, u"marks"sv, u"marked"sv, u"equates"sv});
}

qsizetype AsOfFinder::figureOfSentenceBefore(qsizetype index) const
{
    const qsizetype opening = m_sentences[index].start;
    qsizetype j = index - 1;
    while (j >= 0 && m_figures[j].start >= opening)
        --j;
    if (j < 0 || opening - m_sentences[j].end > 8)
        return -1;
    for (qsizetype i = m_sentences[j].end; i < opening; ++i)
        if (!isSpace(m_t[i]))
            return -1;
    return j;
}

bool AsOfFinder::opensWithLabel(qsizetype lineStart) const
{
    // "Path Length /statute/:", "Estimated Peak Wind:": a field's label.
    const auto label = TextLines::labelAt(m_t.mid(lineStart), TextLines::LabelKind::Field);
    return label && label->blankAfter;
}

TextSpan AsOfFinder::recordAround(qsizetype pos, qsizetype floor) const
{
    // Paragraphs end at blank lines; a record is read a dozen paragraphs and
    // a few thousand characters either way at most.
    constexpr int kParagraphs = 12;
    constexpr qsizetype kReach = 6000;
    floor = std::max(floor, pos - kReach);
    const qsizetype ceiling = std::min(m_t.size(), pos + kReach);
    const auto paragraphStart = [&](qsizetype line) {
        while (line > floor) {
            const qsizetype previous = lineStartOf(m_t, line - 1, floor);
            if (isBlank(m_t.mid(previous, line - 1 - previous)))
                break;
            line = previous;
        }
        return line;
    };
    TextSpan record{-1, -1};
    qsizetype first = paragraphStart(lineStartOf(m_t, pos, floor));
    for (int n = 0; n < kParagraphs && opensWithLabel(first); ++n) {
        record.start = first;
        qsizetype line = first;
        while (line > floor) {
            const qsizetype previous = lineStartOf(m_t, line - 1, floor);
            if (!isBlank(m_t.mid(previous, line - 1 - previous)))
                break;
            line = previous;
        }
        if (line <= floor || line == first)
            break;
        first = paragraphStart(lineStartOf(m_t, line - 1, floor));
    }
    if (record.start < 0)
        return {};
    // To the end of the date's paragraph, then over each next one that
    // opens with a label.
    const auto paragraphEnd = [&](qsizetype lineEnd) {
        while (lineEnd < ceiling) {
            const qsizetype nextEnd = lineEndOf(m_t, lineEnd + 1, ceiling);
            if (isBlank(m_t.mid(lineEnd + 1, nextEnd - lineEnd - 1)))
                break;
            lineEnd = nextEnd;
        }
        return lineEnd;
    };
    qsizetype end = paragraphEnd(lineEndOf(m_t, pos, ceiling));
    for (int n = 0; n < kParagraphs && end < ceiling; ++n) {
        qsizetype next = end + 1;
        while (next < ceiling && isBlank(m_t.mid(next, lineEndOf(m_t, next, ceiling) - next)))
            next = lineEndOf(m_t, next, ceiling) + 1;
        if (next >= ceiling || !opensWithLabel(next))
            break;
        end = paragraphEnd(lineEndOf(m_t, next, ceiling));
    }
    record.end = end;
    return record;
}

const DateMention &AsOfFinder::refined(qsizetype date, qsizetype lo, qsizetype hi, const Figure &f) const
{
    // "Yesterday, day five of the 2018 World Cup, Sweden won 1-0": of the
    // dates the sentence gives, one that narrows the chosen date is the
    // figure's, the nearest few considered.
    const DateMention &d = m_dates[date];
    if (d.resolved.precision() == DatePrecision::Day)
        return d;
    const QDate start = d.resolved.date();
    const QDate end = d.resolved.precision() == DatePrecision::Year ? start.addYears(1) : start.addMonths(1);
    const DateMention *best = &d;
    for (qsizetype i = std::max(lo, date - 4); i < std::min(hi, date + 5); ++i) {
        const DateMention &c = m_dates[i];
        if (m_lastEligible[size_t(i)] == i && comparable(i, f) && c.resolved.precision() > best->resolved.precision()
            && c.resolved.date() >= start && c.resolved.date() < end)
            best = &c;
    }
    return *best;
}

qsizetype AsOfFinder::comparisonOpening(qsizetype dateStart, qsizetype floor) const
{
    // "higher than April 2014", "than in 2013", "compared with 909,109 in
    // 2011", "higher than the peak of 185.5 in January 2008", "up from
    // 1.7% in May", "to 884,748 from 909,109 in 2011": back over a few
    // words of the date's clause.
    qsizetype pos = dateStart;
    for (int words = 0; words < 8 && pos > floor && dateStart - pos < 80; ++words) {
        while (pos > floor && !isLetter(m_t[pos - 1])) {
            const QChar c = m_t[pos - 1];
            const bool separator = c == u',' && pos >= 2 && isDigit(m_t[pos - 2]) && isDigit(m_t[pos]);
            if ((c == u',' && !separator) || c == u';' || c == u':' || c == u'\u2014' || c == u'(')
                return -1;
            --pos;
        }
        const qsizetype start = std::max(wordStartBefore(m_t, pos), floor);
        const QStringView w = m_t.mid(start, pos - start);
        // "than" right before a number is a hedge ("more than 500 in 2010"),
        // and "from" before a number opens its old value.
        const auto numberAfter = [&] {
            const auto next = std::ranges::lower_bound(m_figureStarts, start + w.size());
            return next != m_figureStarts.end() && *next <= skipSpaces(m_t, start + w.size());
        };
        if ((equalsLower(w, u"than") && (words < 2 || !numberAfter()))
            || (equalsLower(w, u"from") && words <= 2 && blocked(start + w.size(), dateStart))
            || inList(w, {u"compared"sv, u"versus"sv, u"vs"sv}))
            return start;
        // "compared with the same period last year"
        if (words == 0
            && !inList(w, {u"in"sv, u"on"sv, u"at"sv, u"with"sv, u"to"sv, u"during"sv, u"period"sv, u"quarter"sv,
                           u"month"sv, u"week"sv, u"time"sv}))
            return -1;
        pos = start;
    }
    return -1;
}

bool AsOfFinder::comparable(qsizetype date, const Figure &f) const
{
    const qsizetype opening = m_comparedFrom[size_t(date)];
    return opening < 0 || (opening <= f.start && f.end <= m_dates[date].start);
}

PartialDate AsOfFinder::findForDuration(qsizetype index) const
{
    const Figure &f = m_figures[index];
    if (f.unit != u"days")
        return {};
    // "825 days since ...", or "825 days" as its own figure before "days since".
    qsizetype pos = skipSpaces(m_t, f.end);
    if (startsWithLower(m_t, pos, u"days"))
        pos = skipSpaces(m_t, pos + 4);
    if (!equalsLower(m_t.mid(pos, wordEnd(m_t, pos) - pos), u"since"))
        return {};
    const TextSpan sentence = m_sentences[index];
    // "since Russia's full-scale invasion on 24 February 2022": a few words on.
    for (auto d = firstDateFrom(pos); d != m_dates.cend() && d->end <= sentence.end && d->start - pos < 80; ++d)
        if (d->resolved.precision() == DatePrecision::Day)
            return dayAfter(d->resolved, f.value, 0);
    return {};
}

PartialDate AsOfFinder::dayCountEnd(const Figure &f, TextSpan sentence, int firstDay) const
{
    // The count's start: the last one the text gave before the figure, else
    // one later in its sentence ("on day 1,000 since 24 February 2022").
    const auto next = std::ranges::lower_bound(m_startDates, f.start, {},
                                               [&](qsizetype d) { return m_dates[d].start; });
    if (next != m_startDates.begin())
        return dayAfter(m_dates[*std::prev(next)].resolved, f.value, firstDay);
    if (next != m_startDates.end() && m_dates[*next].end <= sentence.end)
        return dayAfter(m_dates[*next].resolved, f.value, firstDay);
    return {};
}

PartialDate AsOfFinder::dayAfter(const PartialDate &start, double count, int firstDay)
{
    // A count of days is a whole number of a human lifetime at most.
    if (count != std::floor(count) || count < firstDay || count > 50000)
        return {};
    return {start.date().addDays(qint64(count) - firstDay), DatePrecision::Day};
}

bool AsOfFinder::plausible(const DateMention &d, TextSpan clause, Tense tense) const
{
    if (m_published.isNull())
        return true;
    if (startsAfter(asOfFrom(d), m_published))
        return tense == Tense::Future || equalsLower(previousWord(m_t, d.start, 0), u"by")
            || startsWithLower(d.text, 0, u"next") || startsWithLower(d.text, 0, u"tomorrow");
    // A figure of the time of writing takes an old date only from its own
    // clause: "The bridge, built in 1932, carries 40,000 cars a day".
    if (tense == Tense::Current && d.resolved.date().year() < m_published.date().year() - 1)
        return d.start >= clause.start && d.end <= clause.end;
    return true;
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
