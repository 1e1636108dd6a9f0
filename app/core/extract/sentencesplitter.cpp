#include "core/extract/sentencesplitter.h"

#include "core/extract/textscan.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>
#include <vector>

namespace Claimbench {

using namespace TextScan;

namespace {

// Abbreviations after which ICU wrongly ends a sentence. Single letters
// ("J. K. Rowling") and dotted initialisms ("U.K.", "D.C.") are recognised by
// shape in isAbbreviation().
constexpr QStringView kAbbreviations[] = {
    u"Mr.", u"Mrs.", u"Ms.", u"Dr.", u"Prof.", u"Gen.", u"Lt.", u"Col.", u"Maj.", u"Capt.", u"Cpt.", u"Sgt.",
    u"Cpl.", u"Adm.", u"Cmdr.", u"Brig.", u"Gov.", u"Sen.", u"Rep.", u"Pres.", u"Rev.", u"Hon.", u"St.", u"Mt.",
    u"Ft.", u"Jr.", u"Sr.", u"Inc.", u"Corp.", u"Co.", u"Ltd.", u"Bros.", u"No.", u"Nos.", u"vs.", u"v.",
    u"approx.", u"est.", u"cf.", u"etc.", u"Jan.", u"Feb.", u"Mar.", u"Apr.", u"Jun.", u"Jul.", u"Aug.",
    u"Sep.", u"Sept.", u"Oct.", u"Nov.", u"Dec.", u"Fig.", u"para.", u"Art.", u"Vol.", u"ca.", u"c.",
    u"Ave.", u"Blvd.", u"Dept.", u"Univ.", u"Gov't.", u"al.",
};

bool isAbbreviation(QStringView token)
{
    // Strip opening punctuation: "(U.S." or "“Mr.".
    while (!token.isEmpty() && !isLetter(token.front()))
        token = token.mid(1);
    if (token.size() < 2 || token.back() != u'.')
        return false;
    // Every ICU cut asks: compare lengths before characters.
    for (QStringView a : kAbbreviations)
        if (a.size() == token.size()
            && (token == a || (a.front().isLower() && token.compare(a, Qt::CaseInsensitive) == 0)))
            return true;
    // Initials and initialisms: "J.", "U.K.", "U.S.", "a.m.", "D.C."
    for (qsizetype i = 0; i < token.size(); i += 2) {
        if (!isLetter(token[i]) || i + 1 >= token.size() || token[i + 1] != u'.')
            return false;
    }
    return true;
}

// The calling thread's sentence iterator, or null when ICU has no sentence
// rules. Building one from the rules costs milliseconds, cloning microseconds:
// each thread clones the prototype once and reuses its clone with setText().
icu::BreakIterator *threadIterator()
{
    static const std::unique_ptr<icu::BreakIterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    thread_local const std::unique_ptr<icu::BreakIterator> clone(prototype ? prototype->clone() : nullptr);
    return clone.get();
}

// ICU's cuts in `text` (UTF-16 offsets, the last one text.size()), read in
// place: no copy, no conversion.
std::vector<qsizetype> icuCuts(QStringView text)
{
    std::vector<qsizetype> cuts;
    icu::BreakIterator *it = threadIterator();
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    if (it)
        utext_openUChars(&ut, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    if (it && U_SUCCESS(status))
        it->setText(&ut, status);
    if (it && U_SUCCESS(status)) {
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
            cuts.push_back(b);
    } else {
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text[i] == u'\n')
                cuts.push_back(i + 1);
        if (cuts.empty() || cuts.back() != text.size())
            cuts.push_back(text.size());
    }
    utext_close(&ut);
    return cuts;
}

} // namespace

QList<TextSpan> SentenceSplitter::split(QStringView text) const
{
    QList<TextSpan> result;
    if (text.isEmpty())
        return result;
    const std::vector<qsizetype> cuts = icuCuts(text);

    qsizetype start = 0;
    for (std::size_t k = 0; k < cuts.size(); ++k) {
        const qsizetype cut = cuts[k];
        if (k + 1 < cuts.size()) {
            // Undo a cut after an abbreviation, or before a lower-case word or
            // a digit (ICU cuts "approx. 300" and "U.S. military"), unless a line
            // break ends the sentence.
            qsizetype e = cut;
            bool lineBreak = false;
            while (e > start && (text[e - 1].isSpace())) {
                lineBreak = lineBreak || text[e - 1] == u'\n' || text[e - 1] == u'\r' || text[e - 1] == u'\u2029';
                --e;
            }
            if (!lineBreak) {
                qsizetype ts = e;
                while (ts > start && !text[ts - 1].isSpace())
                    --ts;
                const QChar next = cut < text.size() ? text[cut] : QChar();
                if (isAbbreviation(text.mid(ts, e - ts)) || next.isLower() || isDigit(next))
                    continue;
            }
        }
        qsizetype s = start;
        qsizetype e = cut;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (e > s)
            result.append({s, e});
        start = cut;
    }
    return result;
}

} // namespace Claimbench
