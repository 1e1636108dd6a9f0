#include "core/extract/sentencesplitter.h"

#include "core/extract/textscan.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

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

// A clone of the process-wide sentence iterator, or null when ICU has no
// sentence rules. Building one from the rules costs milliseconds, cloning
// microseconds.
std::unique_ptr<icu::BreakIterator> cloneIterator()
{
    static const std::unique_ptr<icu::BreakIterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return std::unique_ptr<icu::BreakIterator>(prototype ? prototype->clone() : nullptr);
}

} // namespace

struct SentenceCursor::Icu
{
    std::unique_ptr<icu::BreakIterator> iterator;
    UText text = UTEXT_INITIALIZER;

    ~Icu() { utext_close(&text); }
};

SentenceCursor::SentenceCursor()
{
    if (auto iterator = cloneIterator()) {
        m_icu = std::make_unique<Icu>();
        m_icu->iterator = std::move(iterator);
    }
}

SentenceCursor::~SentenceCursor() = default;

void SentenceCursor::reset(QStringView text)
{
    m_text = text;
    m_start = 0;
    m_lineScan = 0;
    m_done = text.isEmpty();
    m_byIcu = false;
    if (m_icu && !m_done) {
        // ICU reads the UTF-16 in place: no copy, no conversion.
        UErrorCode status = U_ZERO_ERROR;
        utext_openUChars(&m_icu->text, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
        if (U_SUCCESS(status))
            m_icu->iterator->setText(&m_icu->text, status);
        m_byIcu = U_SUCCESS(status);
    }
}

// ICU's next cut (the last one is the text's end), or -1 after it. Without
// ICU every line is one sentence.
qsizetype SentenceCursor::nextCut()
{
    if (m_byIcu) {
        const int32_t cut = m_icu->iterator->next();
        return cut == icu::BreakIterator::DONE ? -1 : cut;
    }
    if (m_lineScan > m_text.size())
        return -1;
    const qsizetype lineBreak = m_text.indexOf(u'\n', m_lineScan);
    m_lineScan = lineBreak >= 0 && lineBreak + 1 < m_text.size() ? lineBreak + 1 : m_text.size() + 1;
    return lineBreak >= 0 ? lineBreak + 1 : m_text.size();
}

std::optional<TextSpan> SentenceCursor::next()
{
    while (!m_done) {
        const qsizetype cut = nextCut();
        if (cut < 0) {
            m_done = true;
            break;
        }
        if (cut < m_text.size()) {
            // Undo a cut after an abbreviation, or before a lower-case word or
            // a digit (ICU cuts "approx. 300" and "U.S. military"), unless a line
            // break ends the sentence.
            qsizetype e = cut;
            bool lineBreak = false;
            while (e > m_start && (m_text[e - 1].isSpace())) {
                lineBreak = lineBreak || m_text[e - 1] == u'\n' || m_text[e - 1] == u'\r' || m_text[e - 1] == u'\u2029';
                --e;
            }
            if (!lineBreak) {
                qsizetype ts = e;
                while (ts > m_start && !m_text[ts - 1].isSpace())
                    --ts;
                const QChar next = m_text[cut];
                if (isAbbreviation(m_text.mid(ts, e - ts)) || next.isLower() || isDigit(next))
                    continue;
            }
        }
        qsizetype s = m_start;
        qsizetype e = cut;
        while (s < e && m_text[s].isSpace())
            ++s;
        while (e > s && m_text[e - 1].isSpace())
            --e;
        m_start = cut;
        if (e > s)
            return TextSpan{s, e};
    }
    return std::nullopt;
}

QList<TextSpan> SentenceSplitter::split(QStringView text) const
{
    // Each thread reuses one cursor, and with it one cloned iterator.
    thread_local SentenceCursor cursor;
    cursor.reset(text);
    QList<TextSpan> result;
    while (const auto sentence = cursor.next())
        result.append(*sentence);
    return result;
}

} // namespace Claimbench
