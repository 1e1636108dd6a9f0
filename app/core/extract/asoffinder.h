#pragma once

#include "core/extract/figureextractor.h"

#include <QList>
#include <QStringView>

#include <optional>
#include <vector>

namespace Claimbench {

// The date each figure refers to. Dates that open a period ("since 2022",
// "from January") are not the figure's date. Within the figure's clause
// (commas, semicolons and a few conjunctions separate the parts of a sentence
// that can carry different dates), then within its sentence: first a date no
// other figure stands between, after the figure ("over 600 in 2022 to over
// 900 in November 2023") and then before it; failing that the nearest date.
//
// With a publication date, a figure the text presents as current ("has
// killed 23", "is 3.9 percent", "so far", "now") takes it when no date of its
// clause or sentence applies, and a date far from it needs strong evidence:
// one after it only for a forecast or plan ("will", "expected", "by 2030"),
// one two or more calendar years before it, for a figure presented as
// current, only in the figure's own clause. The tense is read from the few
// words around the figure in its clause, so a lookup stays bounded.
//
// Everything a lookup needs is indexed once per text, so one costs O(log n):
// scanning the clause, the sentence's dates and all figures per figure made a
// sentence full of figures (a table flattened without punctuation, "one in
// two in ..." x 10,000) quadratic. The indexes rely on the date mentions
// being sorted and disjoint, as DateScan emits them, so their ends ascend too.
class AsOfFinder
{
public:
    // `sentences[k]` is the sentence of `figures[k]`; `columns[k]`, when
    // given, the header over its column when it is a table's cell (empty
    // otherwise); all are borrowed. `published` is the text's publication
    // date, null when unknown.
    AsOfFinder(QStringView t, const QList<DateMention> &dates, const QList<Figure> &figures,
               const QList<TextSpan> &sentences, PartialDate published = {}, const QList<QString> &columns = {});

    PartialDate find(qsizetype index) const;

    // A duration has no date of its own, except a count of days from a start
    // date the text gives: "825 days since 24 February 2022" ends on the
    // 825th day after it, "day 1,000 of the war" (with "since 24 February
    // 2022" or "began on 24 February 2022" before it) is its 1,000th day.
    PartialDate findForDuration(qsizetype index) const;

    // How a clause presents its figure, read from its verb and adverbs.
    enum class Tense { Unknown, Current, Past, Future };

private:
    // `followBack`: whether a sentence that points back ("This is a fall of
    // 4%") may take the date of the figure before it; one step only.
    PartialDate find(qsizetype index, bool followBack) const;
    bool pointsBack(TextSpan sentence) const;
    // The date that opens a period of `sentence` ("between 2004 and 2008",
    // "1981--2006"), or null.
    const DateMention *periodOpening(TextSpan sentence) const;
    // The last figure of the sentence right before that of `index`, or -1.
    qsizetype figureOfSentenceBefore(qsizetype index) const;
    Tense tenseOf(const Figure &f, TextSpan clause, TextSpan sentence) const;
    bool opensWithCurrentAdverb(TextSpan sentence) const;
    // Where the comparison whose base the date at `dateStart` is opens
    // ("than", "compared with"), or -1; never before `floor`.
    qsizetype comparisonOpening(qsizetype dateStart, qsizetype floor) const;
    // Whether `date` may be the as-of of `f`: not the base of a comparison
    // that `f` stands outside ("0.8% higher than April 2014").
    bool comparable(qsizetype date, const Figure &f) const;
    // `date`, or a date among m_dates[lo, hi) that narrows it ("2018" and
    // "yesterday" in one sentence: yesterday).
    const DateMention &refined(qsizetype date, qsizetype lo, qsizetype hi, const Figure &f) const;
    bool plausible(const DateMention &d, TextSpan clause, Tense tense) const;
    // The `count`th day of a count that starts at a known date: day
    // `firstDay` is the start itself (1 for "day 1,000", 0 for "825 days since").
    PartialDate dayCountEnd(const Figure &f, TextSpan sentence, int firstDay) const;
    static PartialDate dayAfter(const PartialDate &start, double count, int firstDay);

    bool isClauseBreak(qsizetype i) const;
    // Where the line of `pos` starts, or `floor`; where it ends, or `ceiling`.
    static qsizetype lineStartOf(QStringView t, qsizetype pos, qsizetype floor);
    static qsizetype lineEndOf(QStringView t, qsizetype pos, qsizetype ceiling);
    // Whether the word before a date makes it open a period ("since 2022").
    static bool opensPeriod(QStringView wordBefore);

    // A table's cell is of the date its column's header names: a normal or
    // average of none, "Last year" of the year before the table's date, a
    // record of the record's year beside it (rule 1, so nullopt); any other
    // column of the table's date, the nearest date above the cell on a line
    // without figures ("... SUMMARY FOR AUGUST 1 2013", "YESTERDAY", "The
    // rates for 2017-18 are:"). nullopt when the header names none of these.
    std::optional<PartialDate> dateOfCell(qsizetype index) const;
    // The words over text[start, end) in the header lines above its table
    // row, one per line, top to bottom; empty when none.
    QString wordsOverColumn(qsizetype start, qsizetype end) const;

    // A record of fields ("Peak Wind:  105 mph", "Start Date:  03/16/2023",
    // "Summary: ...") is a run of paragraphs that each open with a label and
    // a colon; a date field dates every figure of its record.
    bool opensWithLabel(qsizetype lineStart) const;
    // The record around `pos`, read back no farther than `floor`; empty
    // when the paragraph of `pos` opens with no label.
    TextSpan recordAround(qsizetype pos, qsizetype floor) const;
    // The last date of the paragraph before `sentence`, when it opens no
    // period ("On Thursday the army shelled the town. It fired 36 shells"):
    // the date of the event the paragraph tells; or null.
    // When "at the time" follows `f`, the last date of the paragraph of any
    // precision and time.
    const DateMention *paragraphDate(const Figure &f, TextSpan sentence) const;
    // Whether "at the time" or "at that time" follows the figure in its
    // sentence, pointing back at a date said before.
    bool atThatTime(const Figure &f, TextSpan sentence) const;
    // Whether a date of `sentence` opens a period with "since": one that
    // runs to the time of writing ("Since last Thursday 40 people died").
    bool sinceOnly(TextSpan sentence) const;
    // Whether the word "and" stands in text[from, to).
    bool andBetween(qsizetype from, qsizetype to) const;
    // Whether a phrase that dates a report to the day of writing opens at
    // `pos`: "overnight", "last night", "this morning", "in the past 24
    // hours", "as of 0900 GMT" (a time with no date).
    bool reportOfTheDayAt(qsizetype pos) const;
    // Whether a word opening with `a`, `b` may open such a phrase: asked at
    // every word of a figure's sentence, it turns nearly all of them away
    // before a call.
    static bool mayOpenReportOfTheDay(QChar a, QChar b)
    {
        const char16_t x = a.unicode() | 0x20;
        const char16_t y = b.unicode() | 0x20;
        return (y == u'a' && (x == u'l' || x == u'p')) || (x == u'o' && y == u'v') || (x == u't' && y == u'h')
            || (x == u'a' && y == u's');
    }
    // Whether such a phrase stands in `sentence`.
    bool reportsTheDay(TextSpan sentence) const;
    // The as-of `d` gives: a week's or weekend's end, "the same period
    // last year" for the period the text is about (the date before it in
    // its paragraph, else the publication's month) a year back.
    PartialDate asOfFrom(const DateMention &d) const;
    // The date field of the record `pos` lies in, or null.
    const DateMention *recordDate(qsizetype pos) const;

    TextSpan clauseAround(TextSpan sentence, qsizetype start, qsizetype end) const;

    // Whether a figure lies within [from, to).
    bool blocked(qsizetype from, qsizetype to) const;

    QList<DateMention>::const_iterator firstDateFrom(qsizetype pos) const;

    QStringView m_t;
    const QList<DateMention> &m_dates;
    const QList<Figure> &m_figures;
    const QList<TextSpan> &m_sentences;
    const QList<QString> &m_columns;
    std::vector<qsizetype> m_clauseBreaks;     // in the figures' sentences, ascending
    std::vector<qsizetype> m_figureStarts;     // ascending
    std::vector<qsizetype> m_minEndFrom;       // least end of the figures from m_figureStarts[i] on
    std::vector<qsizetype> m_lastEligible;     // per date: the last one at or before it not opening a period, or -1
    std::vector<qsizetype> m_nextEligible;     // per date: the first one at or after it not opening a period, or size
    std::vector<qsizetype> m_comparedFrom;     // per date: comparisonOpening(), or -1
    std::vector<qsizetype> m_dayReports;       // where reportOfTheDayAt(), in the figures' sentences, ascending
    std::vector<qsizetype> m_startDates;       // dates of a day that start a count ("since 24 February 2022"), ascending
    struct DatedRecord
    {
        TextSpan span;
        qsizetype date;
    };
    std::vector<DatedRecord> m_records;        // ascending, disjoint
    PartialDate m_published;
};

} // namespace Claimbench
