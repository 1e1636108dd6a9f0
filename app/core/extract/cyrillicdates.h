#pragma once

#include "core/domain/partialdate.h"
#include "core/extract/dateresolver.h"
#include "core/extract/extraction.h"
#include "core/extract/sentencesplitter.h"

#include <QList>
#include <QStringView>

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
// corpus conventions (tests/data/corpus/README.md): a date in the figure's
// sentence or clause (a period gives its end; "станом на 1 грудня" that day;
// "за минулу добу, 22 листопада" that day), a date the paragraph or the
// report's lead gives for a list of totals, the publication date for a
// figure the text presents as current ("загалом", "від початку
// вторгнення", "вже", "наразі"), else null.
class CyrillicAsOf
{
public:
    // `sentences[k]` is the sentence of `figures[k]`.
    CyrillicAsOf(QStringView text, const QList<DateMention> &dates, const QList<Figure> &figures,
                 const QList<TextSpan> &sentences, PartialDate published);

    PartialDate find(qsizetype k) const;

private:
    QStringView m_text;
    const QList<DateMention> &m_dates;
    const QList<Figure> &m_figures;
    const QList<TextSpan> &m_sentences;
    PartialDate m_published;
};

} // namespace Claimbench
