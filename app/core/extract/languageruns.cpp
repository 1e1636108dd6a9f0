// FigureExtractor's languages: which pipeline reads which paragraph.
#include "core/extract/figureextractor.h"

#include "core/extract/textscan.h"

#include <algorithm>

namespace Claimbench {

namespace {

bool isCyrillicLetter(char16_t u) { return u >= u'\u0400' && u <= u'\u04ff'; }

// A stretch of paragraphs one pipeline reads.
struct LanguageRun
{
    qsizetype from = 0;
    qsizetype to = 0;
    Language language = Language::English;
};

// The paragraphs of text[from, to) grouped by their script: a paragraph
// with more Cyrillic than Latin letters is read as Ukrainian or Russian (the
// document's language when it is one of them, else the paragraph's own), one
// with more Latin letters as English (a quote in English inside a Ukrainian
// report), one with neither (a row of numbers) as the paragraph before it.
QList<LanguageRun> languageRuns(QStringView text, qsizetype from, qsizetype to, Language documentLanguage)
{
    QList<LanguageRun> runs;
    Language previous = documentLanguage;
    qsizetype line = from;
    while (line < to) {
        qsizetype end = text.indexOf(u'\n', line);
        end = end < 0 || end >= to ? to : end + 1;
        qsizetype cyrillic = 0;
        qsizetype latin = 0;
        for (qsizetype i = line; i < end; ++i) {
            cyrillic += isCyrillicLetter(text[i].unicode());
            latin += TextScan::isAsciiLetter(text[i]);
        }
        Language language = previous;
        if (cyrillic > latin)
            language = isCyrillicLanguage(documentLanguage) ? documentLanguage
                                                             : detectLanguage(text.sliced(line, end - line));
        else if (latin > cyrillic)
            language = Language::English;
        if (!runs.isEmpty() && runs.last().language == language)
            runs.last().to = end;
        else
            runs.append({line, end, language});
        previous = language;
        line = end;
    }
    return runs;
}

// Appends `part`, whose offsets are relative to `shift` characters into
// what `out` holds.
void appendShifted(Extraction &out, Extraction part, qsizetype shift)
{
    const qsizetype figuresBefore = out.figures.size();
    for (Figure &f : part.figures) {
        f.start += int(shift);
        f.end += int(shift);
        if (f.restates >= 0)
            f.restates += int(figuresBefore);
        out.figures.append(std::move(f));
    }
    for (DateMention &d : part.dates) {
        d.start += int(shift);
        d.end += int(shift);
        out.dates.append(std::move(d));
    }
}

} // namespace

DocumentVoice FigureExtractor::voiceOf(QStringView document, const ExtractionContext &context) const
{
    DocumentVoice voice(document, context.outlet, context.author, context.title, m_splitter);
    voice.setWrittenIn(context.language == Language::Auto ? detectLanguage(document) : context.language,
                       context.outlet.trimmed(), context.author.trimmed());
    return voice;
}

ExtractionContext ExtractionContext::of(const Article &article)
{
    ExtractionContext context;
    context.published = article.published;
    context.outlet = article.outlet;
    context.author = article.author;
    context.title = article.title;
    context.language = languageFromTag(article.language).value_or(Language::Auto);
    return context;
}

Extraction FigureExtractor::run(QStringView document, qsizetype from, qsizetype to, const DocumentVoice &voice,
                                PartialDate published) const
{
    const Language language = voice.language();
    // An English text with no Cyrillic letter, the common case, is read in
    // one piece, as before there were other languages.
    const auto cyrillic = [](QChar c) { return isCyrillicLetter(c.unicode()); };
    if (language == Language::English && std::ranges::none_of(document.sliced(from, to - from), cyrillic))
        return runEnglish(document, from, to, voice, published);
    Extraction out;
    for (const LanguageRun &run : languageRuns(document, from, to, language)) {
        appendShifted(out,
                      isCyrillicLanguage(run.language)
                          ? m_cyrillic.run(document, run.from, run.to, run.language, voice.publisher(), voice.author(), published)
                          : runEnglish(document, run.from, run.to, voice, published),
                      run.from - from);
    }
    return out;
}

} // namespace Claimbench
