#pragma once

#include "core/domain/claim.h"
#include "core/domain/partialdate.h"
#include "core/extract/dateresolver.h"
#include "core/extract/documentvoice.h"
#include "core/extract/sentencesplitter.h"

#include <QList>
#include <QString>
#include <QStringView>

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
};

// What the extractor knows of a text besides its words: the article's
// metadata (SPEC: `extract --published --outlet`).
struct ExtractionContext
{
    PartialDate published; // any precision, or null: anchors relative dates ("on Thursday")
    QString outlet;        // the publisher: the claimant of unattributed figures in its own release
    QString author;        // the byline: the voice of a speech or statement that speaks as "I"
    QString title;         // the headline: a transcript's speaker in full ("Briefing by Press Secretary Karine Jean-Pierre")
};

struct Extraction
{
    QList<Figure> figures; // in text order
    QList<DateMention> dates;
};

// Finds the figures of English news text and what the text says about each:
// unit, qualifier, claimant, as-of date, confidence. Dates come from
// DateResolver; years, days of the month, times of day, ordinals, identifiers,
// URL digits and designations ("F-16", "Covid-19") are not figures.
//
// It scans the UTF-16 text once for candidate numerals and runs sentence
// segmentation only on the lines that hold one, so its cost grows with the
// number of figures, not with ICU's speed. extract() is const and may run on
// several threads at once.
class FigureExtractor
{
public:
    FigureExtractor();

    Extraction extract(QStringView text, const ExtractionContext &context) const;
    Extraction extract(QStringView text, PartialDate published = {}) const;

    // The voices of a whole document, for extracting it a part at a time.
    DocumentVoice voiceOf(QStringView document, const ExtractionContext &context) const;

    // The figures of document[from, to) (offsets relative to `from`), with
    // the claimants `voice` (of the whole document) gives where the part
    // names nobody: a speaker's turn that began before the part, the voice
    // of a standfirst the part does not hold.
    Extraction extractPart(QStringView document, qsizetype from, qsizetype to, const DocumentVoice &voice,
                           PartialDate published) const;

private:
    // The figures of document[from, to), offsets relative to `from`.
    Extraction run(QStringView document, qsizetype from, qsizetype to, const DocumentVoice &voice,
                   PartialDate published) const;

    SentenceSplitter m_splitter;
};

} // namespace Claimbench
