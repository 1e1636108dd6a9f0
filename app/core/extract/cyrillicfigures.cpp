#include "core/extract/cyrillicfigures.h"

#include "core/extract/cyrillicdates.h"
#include "core/extract/cyrillicnumbers.h"
#include "core/extract/cyrillicreportsources.h"
#include "core/extract/cyrillicsources.h"
#include "core/extract/cyrillicunits.h"
#include "core/extract/textscan.h"

#include <algorithm>

namespace Claimbench {

using namespace TextScan;

namespace {

// The sentences of each line of `text`, split once, for the lines that hold
// a figure.
class SentenceIndex
{
public:
    SentenceIndex(QStringView text, const SentenceSplitter &splitter)
        : m_text(text)
        , m_splitter(splitter)
    {
    }

    // The sentence that holds `pos`, and the start of its line.
    TextSpan sentenceAt(qsizetype pos, qsizetype *lineStart)
    {
        if (pos < m_lineStart || pos >= m_lineEnd) {
            m_lineStart = pos;
            while (m_lineStart > 0 && m_text[m_lineStart - 1] != u'\n')
                --m_lineStart;
            m_lineEnd = m_text.indexOf(u'\n', pos);
            if (m_lineEnd < 0)
                m_lineEnd = m_text.size();
            m_sentences = m_splitter.split(m_text.sliced(m_lineStart, m_lineEnd - m_lineStart));
            for (TextSpan &s : m_sentences) {
                s.start += m_lineStart;
                s.end += m_lineStart;
            }
        }
        *lineStart = m_lineStart;
        const auto held = std::find_if(m_sentences.cbegin(), m_sentences.cend(),
                                       [&](const TextSpan &s) { return pos < s.end; });
        return held == m_sentences.cend() ? TextSpan{m_lineStart, m_lineEnd} : *held;
    }

private:
    QStringView m_text;
    const SentenceSplitter &m_splitter;
    qsizetype m_lineStart = -1;
    qsizetype m_lineEnd = -1;
    QList<TextSpan> m_sentences;
};

} // namespace

Extraction CyrillicFigureExtractor::run(QStringView document, qsizetype from, qsizetype to, Language language,
                                        const QString &outlet, const QString &author, PartialDate published) const
{
    const QStringView text = document.sliced(from, to - from);
    Extraction out;
    out.dates = CyrillicDateResolver(published).find(text);
    const CyrillicNumberParser parser;
    const CyrillicSources sources(text, language, outlet, author);
    const CyrillicReportSources reportSources(text, language);
    SentenceIndex index(text, m_splitter);
    QList<TextSpan> sentences; // of each figure
    qsizetype dateIndex = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!CyrillicNumberParser::mayStart(text, i)) {
            i = isLetter(text[i]) ? std::max(wordEnd(text, i), i + 1) : i + 1;
            continue;
        }
        while (dateIndex < out.dates.size() && out.dates[dateIndex].end <= i)
            ++dateIndex;
        if (dateIndex < out.dates.size() && out.dates[dateIndex].start <= i) {
            i = out.dates[dateIndex].end;
            continue;
        }
        qsizetype skipTo = i + 1;
        const std::optional<ParsedNumber> number = parser.parseAt(text, i, &skipTo);
        if (!number) {
            i = std::max(skipTo, i + 1);
            continue;
        }
        if (dateIndex < out.dates.size() && out.dates[dateIndex].start < number->end) {
            i = out.dates[dateIndex].start; // a date inside the numeral's span: the date wins
            continue;
        }
        i = number->end;
        qsizetype lineStart = 0;
        const TextSpan sentence = index.sentenceAt(number->start, &lineStart);
        if (CyrillicNumberParser::isNotAFigure(text, *number, sentence.start))
            continue;

        Figure f;
        f.start = number->start;
        f.end = number->end;
        f.text = text.mid(f.start, f.end - f.start).toString();
        f.value = number->value;
        f.low = number->low;
        f.high = number->high;
        f.change = number->signedChange;
        const CyrillicUnits::Reading unit = CyrillicUnits::unitOf(text, *number, sentence, lineStart);
        f.unit = unit.unit;
        f.qualifier = CyrillicUnits::qualifierOf(text, f.start, f.end, sentence);
        f.claimant = reportSources.completed(sources.claimantOf(sentence, f.start), f.start);
        // Spelled-out numbers and figures with no counted noun are the
        // weaker suggestions, as in English.
        f.confidence = (number->inWords ? 0.8 : 1.0) * (f.unit.isEmpty() ? 0.7 : 1.0);
        out.figures.append(f);
        sentences.append(sentence);
    }
    const CyrillicAsOf asOf(text, out.dates, out.figures, sentences, published);
    for (qsizetype k = 0; k < out.figures.size(); ++k)
        out.figures[k].asOf = asOf.find(k);
    return out;
}

} // namespace Claimbench
