#include "core/extract/language.h"

#include "core/extract/textscan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

bool isCyrillic(char16_t u) { return u >= u'\u0400' && u <= u'\u04ff'; }

// Letters of one language's alphabet only: і ї є ґ are Ukrainian, ы э ъ ё
// Russian. A stray one (a Russian name in a Ukrainian report) is outweighed
// by the text's own.
int ukrainianLetter(char16_t u)
{
    switch (u) {
    case u'і': case u'І': case u'ї': case u'Ї': case u'є': case u'Є': case u'ґ': case u'Ґ':
        return 1;
    case u'ы': case u'Ы': case u'э': case u'Э': case u'ъ': case u'Ъ': case u'ё': case u'Ё':
        return -1;
    default:
        return 0;
    }
}

// Function words each language writes constantly and the other never:
// Ukrainian "та", "що", "як", "це"; Russian "и", "что", "как", "это".
int functionWordVote(QStringView word)
{
    static constexpr std::u16string_view kUkrainian[] = {u"та", u"що", u"як", u"це", u"від", u"про", u"який", u"яка"};
    static constexpr std::u16string_view kRussian[] = {u"и", u"что", u"как", u"это", u"от", u"о", u"который", u"которая"};
    const std::u16string_view w(reinterpret_cast<const char16_t *>(word.data()), size_t(word.size()));
    for (std::u16string_view f : kUkrainian)
        if (w == f)
            return 1;
    for (std::u16string_view f : kRussian)
        if (w == f)
            return -1;
    return 0;
}

} // namespace

std::optional<Language> languageFromTag(QStringView tag)
{
    QStringView primary = tag.trimmed();
    if (const qsizetype region = primary.indexOf(QRegularExpression(u"[-_]"_s)); region >= 0)
        primary.truncate(region);
    if (primary.isEmpty() || primary.compare(u"auto", Qt::CaseInsensitive) == 0)
        return Language::Auto;
    if (primary.compare(u"en", Qt::CaseInsensitive) == 0)
        return Language::English;
    if (primary.compare(u"uk", Qt::CaseInsensitive) == 0)
        return Language::Ukrainian;
    if (primary.compare(u"ru", Qt::CaseInsensitive) == 0)
        return Language::Russian;
    return std::nullopt;
}

QString languageTag(Language language)
{
    switch (language) {
    case Language::English: return u"en"_s;
    case Language::Ukrainian: return u"uk"_s;
    case Language::Russian: return u"ru"_s;
    case Language::Auto: break;
    }
    return u"auto"_s;
}

Language detectLanguage(QStringView text)
{
    qsizetype cyrillic = 0;
    qsizetype latin = 0;
    qsizetype vote = 0; // > 0 Ukrainian, < 0 Russian
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t u = text[i].unicode();
        if (TextScan::isAsciiLetter(text[i])) {
            ++latin;
            ++i;
            continue;
        }
        if (!isCyrillic(u)) {
            ++i;
            continue;
        }
        const qsizetype end = TextScan::wordEnd(text, i);
        if (end == i) {
            ++i;
            continue;
        }
        for (qsizetype k = i; k < end; ++k) {
            if (isCyrillic(text[k].unicode())) {
                ++cyrillic;
                vote += ukrainianLetter(text[k].unicode());
            }
        }
        if (end - i <= 7)
            vote += 2 * functionWordVote(text.sliced(i, end - i));
        i = end;
    }
    if (cyrillic == 0 || cyrillic < latin)
        return Language::English;
    return vote >= 0 ? Language::Ukrainian : Language::Russian;
}

} // namespace Claimbench
