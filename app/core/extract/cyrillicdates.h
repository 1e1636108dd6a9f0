#pragma once

#include "core/domain/partialdate.h"
#include "core/extract/dateresolver.h"
#include "core/extract/extraction.h"
#include "core/extract/sentencesplitter.h"

#include <QList>
#include <QStringView>

#include <functional>

namespace Claimbench {

// Finds the calendar expressions of Ukrainian and Russian news text and
// resolves them as DateResolver does for English: "7 вересня", "7 вересня
// 2025 року", "у ніч на 7 вересня", "станом на 1 грудня", "з 24 лютого 2022
// року", months in every case (вересня/вересень/у вересні, сентября/
// сентябрь/в сентябре), years ("у 2024 році", "2022 года"), weekdays ("у
// понеділок"), relative days ("вчора", "сьогодні", "минулої доби", "за
// минувшие сутки"). Bare days and months resolve toward the past of the
// publication date. Every digit of a date lies inside one mention's span,
// so the figure scanner can skip them. A plain value type; find() is const.
class CyrillicDateResolver
{
public:
    explicit CyrillicDateResolver(PartialDate published = {});

    QList<DateMention> find(QStringView text) const; // in text order, not overlapping

private:
    PartialDate m_published;
};

// The as-of date of each figure of a Ukrainian or Russian text, by the
// corpus conventions (tests/data/corpus/README.md), in this order:
// - a duration ("825 днів", "за одну ніч") has none;
// - a date of the figure's clause, else of its sentence (nearest before,
//   then after) that opens no period ("з 24 лютого 2022 року" does) and
//   is no base of a comparison ("щодо листопада"): its day ("станом на 1
//   грудня"), a range's last day, the day before publication for "за
//   минулу добу" with no date;
// - a total "від початку вторгнення", "загалом", "с начала СВО", a count
//   since a date ("з 24 лютого 2022 року") or of the day or night
//   ("протягом доби", "за сутки", "за ночь"): the report's day, else the
//   publication date;
// - a table's cell: the first date of the table's rows and header above;
// - the date of the paragraph before the sentence, else the date of the
//   lead line of the list it is an item of, else the report's day:
//   the day its lead names ("у ніч на 7 вересня", "за минулу добу, 22
//   листопада", "прошедшей ночью") within a week of publication dates the
//   figures of its list ("танки — 9419 (+20)"); with no publication date,
//   the first day or month the text names (its dateline) dates them;
// - a figure of a sentence set in the past ("тоді", "раніше", "тогда"):
//   none; any other is current and takes the publication date.
class CyrillicAsOf
{
public:
    // `sentences[k]` is the sentence of `figures[k]`; `dates` are in text
    // order, not overlapping, as CyrillicDateResolver gives them.
    CyrillicAsOf(QStringView text, const QList<DateMention> &dates, const QList<Figure> &figures,
                 const QList<TextSpan> &sentences, PartialDate published);

    PartialDate find(qsizetype k) const;

private:
    // Whether the date at `index` opens a period ("з", "с", "від", "от",
    // "з початку" before it, a time between them: "з 18:00 6 вересня"),
    // unless "від"/"от" dates a document ("у зведенні від 24 січня").
    bool opensPeriod(qsizetype index) const;
    // Whether the date at `index` is the base a figure is compared with
    // ("індекс у грудні щодо листопада становив 99,8%", "порівняно з
    // груднем 2009 року"), not its date.
    bool isComparisonBase(qsizetype index) const;
    // What date mention `index` gives a figure.
    PartialDate asOfFrom(qsizetype index) const;
    // The date of text[from, to) nearest to the figure at `start`, before it
    // first; -1 when none.
    qsizetype nearestDate(qsizetype from, qsizetype to, qsizetype start) const;
    bool saysTotal(TextSpan sentence) const;
    // Whether a date of `sentence` opens a period: a count "з 24 лютого
    // 2022 року" runs to the time of writing.
    bool opensPeriodIn(TextSpan sentence) const;
    // Whether `sentence` is set in the past by an adverb and says nothing
    // of now ("наразі", "вже").
    bool tellsPastEvent(TextSpan sentence) const;

    QStringView m_text;
    const QList<DateMention> &m_dates;
    const QList<Figure> &m_figures;
    const QList<TextSpan> &m_sentences;
    PartialDate m_published;
    PartialDate m_reportDay; // null when the text is no dated report
    // What the last sentence asked about says (find() is asked in text order).
    struct SentenceReading
    {
        TextSpan sentence{-1, -1};
        bool total = false;
        bool past = false;
        bool earlierReport = false; // opens with "Раніше"/"Ранее"
        qsizetype paragraphDate = -1; // the date of the paragraph before the sentence, or -1
        qsizetype listDate = -1;      // the date of the lead of the list the sentence is an item of, or -1
    };
    mutable SentenceReading m_read;
    // The date of text[from, to) that dates a report or list: the first
    // calendar date ("на ранок 24 січня") before a relative one ("за
    // минулу добу"), among those `accept` takes that open no period; -1
    // when none.
    qsizetype leadDate(qsizetype from, qsizetype to, const std::function<bool(qsizetype)> &accept) const;
    // When `itemLine` is an item of a list under a lead line
    // ending with a colon ("Рахунок техніки на ранок 24 січня такий:"), the
    // lead's date; -1 otherwise.
    qsizetype listLeadDate(TextSpan itemLine) const;
    // The line that holds `pos` (its end at the line break); kept for the
    // next figure, which asks in text order, so that a long line is walked
    // once.
    TextSpan lineOf(qsizetype pos) const;
    mutable TextSpan m_line{0, -1};
    struct ListReading
    {
        qsizetype itemStart = -2; // the line of the item read last
        qsizetype date = -1;
    };
    mutable ListReading m_list;
    // The date of a table's cell: the first its rows and header lines above
    // it name ("| | Грудень 2019 до |"); null off a table or with none.
    PartialDate tableDate(qsizetype pos) const;
    mutable TextSpan m_table{-2, -2}; // the lines of the table read last
    mutable PartialDate m_tableDate;
    mutable qsizetype m_lineOffTable = -1; // the last line read that is no table row
};

} // namespace Claimbench
