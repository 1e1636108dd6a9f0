#pragma once

#include "core/extract/cyrillicfigures.h"
#include "core/extract/documentvoice.h"
#include "core/extract/extraction.h"
#include "core/extract/sentencesplitter.h"

#include <QStringView>

namespace Claimbench {

// Finds the figures of English, Ukrainian and Russian news text and what the
// text says about each: unit, qualifier, claimant, as-of date, confidence.
// Paragraphs in Cyrillic go to CyrillicFigureExtractor, the rest to the
// English rules. Dates come from DateResolver; years, days of the month, times of day, ordinals, identifiers,
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

    // The voices of a whole document, for extracting it a part at a time, and
    // its language (the context's, else told from the document).
    DocumentVoice voiceOf(QStringView document, const ExtractionContext &context) const;

    // The figures of document[from, to) (offsets relative to `from`), with
    // the claimants `voice` (of the whole document) gives where the part
    // names nobody: a speaker's turn that began before the part, the voice
    // of a standfirst the part does not hold.
    Extraction extractPart(QStringView document, qsizetype from, qsizetype to, const DocumentVoice &voice,
                           PartialDate published) const;

private:
    // The figures of document[from, to), offsets relative to `from`: each
    // paragraph by the pipeline of its script (languageruns.cpp).
    Extraction run(QStringView document, qsizetype from, qsizetype to, const DocumentVoice &voice,
                   PartialDate published) const;
    // The same for English text.
    Extraction runEnglish(QStringView document, qsizetype from, qsizetype to, const DocumentVoice &voice,
                          PartialDate published) const;

    SentenceSplitter m_splitter;
    CyrillicFigureExtractor m_cyrillic;
};

} // namespace Claimbench
