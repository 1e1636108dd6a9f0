#pragma once

#include <QList>
#include <QStringView>

#include <memory>
#include <optional>

namespace Claimbench {

// A slice of a text: UTF-16 offsets, 0-based, end exclusive.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Splits text into sentences with ICU's sentence BreakIterator, then merges
// the cuts ICU makes after abbreviations ("The U.K. Defense Ministry",
// "Mr. Smith", "Gen. Syrskyi", "Jan. 5", "No. 3", "approx. 300"), so that a
// claim is never cut in two. Line breaks always end a sentence (headlines and
// datelines stand alone).
//
// Raw ICU rather than Boost.Locale's boundary analysis (which runs on the same
// ICU rules): Boost.Locale converts every text to UTF-8 and back and builds a
// new iterator per call; that was about a quarter of the extractor's profile.
// Here ICU reads the QString's UTF-16 in place through a UText, and each
// thread reuses one iterator cloned from a process-wide prototype (a
// SentenceCursor's). Measured
// with bench_extract on the corpus: whole-text segmentation went from ~16 to
// ~45 MB/s CPU (docs/performance.md, "Extraction").
//
// The splitter holds no state: split() is const and may run on several
// threads at once. If ICU cannot build its sentence rules (missing data), every
// line is one sentence.
class SentenceSplitter
{
public:
    // The sentences of `text` in order, leading and trailing white space
    // trimmed, empty ones dropped. Offsets index `text`.
    QList<TextSpan> split(QStringView text) const;
};

// The sentences SentenceSplitter::split() returns, one at a time: ICU reads
// the text only as far as the caller asks. The extractor needs a paragraph's
// sentences up to its last figure, and ICU's iterator is its largest cost.
// Each cursor owns its iterator; one cursor reads one text at a time.
class SentenceCursor
{
public:
    SentenceCursor();
    ~SentenceCursor();
    SentenceCursor(const SentenceCursor &) = delete;
    SentenceCursor &operator=(const SentenceCursor &) = delete;

    // Starts over on `text`, which must outlive the reading.
    void reset(QStringView text);
    // The next sentence (offsets index the text), or nullopt after the last.
    std::optional<TextSpan> next();

private:
    qsizetype nextCut();

    struct Icu;
    std::unique_ptr<Icu> m_icu; // null when ICU has no sentence rules
    bool m_byIcu = false;       // ICU reads the current text; else every line is a sentence
    QStringView m_text;
    qsizetype m_start = 0;       // where the sentence being read starts
    qsizetype m_lineScan = 0;    // without ICU: where to look for the next line break
    bool m_done = true;
};

} // namespace Claimbench
