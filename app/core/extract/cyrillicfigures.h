#pragma once

#include "core/extract/extraction.h"
#include "core/extract/language.h"
#include "core/extract/sentencesplitter.h"

#include <QStringView>

namespace Claimbench {

// The figures of Ukrainian and Russian text: FigureExtractor's counterpart
// for the Cyrillic languages, with their own numerals (CyrillicNumberParser),
// counted nouns and hedges (CyrillicUnits), sources (CyrillicSources), dates
// and as-of (CyrillicDateResolver, CyrillicAsOf). FigureExtractor hands it
// the paragraphs written in Cyrillic. Stateless apart from the sentence
// splitter; run() is const and thread-safe.
class CyrillicFigureExtractor
{
public:
    // The figures and dates of document[from, to), offsets relative to `from`.
    // `outlet` and `author` claim what names nobody in the outlet's own
    // release or the author's speech (CyrillicSources).
    Extraction run(QStringView document, qsizetype from, qsizetype to, Language language, const QString &outlet,
                   const QString &author, PartialDate published) const;

private:
    SentenceSplitter m_splitter;
};

} // namespace Claimbench
