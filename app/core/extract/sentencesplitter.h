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
// new iterator per call, about a quarter of the extractor's time. Here ICU
// reads the QString's UTF-16 in place through a UText, only around sentence
// terminators (SentenceBreaks), and each thread reuses one iterator cloned
// from a process-wide prototype. bench_extract measures the splitter beside
// the extractor (docs/performance.md, "Extraction").
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

// The places ICU's sentence rules break a text (UAX #29; the last is the
// text's end), found without running ICU over all of it. The rules break only
// after a paragraph separator, or after a sentence terminator with the closing
// punctuation and spaces that follow it; and they decide such a place from
// the character before the terminator and the text up to the first letter,
// terminator or separator after it. So a scan finds the terminators, and ICU
// runs only on that window around each. Equal to ICU over the whole text
// (tst_sentencesplitter compares them on random text), at a fraction of the
// cost: ICU's iterator over all of a text would be the extractor's largest cost.
// Each instance owns its ICU iterator; without ICU's rules every line is a
// sentence.
class SentenceBreaks
{
public:
    SentenceBreaks();
    ~SentenceBreaks();
    SentenceBreaks(const SentenceBreaks &) = delete;
    SentenceBreaks &operator=(const SentenceBreaks &) = delete;

    // Starts over on `text`, which must outlive the reading.
    void reset(QStringView text);
    // The next break after the previous one, or -1 after the text's end.
    qsizetype next();

private:
    qsizetype nextLine();
    bool icuBreaksAt(qsizetype terminator, qsizetype at, qsizetype decidedBy);

    struct Icu;
    std::unique_ptr<Icu> m_icu; // null when ICU has no sentence rules
    QStringView m_text;
    qsizetype m_scan = 0; // where the next terminator or line break is looked for
    bool m_ended = true;  // the text's end was given
};

// The sentences SentenceSplitter::split() returns, one at a time: ICU reads
// the text only as far as the caller asks: the extractor needs a paragraph's
// sentences up to its last figure. One cursor reads one text at a time.
class SentenceCursor
{
public:
    // Starts over on `text`, which must outlive the reading.
    void reset(QStringView text);
    // The next sentence (offsets index the text), or nullopt after the last.
    std::optional<TextSpan> next();

private:
    SentenceBreaks m_breaks;
    QStringView m_text;
    qsizetype m_start = 0; // where the sentence being read starts
    bool m_done = true;
};

} // namespace Claimbench
