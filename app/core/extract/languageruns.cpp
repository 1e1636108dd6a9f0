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

// Where the piece of text that starts at `from` ends: after its line break,
// or after a sentence's terminator and the blanks that follow it.
qsizetype pieceEnd(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text[i];
        if (c == u'\n')
            return i + 1;
        if ((c == u'.' || c == u'!' || c == u'?' || c == u'\u2026') && i + 1 < to && TextScan::isSpace(text[i + 1])) {
            qsizetype end = i + 1;
            while (end < to && TextScan::isSpace(text[end]))
                ++end;
            return end;
        }
    }
    return to;
}

// The sentences of text[from, to) grouped by their script: a sentence with
// more Cyrillic than Latin letters is read as Ukrainian or Russian (the
// document's language when it is one of them, else the paragraph's own), one
// with more Latin letters as English (a quote in English inside a Ukrainian
// report, or an English sentence beside its Ukrainian version in one
// paragraph). A piece with too few letters to tell ("KN-23.", a row of
// numbers) is read as the one before it.
QList<LanguageRun> languageRuns(QStringView text, qsizetype from, qsizetype to, Language documentLanguage)
{
    constexpr qsizetype kLettersToTell = 12;
    QList<LanguageRun> runs;
    Language previous = documentLanguage;
    qsizetype piece = from;
    while (piece < to) {
        const qsizetype end = pieceEnd(text, piece, to);
        qsizetype cyrillic = 0;
        qsizetype latin = 0;
        for (qsizetype i = piece; i < end; ++i) {
            cyrillic += isCyrillicLetter(text[i].unicode());
            latin += TextScan::isAsciiLetter(text[i]);
        }
        Language language = previous;
        if (cyrillic > latin && cyrillic >= kLettersToTell)
            language = isCyrillicLanguage(documentLanguage) ? documentLanguage
                                                             : detectLanguage(text.sliced(piece, end - piece));
        else if (latin > cyrillic && latin >= kLettersToTell)
            language = Language::English;
        if (!runs.isEmpty() && runs.last().language == language)
            runs.last().to = end;
        else
            runs.append({piece, end, language});
        previous = language;
        piece = end;
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
