#include "core/extract/cyrillicdates_p.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <string_view>

namespace Claimbench::CyrillicDateWords {

using DateScan::Direction;
using DateScan::Period;

namespace {

struct Entry
{
    std::u16string_view forms; // space-separated, lower case, apostrophe U+0027
    Word word;
};

// Ukrainian and Russian month forms: nominative first, then genitive,
// locative, instrumental and dative ("у вересні", "порівняно з груднем",
// "к марту").
constexpr Entry kMonths[] = {
    {u"січень январь", {Kind::Month, 1, true}},
    {u"січня січні січнем січню января январе январём январем январю", {Kind::Month, 1}},
    {u"лютий февраль", {Kind::Month, 2, true}},
    {u"лютого лютому лютім лютим февраля феврале февралём февралем февралю", {Kind::Month, 2}},
    {u"березень март", {Kind::Month, 3, true}},
    {u"березня березні березнем березню марта марте мартом марту", {Kind::Month, 3}},
    {u"квітень апрель", {Kind::Month, 4, true}},
    {u"квітня квітні квітнем квітню апреля апреле апрелем апрелю", {Kind::Month, 4}},
    {u"травень май", {Kind::Month, 5, true}},
    {u"травня травні травнем травню мая мае маем", {Kind::Month, 5}},
    {u"червень июнь", {Kind::Month, 6, true}},
    {u"червня червні червнем червню июня июне июнем июню", {Kind::Month, 6}},
    {u"липень июль", {Kind::Month, 7, true}},
    {u"липня липні липнем липню июля июле июлем июлю", {Kind::Month, 7}},
    {u"серпень август", {Kind::Month, 8, true}},
    {u"серпня серпні серпнем серпню августа августе августом августу", {Kind::Month, 8}},
    {u"вересень сентябрь", {Kind::Month, 9, true}},
    {u"вересня вересні вереснем вересню сентября сентябре сентябрём сентябрем сентябрю", {Kind::Month, 9}},
    {u"жовтень октябрь", {Kind::Month, 10, true}},
    {u"жовтня жовтні жовтнем жовтню октября октябре октябрём октябрем октябрю", {Kind::Month, 10}},
    {u"листопад ноябрь", {Kind::Month, 11, true}},
    {u"листопада листопаді листопадом листопаду ноября ноябре ноябрём ноябрем ноябрю", {Kind::Month, 11}},
    {u"грудень декабрь", {Kind::Month, 12, true}},
    {u"грудня грудні груднем грудню декабря декабре декабрём декабрем декабрю", {Kind::Month, 12}},
    {u"січ янв", {Kind::MonthAbbrev, 1}},
    {u"лют фев февр", {Kind::MonthAbbrev, 2}},
    {u"бер мар", {Kind::MonthAbbrev, 3}},
    {u"квіт апр", {Kind::MonthAbbrev, 4}},
    {u"трав", {Kind::MonthAbbrev, 5}},
    {u"черв июн", {Kind::MonthAbbrev, 6}},
    {u"лип июл", {Kind::MonthAbbrev, 7}},
    {u"сер серп авг", {Kind::MonthAbbrev, 8}},
    {u"вер верес сен сент", {Kind::MonthAbbrev, 9}},
    {u"жовт окт", {Kind::MonthAbbrev, 10}},
    {u"лист лис ноя нояб", {Kind::MonthAbbrev, 11}},
    {u"груд дек", {Kind::MonthAbbrev, 12}},
};

constexpr Entry kOtherWords[] = {
    {u"понеділок понеділка понеділку понедельник понедельника", {Kind::Weekday, 1}},
    {u"вівторок вівторка вівторку вторник вторника", {Kind::Weekday, 2}},
    {u"середа середу середи среда среду среды", {Kind::Weekday, 3}},
    {u"четвер четверга четверг", {Kind::Weekday, 4}},
    {u"п'ятниця п'ятницю п'ятниці пятница пятницу пятницы", {Kind::Weekday, 5}},
    {u"субота суботу суботи суббота субботу субботы", {Kind::Weekday, 6}},
    {u"неділя неділю неділі воскресенье воскресенья", {Kind::Weekday, 7}},
    {u"пн", {Kind::WeekdayAbbrev, 1}},
    {u"вт", {Kind::WeekdayAbbrev, 2}},
    {u"ср", {Kind::WeekdayAbbrev, 3}},
    {u"чт", {Kind::WeekdayAbbrev, 4}},
    {u"пт", {Kind::WeekdayAbbrev, 5}},
    {u"сб", {Kind::WeekdayAbbrev, 6}},
    {u"нд вс", {Kind::WeekdayAbbrev, 7}},
    {u"сьогодні сегодня", {Kind::RelativeDay, 0}},
    {u"вчора учора вчера", {Kind::RelativeDay, -1}},
    {u"позавчора позавчера", {Kind::RelativeDay, -2}},
    {u"завтра", {Kind::RelativeDay, 1}},
    {u"післязавтра послезавтра", {Kind::RelativeDay, 2}},
    {u"торік", {Kind::RelativeYear, -1}},
    {u"позаторік", {Kind::RelativeYear, -2}},
    {u"минулого минулому минулий минулої минулу минула минулі минулих прошлого прошлом прошлый прошлой "
     u"прошлую прошедшего прошедшем прошедшей прошедшую прошедшие прошедших минувшие минувших минувшей "
     u"минувшую последние последних последний последнего последнем последнюю останній останнього "
     u"останньому останню останні останніх попередню попередньої попередні попередніх "
     u"предыдущие предыдущих предыдущую предыдущей",
     {Kind::Direction, int(Direction::Last)}},
    {u"позаминулого позаминулому позаминулий позапрошлого позапрошлом позапрошлый",
     {Kind::Direction, int(Direction::Last), false, -1}},
    {u"цього цьому цей цієї цю поточного поточному поточний этого этом этот этой эту текущего текущем текущий",
     {Kind::Direction, int(Direction::This)}},
    {u"наступного наступному наступний наступної наступну наступна следующего следующем следующий следующей "
     u"следующую следующая",
     {Kind::Direction, int(Direction::Next)}},
    {u"тиждень тижня тижні тижнем неделя недели неделе неделю", {Kind::PeriodNoun, int(Period::Week)}},
    {u"місяць місяця місяці місяцем месяц месяца месяце", {Kind::PeriodNoun, int(Period::Month)}},
    {u"рік року році роком год года году", {Kind::PeriodNoun, int(Period::Year)}},
    {u"доба добу доби сутки суток", {Kind::DayNoun}},
    {u"ніч ночі ніччю ночь ночи ночью", {Kind::NightNoun}},
    {u"у в во з із зі від до по с со от к на за після перед між протягом проти початку кінця кінці середини "
     u"середині половині наприкінці начала начале конца конце середины середине половине после щодо відносно "
     u"относительно",
     {Kind::Preposition}},
};

// The words a year is written with after its number: "2022 року", "2011 г."
// ("рік"/"год" are also PeriodNoun: the scan asks this list after a number).
constexpr std::u16string_view kYearWords[] = {u"року", u"році", u"рік", u"роки", u"роках", u"р", u"рр",
                                              u"года", u"году", u"год", u"годы", u"годах", u"г", u"гг"};

const QHash<QString, Word> &words()
{
    static const QHash<QString, Word> table = [] {
        QHash<QString, Word> t;
        const auto add = [&](const Entry &e) {
            for (const QStringView form : QStringView(e.forms).tokenize(u' '))
                t.insert(form.toString(), e.word);
        };
        for (const Entry &e : kMonths)
            add(e);
        for (const Entry &e : kOtherWords)
            add(e);
        return t;
    }();
    return table;
}

// Lower case, one apostrophe, "ё" as "е": the table's spelling.
QString normalized(QStringView word)
{
    QString w = word.toString().toLower();
    for (QChar &c : w) {
        if (c == u'\u2019' || c == u'\u02BC')
            c = u'\'';
        else if (c == u'ё')
            c = u'е';
    }
    return w;
}

} // namespace

std::optional<Word> lookUp(QStringView word)
{
    if (word.size() > 13)
        return std::nullopt;
    const auto it = words().constFind(normalized(word));
    return it == words().cend() ? std::nullopt : std::optional(*it);
}

bool isYearWord(QStringView word)
{
    if (word.size() > 5)
        return false;
    const QString w = normalized(word);
    return std::ranges::any_of(kYearWords, [&](std::u16string_view y) { return QStringView(y) == w; });
}

} // namespace Claimbench::CyrillicDateWords
