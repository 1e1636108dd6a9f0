#include "core/extract/sentencesplitter.h"

#include "core/extract/textscan.h"

#include <boost/locale/boundary.hpp>
#include <boost/locale/generator.hpp>

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
    for (QStringView a : kAbbreviations)
        if (token.compare(a, Qt::CaseSensitive) == 0 || (a.front().isLower() && token.compare(a, Qt::CaseInsensitive) == 0))
            return true;
    // Initials and initialisms: "J.", "U.K.", "U.S.", "a.m.", "D.C."
    for (qsizetype i = 0; i < token.size(); i += 2) {
        if (!isLetter(token[i]) || i + 1 >= token.size() || token[i + 1] != u'.')
            return false;
    }
    return true;
}

std::locale makeLocale()
{
    boost::locale::generator generator;
    return generator("en_US.UTF-8");
}

} // namespace

SentenceSplitter::SentenceSplitter()
    : m_locale(makeLocale())
{
}

QList<TextSpan> SentenceSplitter::split(QStringView text) const
{
    QList<TextSpan> result;
    if (text.isEmpty())
        return result;
    // Boost.Locale hands UTF-8 to ICU with one bulk conversion (wchar_t input
    // is appended code point by code point, three times slower). Map the UTF-8
    // boundaries back to UTF-16; for ASCII text the offsets are equal.
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = utf8.size() == text.size();
    std::vector<qsizetype> utf16At;
    if (!ascii) {
        utf16At.reserve(std::size_t(utf8.size()) + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char32_t c = text[i].unicode();
            int bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                bytes = 4;
                for (int b = 0; b < bytes; ++b)
                    utf16At.push_back(i);
                ++i;
                continue;
            }
            for (int b = 0; b < bytes; ++b)
                utf16At.push_back(i);
        }
        utf16At.push_back(text.size());
    }

    namespace bl = boost::locale::boundary;
    const char *begin = utf8.constData();
    const bl::segment_index<const char *> index(bl::sentence, begin, begin + utf8.size(), m_locale);
    std::vector<qsizetype> cuts;
    for (auto it = index.begin(); it != index.end(); ++it) {
        const auto byte = std::size_t(it->end() - begin);
        cuts.push_back(ascii ? qsizetype(byte) : utf16At[byte]);
    }

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
