#pragma once

#include "core/extract/figureextractor.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace Claimbench {

// The date each figure refers to. Dates that open a period ("since 2022",
// "from January") are not the figure's date. Within the figure's clause
// (commas, semicolons and a few conjunctions separate the parts of a sentence
// that can carry different dates), then within its sentence: first a date no
// other figure stands between, after the figure ("over 600 in 2022 to over
// 900 in November 2023") and then before it; failing that the nearest date.
//
// Everything a lookup needs is indexed once per text, so one costs O(log n):
// scanning the clause, the sentence's dates and all figures per figure made a
// sentence full of figures (a table flattened without punctuation, "one in
// two in ..." x 10,000) quadratic. The indexes rely on the date mentions
// being sorted and disjoint, as DateScan emits them, so their ends ascend too.
class AsOfFinder
{
public:
    // `sentences[k]` is the sentence of `figures[k]`; all are borrowed.
    AsOfFinder(QStringView t, const QList<DateMention> &dates, const QList<Figure> &figures,
               const QList<TextSpan> &sentences);

    PartialDate find(qsizetype index) const;

private:
    bool isClauseBreak(qsizetype i) const;

    TextSpan clauseAround(TextSpan sentence, qsizetype start, qsizetype end) const;

    // Whether a figure lies within [from, to).
    bool blocked(qsizetype from, qsizetype to) const;

    QList<DateMention>::const_iterator firstDateFrom(qsizetype pos) const;

    QStringView m_t;
    const QList<DateMention> &m_dates;
    const QList<Figure> &m_figures;
    const QList<TextSpan> &m_sentences;
    std::vector<qsizetype> m_clauseBreaks;     // in the figures' sentences, ascending
    std::vector<qsizetype> m_figureStarts;     // ascending
    std::vector<qsizetype> m_minEndFrom;       // least end of the figures from m_figureStarts[i] on
    std::vector<qsizetype> m_lastEligible;     // per date: the last one at or before it not opening a period, or -1
    std::vector<qsizetype> m_nextEligible;     // per date: the first one at or after it not opening a period, or size
};

} // namespace Claimbench
