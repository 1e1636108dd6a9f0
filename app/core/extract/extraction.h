#pragma once

#include "core/domain/article.h"
#include "core/domain/claim.h"
#include "core/domain/partialdate.h"
#include "core/extract/dateresolver.h"
#include "core/extract/language.h"

#include <QList>
#include <QString>

#include <optional>

namespace Claimbench {

// One quantity the extractor found. Offsets are UTF-16 indices into the text
// given to FigureExtractor::extract (0-based, end exclusive); `text` is that
// slice: the numeral with its scale word, currency sign and unit of measure
// ("1.2 million", "$72 billion", "40%", "825 days"), not the counted noun or
// the hedge.
struct Figure
{
    int start = 0;
    int end = 0;
    QString text;
    double value = 0;            // normalized; for ranges and vague quantities the low end
    std::optional<double> low;   // ranges ("20-30", "between 20 and 30") and vague quantities ("dozens")
    std::optional<double> high;
    QString unit;                // counted noun or canonical unit ("troops", "km", "%", "USD", "troops/day"), or empty
    Qualifier qualifier = Qualifier::None;
    QString claimant;            // who the text says makes the claim, or empty
    PartialDate asOf;            // the date the figure refers to, or null
    double confidence = 1.0;     // 0..1; below 0.6 the reader shows the figure as a weak suggestion
    int restates = -1;           // index in Extraction::figures of the figure a parenthesised conversion restates
    bool change = false;         // written as a change over the previous report ("(+4)" in a loss list): value is no level
};

// What the extractor knows of a text besides its words: the article's
// metadata (SPEC: `extract --published --outlet`).
struct ExtractionContext
{
    PartialDate published; // any precision, or null: anchors relative dates ("on Thursday")
    QString outlet;        // the publisher: the claimant of unattributed figures in its own release
    QString author;        // the byline: the voice of a speech or statement that speaks as "I"
    QString title;         // the headline: a transcript's speaker in full ("Briefing by Press Secretary Karine Jean-Pierre")
    Language language = Language::Auto; // the text's language; Auto: told from the text (SPEC: `extract --language`)

    // An article's metadata; its declared language when the extractor reads
    // it, else Auto.
    static ExtractionContext of(const Article &article);
};

struct Extraction
{
    QList<Figure> figures; // in text order
    QList<DateMention> dates;
};

} // namespace Claimbench
