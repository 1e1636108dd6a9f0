#include "core/extract/asoffinder.h"

#include "core/extract/textscan.h"

#include <algorithm>
#include <string_view>

// Phrases that date a figure without naming a calendar date: a report of the
// day of writing ("overnight", "as of 0900 GMT") and a comparison with "the
// same period last year".
namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

// Whether a time of day opens at `pos` ("0900 GMT", "9 a.m.", "9am",
// "10:30", "noon"): what follows "as of" when a report gives no date.
bool timeOfDayAt(QStringView t, qsizetype pos)
{
    if (startsWithLower(t, pos, u"noon") || startsWithLower(t, pos, u"midnight"))
        return true;
    qsizetype e = pos;
    while (e < t.size() && e - pos < 4 && isDigit(t[e]))
        ++e;
    if (e == pos)
        return false;
    // "10:30", "9.30 am"
    if (e + 2 < t.size() && (t[e] == u':' || t[e] == u'.') && isDigit(t[e + 1]) && isDigit(t[e + 2])) {
        if (t[e] == u':')
            return true;
        e += 3;
    }
    const qsizetype s = skipSpaces(t, e);
    qsizetype w = s;
    while (w < t.size() && (isLetter(t[w]) || t[w] == u'.'))
        ++w;
    QString zone = t.mid(s, w - s).toString().toLower();
    zone.remove(u'.');
    return inList(zone, {u"am"sv, u"pm"sv, u"gmt"sv, u"utc"sv, u"local"sv, u"hours"sv, u"hrs"sv, u"h"sv, u"bst"sv,
                         u"cet"sv, u"cest"sv, u"eet"sv, u"est"sv, u"edt"sv, u"cst"sv, u"cdt"sv, u"pst"sv, u"pdt"sv,
                         u"msk"sv, u"ist"sv, u"jst"sv, u"kst"sv});
}

} // namespace

bool AsOfFinder::reportOfTheDayAt(qsizetype pos) const
{
    if (pos + 1 >= m_t.size() || !mayOpenReportOfTheDay(m_t[pos], m_t[pos + 1]))
        return false;
    const auto phrase = [&](QStringView p) {
        return startsWithLower(m_t, pos, p) && (pos + p.size() >= m_t.size() || !isLetter(m_t[pos + p.size()]));
    };
    switch (m_t[pos].unicode() | 0x20) {
    case u'o':
        return phrase(u"overnight");
    case u'l':
        return phrase(u"last night") || phrase(u"last 24 hours");
    case u'p':
        return phrase(u"past 24 hours");
    case u't':
        return startsWithLower(m_t, pos, u"this ")
            && (phrase(u"this morning") || phrase(u"this afternoon") || phrase(u"this evening"));
    default:
        return startsWithLower(m_t, pos, u"as of ") && timeOfDayAt(m_t, skipSpaces(m_t, pos + 6));
    }
}

bool AsOfFinder::reportsTheDay(TextSpan sentence) const
{
    const auto at = std::ranges::lower_bound(m_dayReports, sentence.start);
    return at != m_dayReports.end() && *at < sentence.end;
}

PartialDate AsOfFinder::asOfFrom(const DateMention &d) const
{
    if (!d.periodEnd.isNull())
        return d.periodEnd;
    // "950 in the same period last year", "the same month last year": the
    // period the text is about, a year back.
    if (!equalsLower(d.text, u"last year"))
        return d.resolved;
    const QStringView period = previousWord(m_t, d.start, 0);
    if (!equalsLower(previousWord(m_t, period.data() - m_t.data(), 0), u"same"))
        return d.resolved;
    DatePrecision finest = DatePrecision::Month;
    if (inList(period, {u"quarter"sv, u"season"sv, u"half"sv}))
        finest = DatePrecision::Year; // PartialDate has no quarter
    else if (inList(period, {u"day"sv, u"date"sv, u"week"sv, u"weekend"sv}))
        finest = DatePrecision::Day;
    else if (!inList(period, {u"period"sv, u"month"sv, u"time"sv}))
        return d.resolved;
    // The last date before it in its paragraph that opens no period, else
    // the publication date.
    PartialDate current = m_published;
    const qsizetype index = &d - m_dates.constData();
    for (qsizetype j = index - 1; j >= 0 && j >= index - 4; --j) {
        const DateMention &before = m_dates[j];
        if (d.start - before.end > 600 || m_t.mid(before.end, d.start - before.end).contains(u'\n'))
            break;
        if (m_lastEligible[size_t(j)] == j) {
            current = asOfFrom(before);
            break;
        }
    }
    if (current.isNull())
        return d.resolved;
    const QDate back = current.date().addYears(-1);
    switch (std::min(finest, current.precision())) {
    case DatePrecision::Day:
        return PartialDate::day(back.year(), back.month(), back.day());
    case DatePrecision::Month:
        return PartialDate::month(back.year(), back.month());
    default:
        return PartialDate::year(back.year());
    }
}

} // namespace Claimbench
