#include "core/extract/cyrillicunits.h"
#include "core/extract/cyrillicunits_p.h"

#include "core/extract/textscan.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace Claimbench {

using namespace Qt::StringLiterals;
using namespace TextScan;
using namespace CyrillicUnitsText;

namespace {

using namespace std::string_view_literals;

// A verb or noun of change, after which "до" is the level reached ("підвищив
// облікову ставку до 25%", "снижение до 5%"), not a ceiling.
bool isChangeWord(QStringView w)
{
    for (std::u16string_view stem :
         {u"підвищ"sv, u"підня"sv, u"зниз"sv, u"знижен"sv, u"зрос"sv, u"зріс"sv, u"скорот"sv, u"збільш"sv, u"зменш"sv,
          u"прискор"sv, u"сповільн"sv, u"уповільн"sv, u"впа"sv, u"довед"sv, u"подорож"sv, u"повыс"sv, u"повыш"sv,
          u"подня"sv, u"сниз"sv, u"сниж"sv, u"вырос"sv, u"вырас"sv, u"сократ"sv, u"увелич"sv, u"уменьш"sv,
          u"ускор"sv, u"замедл"sv, u"упа"sv})
        if (w.startsWith(QStringView(stem.data(), qsizetype(stem.size()))))
            return true;
    return false;
}

} // namespace

Qualifier CyrillicUnits::qualifierOf(QStringView text, qsizetype start, qsizetype end, TextSpan sentence)
{
    // After the figure: "40 з лишком", "40 с лишним" (more than), "двох і
    // більше", "двух и более" (at least).
    const qsizetype after = skipSpaces(text, end);
    const qsizetype afterEnd = wordEnd(text, after);
    const qsizetype next = skipSpaces(text, afterEnd);
    const QStringView nextWord = text.mid(next, wordEnd(text, next) - next);
    const QStringView afterWord = text.mid(after, afterEnd - after);
    if (inList(afterWord, {u"з", u"с"}) && inList(nextWord, {u"лишком", u"гаком", u"лишним"}))
        return Qualifier::MoreThan;
    // "до 200 и более 490": the comparative hedges the second number.
    const qsizetype second = skipSpaces(text, next + nextWord.size());
    const bool secondNumber = second < text.size() && isDigit(text[second]);
    if (inList(afterWord, {u"і", u"й", u"и", u"або", u"или"}) && inList(nextWord, {u"більше", u"более", u"больше"})
        && !secondNumber)
        return Qualifier::AtLeast;
    // The words right before the figure, nearest first; a hedge may stand
    // before the figure's preposition ("більш ніж на 13%").
    std::array<QString, 4> words;
    std::array<qsizetype, 4> starts{};
    int count = 0;
    for (qsizetype p = start; count < int(words.size());) {
        const qsizetype e = spacesBefore(text, p, sentence.start);
        const qsizetype s = std::max(wordStartBefore(text, e), sentence.start);
        if (s == e)
            break;
        words[count] = lower(text.mid(s, e - s));
        starts[count++] = s;
        p = s;
    }
    const int first = count > 1 && inList(words[0], {u"на", u"в", u"у", u"з", u"із", u"с"}) ? 1 : 0;
    const auto word = [&](int k) { return first + k < count ? QStringView(words[first + k]) : QStringView(); };
    const QStringView w0 = word(0);
    const QStringView w1 = word(1);
    const bool negated = w1 == u"не";
    if (w0 == u"ніж" || w0 == u"за") { // "більше ніж", "не менше ніж", "більше за"
        const bool notMore = word(2) == u"не";
        if (w1 == u"менше" || w1 == u"менш")
            return notMore ? Qualifier::AtLeast : Qualifier::LessThan;
        if (w1 == u"більше" || w1 == u"більш")
            return notMore ? Qualifier::UpTo : Qualifier::MoreThan;
        return Qualifier::None;
    }
    if (inList(w0, {u"менше", u"менш", u"менее", u"меньше"}))
        return negated ? Qualifier::AtLeast : Qualifier::LessThan;
    if (inList(w0, {u"більше", u"більш", u"более", u"больше"}))
        return negated ? Qualifier::UpTo : Qualifier::MoreThan;
    if (inList(w0, {u"понад", u"свыше", u"сверх"}))
        return Qualifier::MoreThan;
    if (inList(w0, {u"щонайменше", u"принаймні", u"мінімум", u"минимум"}))
        return Qualifier::AtLeast;
    if (w0 == u"мере" && inList(w1, {u"меньшей", u"крайней"})) // "по меньшей мере", "по крайней мере"
        return Qualifier::AtLeast;
    // "не більше 900 гостей": the corpus reads a ceiling as "up to".
    if (inList(w0, {u"щонайбільше", u"максимум"}))
        return Qualifier::UpTo;
    if (inList(w0, {u"близько", u"приблизно", u"майже", u"орієнтовно", u"около", u"примерно", u"почти",
                    u"порядка", u"приблизительно", u"ориентировочно"}))
        return Qualifier::Approximately;
    if (w0 == u"до" && inList(w1, {u"майже", u"приблизно", u"близько", u"почти", u"примерно", u"около"}))
        return Qualifier::Approximately; // "майже до 9,7%"
    if (w0 == u"до" && first == 0) {
        // "до 900 гостей" is up to; "від 400 до 500" is a range and "зросла
        // до 12" a level reached.
        const qsizetype e = spacesBefore(text, starts[0], sentence.start);
        const bool afterNumber = e > sentence.start && (isDigit(text[e - 1]) || text[e - 1] == u'%');
        const bool afterChange = std::any_of(words.begin() + 1, words.begin() + count, [](const QString &w) {
            return isChangeWord(w);
        });
        if (w1 == u"аж" || (!afterNumber && !afterChange && !inList(w1, {u"від", u"от", u"з", u"із", u"с"})))
            return Qualifier::UpTo;
    }
    return Qualifier::None;
}

} // namespace Claimbench
