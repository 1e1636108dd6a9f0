#include "core/extract/cyrillicnounstems.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace Claimbench::CyrillicNounStems {

namespace {

using namespace std::string_view_literals;

// The endings of Ukrainian and Russian nouns in every case and number; a
// stem takes any of them. Forms no language has ("ракетого") are harmless: no text writes them.
constexpr std::array kEndings{
    u""sv,   u"а"sv,  u"я"sv,  u"и"sv,  u"і"sv,  u"ї"sv,  u"ы"sv,  u"у"sv,  u"ю"sv,  u"е"sv,  u"є"sv,  u"о"sv,
    u"ь"sv,  u"й"sv,  u"ів"sv, u"їв"sv, u"ов"sv, u"ев"sv, u"ёв"sv, u"ей"sv, u"ам"sv, u"ям"sv, u"ами"sv,
    u"ями"sv, u"ах"sv, u"ях"sv, u"ом"sv, u"ем"sv, u"ём"sv, u"ою"sv, u"ею"sv, u"ой"sv, u"ій"sv, u"ці"sv,
};

// The endings of adjectives, which the substantivised ones ("загиблих",
// "военных") take; kept apart so that "особового" is no form of "особа".
constexpr std::array kAdjectiveEndings{
    u"ий"sv, u"ый"sv, u"ій"sv, u"і"sv,  u"ые"sv,  u"ие"sv,  u"их"sv, u"іх"sv, u"ых"sv,  u"ими"sv, u"іми"sv,
    u"ыми"sv, u"им"sv, u"ім"sv, u"ым"sv, u"ого"sv, u"ому"sv, u"его"sv, u"ему"sv, u"ая"sv, u"а"sv,  u"ої"sv,
};

// Stem → key: the stem takes every ending of kEndings. Stems whose forms
// change inside the stem ("особа" / "осіб", "гривня" / "гривень") are listed
// once per shape under one key; uk and ru spellings of one stem share it
// ("ракет", "танк", "дрон").
constexpr std::pair<std::u16string_view, std::u16string_view> kStems[] = {
    // people
    {u"люд", u"люди"}, {u"людин", u"люди"}, {u"особ", u"особа"}, {u"человек", u"человек"},
    {u"діт", u"діти"}, {u"дитин", u"діти"}, {u"дет", u"дети"}, {u"ребенк", u"дети"}, {u"ребёнк", u"дети"},
    
    
    {u"жертв", u"жертви"}, {u"жител", u"жителі"}, {u"мешканц", u"мешканці"}, 
    {u"пасажир", u"пасажири"}, {u"пассажир", u"пассажиры"}, 
    {u"заручник", u"заручники"},
    // soldiers
    {u"військовослужбовц", u"військовослужбовці"}, {u"окупант", u"окупанти"},
    {u"солдат", u"солдат"}, {u"бійц", u"бійці"}, 
    {u"бойц", u"бойцы"}, {u"найманц", u"найманці"}, {u"наемник", u"наемники"},
    // drones, missiles, shells, aircraft, targets
    {u"дрон", u"дрон"}, {u"безпілотник", u"безпілотник"}, {u"беспилотник", u"беспилотник"},
    {u"шахед", u"шахед"}, {u"апарат", u"апарат"}, {u"аппарат", u"аппарат"}, {u"ракет", u"ракета"},
    {u"снаряд", u"снаряд"}, {u"мін", u"міна"}, {u"бомб", u"бомба"}, {u"літак", u"літак"},
    {u"гелікоптер", u"гелікоптер"}, {u"самолет", u"самолет"}, {u"самолёт", u"самолет"},
    {u"вертолет", u"вертолет"}, {u"вертолёт", u"вертолет"}, {u"ціл", u"ціль"}, {u"цел", u"цель"},
    // tanks, armoured vehicles, artillery, ships, vehicles
    {u"танк", u"танк"}, {u"машин", u"машина"}, {u"артсистем", u"артсистема"}, {u"систем", u"система"},
    {u"гармат", u"гармата"}, {u"оруди", u"орудие"}, {u"засоб", u"засіб"}, {u"средств", u"средство"},
    {u"корабл", u"корабель"}, {u"катер", u"катер"}, {u"човн", u"човен"}, {u"судн", u"судно"},
    {u"автомобіл", u"автомобіль"}, {u"автомобил", u"автомобиль"}, {u"автівк", u"автівка"},
    {u"автоцистерн", u"автоцистерна"}, {u"технік", u"техніка"}, {u"техник", u"техника"},
    {u"одиниц", u"одиниця"}, {u"единиц", u"единица"},
    // money
    {u"гривн", u"гривня"}, {u"рубл", u"рубль"}, {u"долар", u"долар"}, {u"доллар", u"доллар"},
    {u"фунт", u"фунт"}, {u"копійк", u"копійка"}, {u"копейк", u"копейка"},
    // measures and durations
    {u"кілометр", u"кілометр"}, {u"километр", u"километр"}, {u"метр", u"метр"}, {u"тонн", u"тонна"},
    {u"гектар", u"гектар"}, {u"мил", u"миля"}, {u"рок", u"рік"}, {u"год", u"год"}, {u"дн", u"день"},
    {u"доб", u"доба"}, {u"місяц", u"місяць"}, {u"месяц", u"месяц"}, {u"тижн", u"тиждень"},
    {u"недел", u"неделя"}, {u"годин", u"година"}, {u"час", u"час"}, {u"хвилин", u"хвилина"},
    {u"минут", u"минута"}, {u"раз", u"раз"},
    // places and seats the news counts
    {u"пункт", u"пункт"}, {u"місц", u"місце"}, {u"мест", u"место"}, {u"локаці", u"локація"},
    {u"област", u"область"}, {u"регіон", u"регіон"},
};

// The adjectives news counts as nouns: the dead, the wounded, the military.
constexpr std::pair<std::u16string_view, std::u16string_view> kAdjectivalStems[] = {
    {u"загибл", u"загиблі"}, {u"поранен", u"поранені"}, {u"постраждал", u"постраждалі"},
    {u"погибш", u"погибшие"}, {u"ранен", u"раненые"}, {u"пострадавш", u"пострадавшие"},
    {u"цивільн", u"цивільні"}, {u"полонен", u"полонені"}, {u"пленн", u"пленные"},
    {u"військов", u"військові"}, {u"военн", u"военные"}, {u"военнослужащ", u"военнослужащие"},
};

// Forms taken whole: abbreviations, which take no endings ("т" is no "та"),
// and the forms whose stem changes.
constexpr std::pair<std::u16string_view, std::u16string_view> kForms[] = {
    {u"осіб", u"особа"}, {u"боєць", u"бійці"}, {u"боец", u"бойцы"}, {u"мешканець", u"мешканці"},
    {u"військовослужбовець", u"військовослужбовці"}, {u"бпла", u"бпла"}, {u"ббм", u"ббм"},
    {u"бмп", u"бмп"}, {u"бтр", u"бтр"}, {u"каб", u"каб"}, {u"рсзв", u"рсзв"}, {u"рсзо", u"рсзо"},
    {u"засіб", u"засіб"}, {u"корабель", u"корабель"}, {u"човен", u"човен"}, {u"суден", u"судно"},
    {u"одиниць", u"одиниця"}, {u"гривень", u"гривня"}, {u"грн", u"гривня"}, {u"руб", u"рубль"},
    {u"рубль", u"рубль"}, {u"дол", u"долар"}, {u"євро", u"євро"}, {u"евро", u"евро"}, {u"копійок", u"копійка"},
    {u"копеек", u"копейка"}, {u"км", u"км"}, {u"м", u"м"}, {u"т", u"тонна"}, {u"га", u"гектар"},
    {u"рік", u"рік"}, {u"лет", u"год"}, {u"день", u"день"}, {u"діб", u"доба"}, {u"сутки", u"сутки"},
    {u"суток", u"сутки"}, {u"місяць", u"місяць"}, {u"тиждень", u"тиждень"}, {u"разів", u"раз"},
    {u"місць", u"місце"}, {u"миль", u"миля"},
};

// The possessive pronouns that end as no adjective does.
constexpr std::array kPossessives{u"свої"sv, u"свои"sv, u"наші"sv, u"наши"sv, u"ваші"sv, u"ваши"sv, u"мої"sv, u"мои"sv};

const QHash<QString, QString> &forms()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto addStems = [&t](const auto &stems, const auto &endings) {
            for (const auto &[stem, key] : stems) {
                const QString k = QString::fromUtf16(key.data(), qsizetype(key.size()));
                const QString s = QString::fromUtf16(stem.data(), qsizetype(stem.size()));
                for (std::u16string_view e : endings)
                    t.insert(s + QString::fromUtf16(e.data(), qsizetype(e.size())), k);
            }
        };
        addStems(kStems, kEndings);
        addStems(kAdjectivalStems, kAdjectiveEndings);
        for (const auto &[form, key] : kForms)
            t.insert(QString::fromUtf16(form.data(), qsizetype(form.size())),
                     QString::fromUtf16(key.data(), qsizetype(key.size())));
        return t;
    }();
    return table;
}

bool endsWithAny(QStringView word, std::initializer_list<std::u16string_view> endings, qsizetype minStem)
{
    for (std::u16string_view e : endings) {
        const QStringView ending(e.data(), qsizetype(e.size()));
        if (word.size() - ending.size() >= minStem && word.endsWith(ending))
            return true;
    }
    return false;
}

} // namespace

QString keyOf(QStringView lowerWord)
{
    return forms().value(lowerWord.toString());
}

bool isNeverAUnit(QStringView w)
{
    static const QHash<QString, bool> words = [] {
        QHash<QString, bool> h;
        for (const char16_t *word :
             {u"січня", u"лютого", u"березня", u"квітня", u"травня", u"червня", u"липня", u"серпня",
              u"вересня", u"жовтня", u"листопада", u"грудня", u"января", u"февраля", u"марта",
              u"апреля", u"мая", u"июня", u"июля", u"августа", u"сентября", u"октября", u"ноября",
              u"декабря", u"тис", u"тисяча", u"тисячі", u"тисяч", u"тыс", u"тысяча", u"тысячи", u"тысяч",
              u"млн", u"млрд", u"трлн", u"мільйон", u"мільйона", u"мільйонів", u"мільярд", u"мільярда",
              u"мільярдів", u"миллион", u"миллиона", u"миллионов", u"миллиард", u"миллиарда",
              u"миллиардов", u"них", u"яких", u"которых", u"року", u"році", u"году"})
            h.insert(QString::fromUtf16(word), true);
        return h;
    }();
    return words.contains(w.toString());
}

bool looksLikeAdjective(QStringView w, bool broad)
{
    // Endings that in news text after a numeral are an adjective's or a
    // participle's; nouns that end so (the substantivised "загиблих") are in
    // the stem table, which the caller asks first.
    // Possessive pronouns stand where adjectives do ("1440 своїх солдатів",
    // "наши бойцы").
    if (endsWithAny(w, {u"їх"}, 3)
        || std::any_of(std::begin(kPossessives), std::end(kPossessives), [w](std::u16string_view p) {
               return w == QStringView(p.data(), qsizetype(p.size()));
           }))
        return true;
    if (endsWithAny(w, {u"их", u"іх", u"ых", u"ими", u"іми", u"ыми", u"ого", u"ому", u"его", u"ему", u"ої",
                        u"ий", u"ый", u"ые", u"ие", u"ая", u"яя", u"ое", u"ее", u"ую", u"юю"},
                    3))
        return true;
    if (endsWithAny(w, {u"ні", u"ті", u"чі", u"жі", u"ві", u"ші", u"щі", u"ські", u"цькі"}, 4))
        return true; // nominative plural "балістичні", "крилаті", "ворожі"
    return broad
           && endsWithAny(w, {u"а", u"у", u"ю", u"я", u"е", u"і", u"ій", u"ім", u"им", u"ым", u"ой", u"ею", u"ою"}, 4);
}

bool looksLikeVerb(QStringView w)
{
    if (w.size() < 4)
        return false;
    static const QHash<QString, bool> copulas = [] {
        QHash<QString, bool> h;
        for (const char16_t *word : {u"було", u"були", u"був", u"була", u"буде", u"будуть", u"було",
                                     u"было", u"были", u"был", u"была", u"будет", u"становить",
                                     u"становили", u"склали", u"склало", u"составило", u"составили",
                                     u"составляет"})
            h.insert(QString::fromUtf16(word), true);
        return h;
    }();
    if (copulas.contains(w.toString()))
        return true;
    // Past tense: the plural -ли after a vowel ("загинули"; nouns such as
    // "школи" end so after consonants), -ли/-ла/-ло after the -с/-з of
    // "зросла", "выросло". A feminine or neuter past after a vowel is left
    // to nouns: after a numeral "2 квартала", "2 села" are far more common
    // than "одна пострадала". Then the reflexive and infinitive forms.
    const QChar beforeL = w.size() >= 3 ? w[w.size() - 3] : QChar();
    const bool pastTense = (w.endsWith(u"ли") && QStringView(u"уиіаеяоы").contains(beforeL))
                           || ((w.endsWith(u"ли") || w.endsWith(u"ла") || w.endsWith(u"ло"))
                               && QStringView(u"сз").contains(beforeL));
    // Masculine past: "-ув", "-ив" (uk; "-ів", "-ав" end plural genitives:
    // "дронів", "держав"), "-ал", "-ил", "-ел", "-ул", "-ыл" (ru); and "погиб".
    const bool masculinePast = w.size() >= 6 && endsWithAny(w, {u"ув", u"ив", u"ал", u"ил", u"ел", u"ул", u"ыл"}, 4);
    return pastTense || masculinePast || w == u"погиб" || w == u"загиб"
           || endsWithAny(w, {u"лися", u"лись", u"лася", u"лось", u"лося", u"ться", u"ется", u"ится", u"ють", u"ують",
                              u"ены", u"ені"},
                          2);
}

} // namespace Claimbench::CyrillicNounStems
