#pragma once

#include "core/domain/partialdate.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Claimbench {

namespace DateScan {
struct Candidate;
}

// One date expression found in a text. start/end are UTF-16 offsets into the
// text given to DateResolver::find() (0-based, end exclusive); text is that
// slice. resolved keeps the precision of the expression: "2022" is a Year,
// "October 2024" a Month, "June 13, 2025" and "on Thursday" a Day. A mention
// is only reported when it resolves, so resolved is never null.
struct DateMention
{
    int start = 0;
    int end = 0;
    QString text;
    PartialDate resolved;
    // The end of a week or weekend as the as-of of its figures (a period's
    // figures are of its end), where `resolved` gives the month or year
    // containing it: a weekend's Sunday ("over the weekend"), the month of
    // a week's Sunday ("last week", as the corpus annotates it). Not after
    // the publication date unless the period lies ahead ("next week"); null
    // for every other mention.
    PartialDate periodEnd;
};

// Finds the calendar expressions of English news text and resolves them:
// absolute dates ("June 13, 2025", "13th of June", "2025-06-13",
// "06/13/2025"), months ("October 2024", "in February"), years ("in 2023"),
// weekdays and relative days ("on Thursday", "yesterday"), relative periods
// ("last month", "earlier this year") and modified periods ("early 2026",
// "mid-2024", "the end of 2023"). Bare months, day-months and weekdays are
// resolved toward the past from the publication date, toward the future in a
// future-tense clause ("will vote on Monday"); without one, the year
// comes from the explicit dates of the same text (see docs/extraction.md,
// "Dates", for the rules and the known failure classes).
//
// Not dates: times of day ("10:30"), numbers written with a thousands
// separator ("2,000"), four-digit numbers followed by a counted noun
// ("2000 troops"), model designations ("Su-34"), durations ("45 days",
// "two weeks ago" — the figure extractor reports those).
//
// Every digit that belongs to a date lies inside one mention's span, so the
// figure extractor can skip digits covered by a mention. A plain value type:
// find() is const, allocates only its result, and may run on any thread.
class DateResolver
{
public:
    // published: the article's publication date, of any precision, or null
    // when unknown.
    explicit DateResolver(PartialDate published = {});

    // The mentions in text order, not overlapping.
    QList<DateMention> find(QStringView text) const;

    // The mentions of `candidates`, which a scanner of the text's language
    // found in `text` (in text order, not overlapping), resolved by the
    // rules above: the Ukrainian and Russian scanner shares them.
    QList<DateMention> resolve(QStringView text, const QList<DateScan::Candidate> &candidates) const;

private:
    PartialDate m_published;
};

} // namespace Claimbench
