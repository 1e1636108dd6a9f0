#include "core/extract/cyrillicnumbers.h"

#include "core/extract/cyrillicdates_p.h"
#include "core/extract/cyrillicnounstems.h"
#include "core/extract/cyrillicnumberwords.h"
#include "core/extract/textscan.h"

// CyrillicNumberParser::isNotAFigure: the numerals of Ukrainian and Russian
// text that name, date or number things rather than count them.

namespace Claimbench {

using namespace Qt::StringLiterals;
using namespace TextScan;
using CyrillicNumberWords::nextWord;
using CyrillicNumberWords::previousWordOf;

namespace {

qsizetype digitsEnd(QStringView t, qsizetype i)
{
    while (i < t.size() && isDigit(t[i]))
        ++i;
    return i;
}

} // namespace

bool CyrillicNumberParser::isNotAFigure(QStringView text, const ParsedNumber &number, qsizetype sentenceStart)
{
    const qsizetype s = number.start;
    const qsizetype e = number.end;
    // A phone number: "+38 (044) ...", "+380441234567"
    if (text[s] == u'+') {
        const qsizetype after = skipSpaces(text, e);
        return e - s > 10 || (after < text.size() && text[after] == u'(');
    }
    if (!isDigit(text[s]))
        return false; // words and currencies always count
    // A model or a designation: "Су-34", "С-300", "KN-23", "Т-72", "F-16"
    if (s >= 2 && (text[s - 1] == u'-' || text[s - 1] == u'\u2013') && isLetter(text[s - 2]))
        return true;
    // Part of a link: "?pf3511=57479", "webproc4_1"
    if (s > 0 && (text[s - 1] == u'=' || text[s - 1] == u'/' || text[s - 1] == u'_' || text[s - 1] == u'&'))
        return true;
    // A reference mark "[3]", a number sign "№ 5", a TV channel "1+1"
    if ((s > 0 && text[s - 1] == u'[' && e < text.size() && text[e] == u']')
        || (e + 1 < text.size() && text[e] == u'+' && isDigit(text[e + 1])) || (s > 1 && text[s - 1] == u'+' && isDigit(text[s - 2])))
        return true;
    qsizetype before = s;
    while (before > sentenceStart && isSpace(text[before - 1]))
        --before;
    if (before > 0 && text[before - 1] == u'№')
        return true;
    qsizetype nextStart = 0;
    const QString next = CyrillicNumberWords::key(nextWord(text, e, &nextStart));
    const QString previous = CyrillicNumberWords::key(previousWordOf(text, s, true));
    // A day of a month the text gives no year for, which is no date without
    // a publication date: "7 вересня", "2 січня"
    if (number.bareInteger && number.value >= 1 && number.value <= 31) {
        const std::optional<CyrillicDateWords::Word> month = CyrillicDateWords::lookUp(nextWord(text, e));
        if (month && (month->kind == CyrillicDateWords::Kind::Month || month->kind == CyrillicDateWords::Kind::MonthAbbrev))
            return true;
    }
    // A name with a number: "24 Канал", "5 канал"
    if (next == u"канал"_s)
        return true;
    // A list number at a line's start: "1.", "2)"
    qsizetype lineStart = s;
    while (lineStart > 0 && isSpace(text[lineStart - 1]))
        --lineStart;
    if ((lineStart == 0 || text[lineStart - 1] == u'\n') && number.bareInteger && e + 1 < text.size()
        && (text[e] == u'.' || text[e] == u')') && (isSpace(text[e + 1]) || text[e + 1] == u'\n'))
        return true;
    // A time with a point, "станом на 09.00", "о 18.30", "з 6.30 до 18.00"
    const qsizetype hours = digitsEnd(text, s);
    if (number.unit.isEmpty() && hours - s <= 2 && hours + 3 <= e && text[hours] == u'.' && digitsEnd(text, hours + 1) == hours + 3
        && number.value < 24
        && inList(previous, {u"о", u"об", u"на", u"до", u"з", u"із", u"зі", u"від", u"с", u"со", u"в", u"у", u"по"}))
        return true;
    // A time "о 10 годині", "в 14 часов"
    if (inList(previous, {u"о", u"об"}) && (next.startsWith(u"годин"_s) || next.startsWith(u"час"_s)))
        return true;
    // A decade: "у 90-х роках", "1990-х годов"
    const qsizetype digitsStop = digitsEnd(text, s);
    if (digitsStop + 2 <= e && text[digitsStop] == u'-'
        && (next.startsWith(u"рок"_s) || next.startsWith(u"роц"_s) || next.startsWith(u"год"_s)))
        return true;
    // A year: "2024 року", "1955 г.", "у 2022-2023 роках"
    QString yearWord = next;
    if (e + 1 < text.size() && (text[e] == u'-' || text[e] == u'\u2013') && isDigit(text[e + 1]))
        yearWord = CyrillicNumberWords::key(nextWord(text, digitsEnd(text, e + 1)));
    if (number.bareInteger && number.digitCount == 4 && number.value >= 1800 && number.value <= 2100
        && (yearWord.startsWith(u"рок"_s) || yearWord.startsWith(u"роц"_s) || yearWord.startsWith(u"рік"_s)
            || yearWord.startsWith(u"год"_s) || inList(yearWord, {u"р", u"рр", u"г", u"гг"})))
        return true;
    // A year after a preposition, in either language of a mixed paragraph:
    // "killed in 2025.", "з 2014 і до 2022 загинули", unless a counted noun
    // follows ("у 2000 сіл")
    if (number.bareInteger && number.digitCount == 4 && number.value >= 1800 && number.value <= 2100
        && inList(previous, {u"in", u"since", u"by", u"until", u"from", u"of", u"у", u"в", u"з", u"із", u"до", u"від", u"с",
                             u"от", u"по", u"після", u"после", u"перед"})
        && (next.isEmpty() || !next.front().isLower() || CyrillicNounStems::keyOf(next).isEmpty()))
        return true;
    // A code with a leading zero: "(044)", "0800"
    if (number.bareInteger && number.digitCount >= 3 && text[s] == u'0')
        return true;
    // A clause of a law: "ч. 5 ст. 264 УК РФ", "п. 3", "статті 8"
    if (inList(previous, {u"ч", u"ст", u"п", u"пп", u"стаття", u"статті", u"статтею", u"статья", u"статьи", u"статьей",
                          u"частина", u"частини", u"часть", u"части", u"пункт", u"пункту", u"пунктом"}))
        return true;
    // A house number: "вул. Хрещатик, 22", "буд. 5", "дом 3"
    if (inList(previous, {u"буд", u"будинок", u"будинку", u"д", u"дом", u"корпус", u"кв", u"квартира", u"офіс", u"оф"}))
        return true;
    if (before > 0 && text[before - 1] == u',') {
        const QStringView name = previousWordOf(text, before - 1);
        const qsizetype nameStart = before - 1 - name.size();
        if (!name.isEmpty() && name[0].isUpper()
            && inList(previousWordOf(text, nameStart, true),
                      {u"вул", u"вулиця", u"вулиці", u"просп", u"проспект", u"проспекті", u"пров", u"провулок", u"ул",
                       u"улица", u"улице", u"пр", u"пл", u"площа", u"площади", u"бульв", u"бульвар"}))
            return true;
    }
    return false;
}

} // namespace Claimbench
