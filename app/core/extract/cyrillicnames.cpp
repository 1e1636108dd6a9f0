#include "core/extract/cyrillicnames.h"

#include "core/extract/textscan.h"

#include <QList>
#include <QSet>

#include <initializer_list>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Claimbench::CyrillicNames {

namespace {

using Ending = std::pair<std::u16string_view, std::u16string_view>; // oblique ending → nominative ending

QSet<QString> lowerSet(std::initializer_list<std::u16string_view> words)
{
    QSet<QString> set;
    for (std::u16string_view w : words)
        set.insert(QString::fromUtf16(w.data(), qsizetype(w.size())).toLower());
    return set;
}

// Common first names, enough for the people news quotes on these subjects.
const QSet<QString> &firstNames(Language language)
{
    static const QSet<QString> ukrainian = lowerSet({
        u"Володимир", u"Олександр", u"Олексій", u"Андрій", u"Сергій", u"Дмитро", u"Юрій", u"Віталій",
        u"Михайло", u"Петро", u"Павло", u"Іван", u"Олег", u"Валерій", u"Денис", u"Руслан", u"Ігор",
        u"Василь", u"Микола", u"Роман", u"Кирило", u"Максим", u"Віктор", u"Анатолій", u"Борис", u"Євген",
        u"Костянтин", u"Ростислав", u"Тарас", u"Богдан", u"Антон", u"Артем", u"Вадим", u"Геннадій",
        u"Григорій", u"Леонід", u"Станіслав", u"Ілля", u"Ярослав", u"Святослав", u"Юлія", u"Ірина",
        u"Ольга", u"Олена", u"Наталія", u"Наталя", u"Тетяна", u"Марія", u"Ганна", u"Анна", u"Людмила",
        u"Оксана", u"Світлана", u"Вікторія", u"Катерина", u"Христина", u"Галина", u"Лариса", u"Надія",
        u"Віра", u"Софія", u"Яна", u"Інна", u"Алла", u"Валентина", u"Дар'я", u"Дарія"});
    static const QSet<QString> russian = lowerSet({
        u"Владимир", u"Александр", u"Алексей", u"Андрей", u"Сергей", u"Дмитрий", u"Юрий", u"Виталий",
        u"Михаил", u"Пётр", u"Петр", u"Павел", u"Иван", u"Олег", u"Валерий", u"Денис", u"Руслан",
        u"Игорь", u"Василий", u"Николай", u"Роман", u"Кирилл", u"Максим", u"Виктор", u"Анатолий",
        u"Борис", u"Евгений", u"Константин", u"Григорий", u"Леонид", u"Станислав", u"Илья", u"Рамзан",
        u"Ярослав", u"Вячеслав", u"Геннадий", u"Мария", u"Юлия", u"Ирина", u"Ольга", u"Елена",
        u"Наталья", u"Наталия", u"Татьяна", u"Анна", u"Людмила", u"Светлана", u"Виктория",
        u"Екатерина", u"Галина", u"Валентина", u"Елизавета", u"Маргарита", u"Вероника", u"Дарья"});
    return language == Language::Russian ? russian : ukrainian;
}

QString withEnding(QStringView word, qsizetype drop, std::u16string_view ending)
{
    return word.first(word.size() - drop).toString() + QString::fromUtf16(ending.data(), qsizetype(ending.size()));
}

// `word` with the first matching oblique ending replaced; empty when none
// matches. Longer endings come first in `endings`.
QString replaced(QStringView word, std::initializer_list<Ending> endings)
{
    for (const auto &[oblique, nominativeEnding] : endings) {
        const QStringView tail(oblique.data(), qsizetype(oblique.size()));
        if (word.size() > tail.size() && word.endsWith(tail, Qt::CaseInsensitive))
            return withEnding(word, tail.size(), nominativeEnding);
    }
    return {};
}

bool isUpperStart(QStringView word) { return !word.isEmpty() && word.front().isUpper(); }

bool isFeminine(QStringView firstName)
{
    return (firstName.endsWith(u'а') || firstName.endsWith(u'я')) && firstName != u"Ілля" && firstName != u"Илья";
}

// A surname in the genitive put back in the nominative for a man or a
// woman; as written when its ending is none the table knows.
QString surnameNominative(QStringView word, bool feminine, Language language)
{
    QString found;
    if (feminine)
        found = replaced(word, {{u"ської", u"ська"}, {u"цької", u"цька"}, {u"ской", u"ская"}, {u"цкой", u"цкая"},
                                {u"ової", u"ова"}, {u"евої", u"ева"}, {u"євої", u"єва"}, {u"іної", u"іна"},
                                {u"овой", u"ова"}, {u"евой", u"ева"}, {u"иной", u"ина"}});
    else if (language == Language::Russian)
        found = replaced(word, {{u"ского", u"ский"}, {u"цкого", u"цкий"}, {u"енко", u"енко"}, {u"ова", u"ов"},
                                {u"ева", u"ев"}, {u"ёва", u"ёв"}, {u"ина", u"ин"}, {u"ына", u"ын"}, {u"ука", u"ук"},
                                {u"ика", u"ик"}, {u"ая", u"ай"}, {u"ея", u"ей"}, {u"ия", u"ий"}, {u"ы", u"а"}});
    else
        found = replaced(word, {{u"ського", u"ський"}, {u"цького", u"цький"}, {u"зького", u"зький"},
                                {u"енка", u"енко"}, {u"ова", u"ов"}, {u"ева", u"ев"}, {u"єва", u"єв"},
                                {u"іна", u"ін"}, {u"ина", u"ин"}, {u"ука", u"ук"}, {u"ика", u"ик"},
                                {u"ая", u"ай"}, {u"ія", u"ій"}, {u"ля", u"ль"}, {u"би", u"ба"}, {u"ди", u"да"},
                                {u"ки", u"ка"}});
    return found.isEmpty() ? word.toString() : found;
}

// The nominative of an institution's head noun ("Міністерства" →
// "Міністерство", "службі" → "служба", "управления" → "управление").
QString headNominative(QStringView word)
{
    return replaced(word, {{u"ства", u"ство"}, {u"стві", u"ство"}, {u"стве", u"ство"}, {u"ения", u"ение"},
                           {u"ении", u"ение"}, {u"нні", u"ння"}, {u"ції", u"ція"}, {u"ции", u"ция"},
                           {u"ії", u"ія"}, {u"ии", u"ия"}, {u"ури", u"ура"}, {u"урі", u"ура"}, {u"уры", u"ура"},
                           {u"уре", u"ура"}, {u"жби", u"жба"}, {u"жбі", u"жба"}, {u"жбы", u"жба"},
                           {u"жбе", u"жба"}, {u"ади", u"ада"}, {u"аді", u"ада"}, {u"туту", u"тут"},
                           {u"туті", u"тут"}, {u"ету", u"ет"}, {u"еті", u"ет"}, {u"ета", u"ет"}, {u"ете", u"ет"},
                           {u"нту", u"нт"}, {u"нті", u"нт"}, {u"нта", u"нт"}, {u"нте", u"нт"}, {u"тру", u"тр"},
                           {u"трі", u"тр"}, {u"тра", u"тр"}, {u"тре", u"тр"}, {u"ісу", u"іс"}, {u"ісі", u"іс"},
                           {u"яду", u"яд"}, {u"яді", u"яд"}, {u"штабу", u"штаб"}, {u"штабі", u"штаб"},
                           {u"штаба", u"штаб"}, {u"штабе", u"штаб"}, {u"анку", u"анк"}, {u"анка", u"анк"},
                           {u"анке", u"анк"}});
}

enum class Gender { Masculine, Feminine, Neuter };

Gender genderOf(QStringView noun)
{
    if (noun.endsWith(u'о') || noun.endsWith(u'е') || noun.endsWith(u"ння") || noun.endsWith(u"ття"))
        return Gender::Neuter;
    if (noun.endsWith(u'а') || noun.endsWith(u'я'))
        return Gender::Feminine;
    return Gender::Masculine;
}

// The adjective before a head noun, in the nominative of the noun's gender;
// empty when its ending is no oblique adjective ending.
QString adjectiveNominative(QStringView word, Gender gender, Language language)
{
    const bool hardAfterVelar = word.size() > 3 && QStringView(u"кгхжшчщ").contains(word[word.size() - 4]);
    if (language == Language::Russian) {
        switch (gender) {
        case Gender::Feminine:
            return replaced(word, {{u"ой", u"ая"}, {u"ей", u"яя"}});
        case Gender::Neuter:
            return replaced(word, {{u"ого", u"ое"}, {u"ому", u"ое"}, {u"его", u"ее"}});
        case Gender::Masculine:
            return hardAfterVelar ? replaced(word, {{u"ого", u"ий"}, {u"ому", u"ий"}})
                                  : replaced(word, {{u"ого", u"ый"}, {u"ому", u"ый"}, {u"его", u"ий"}});
        }
    }
    switch (gender) {
    case Gender::Feminine:
        return replaced(word, {{u"ьої", u"я"}, {u"ої", u"а"}, {u"ій", u"а"}});
    case Gender::Neuter:
        return replaced(word, {{u"ого", u"е"}, {u"ому", u"е"}});
    case Gender::Masculine:
        return replaced(word, {{u"ого", u"ий"}, {u"ому", u"ий"}});
    }
    return {};
}

bool isAdjectiveForm(QStringView word)
{
    for (QStringView e : {u"ого", u"ому", u"ої", u"ій", u"ой", u"ей", u"его"})
        if (word.size() > e.size() + 2 && word.endsWith(e, Qt::CaseInsensitive))
            return true;
    return false;
}

// A person named in `words`: a known first name (any case when `oblique`)
// and the capitalised surname after it, both in the nominative.
QString personIn(const QList<QStringView> &words, bool oblique, Language language)
{
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (!isUpperStart(words[i]) || !isUpperStart(words[i + 1]))
            continue;
        const QString first = oblique ? firstNameNominative(words[i], language)
                                      : (isFirstName(words[i], language) ? words[i].toString() : QString());
        if (first.isEmpty())
            continue;
        const bool inflected = first != words[i];
        return first + u' '
            + (inflected ? surnameNominative(words[i + 1], isFeminine(first), language) : words[i + 1].toString());
    }
    return {};
}

QList<QStringView> wordsOf(QStringView name)
{
    QList<QStringView> words;
    qsizetype i = 0;
    while (i < name.size()) {
        i = TextScan::skipSpaces(name, i);
        qsizetype end = i;
        while (end < name.size() && !TextScan::isSpace(name[end]))
            ++end;
        if (end > i)
            words.append(name.sliced(i, end - i));
        i = end;
    }
    return words;
}

} // namespace

bool isFirstName(QStringView word, Language language)
{
    return firstNames(language).contains(word.toString().toLower());
}

QString firstNameNominative(QStringView word, Language language)
{
    if (isFirstName(word, language))
        return word.toString();
    // The genitive of the first names above: Володимира, Дмитра, Сергія,
    // Сергея, Юлії, Ірини, Ольги, Анны, Марии, Натальи.
    for (const QString &candidate :
         {replaced(word, {{u"а", u""}}), replaced(word, {{u"а", u"о"}}), replaced(word, {{u"ія", u"ій"}}),
          replaced(word, {{u"ея", u"ей"}}), replaced(word, {{u"ї", u"я"}}), replaced(word, {{u"и", u"а"}}),
          replaced(word, {{u"ы", u"а"}}), replaced(word, {{u"и", u"я"}}), replaced(word, {{u"ла", u"ел"}})}) {
        if (!candidate.isEmpty() && isFirstName(candidate, language))
            return candidate;
    }
    return {};
}

bool isPerson(QStringView name, Language language)
{
    const QList<QStringView> words = wordsOf(name);
    return words.size() >= 2 && isFirstName(words.first(), language) && isUpperStart(words[1]);
}

QString nominative(QStringView name, bool oblique, Language language)
{
    const QList<QStringView> words = wordsOf(name);
    if (words.isEmpty())
        return {};
    if (const QString person = personIn(words, oblique, language); !person.isEmpty())
        return person;
    const bool anyCapital = std::ranges::any_of(words, isUpperStart);
    if (!oblique)
        return anyCapital ? name.toString() : QString();
    // The head noun is the first word, or the second after an adjective
    // ("Національного банку", "городской станции").
    const qsizetype head = words.size() >= 2 && isAdjectiveForm(words[0]) ? 1 : 0;
    const QString headWord = headNominative(words[head]);
    if (headWord.isEmpty())
        return anyCapital ? name.toString() : QString();
    QString adjective;
    if (head == 1) {
        adjective = adjectiveNominative(words[0], genderOf(headWord), language);
        if (adjective.isEmpty())
            return anyCapital ? name.toString() : QString();
    }
    QStringList out;
    if (!adjective.isEmpty())
        out.append(adjective);
    out.append(headWord);
    for (qsizetype k = head + 1; k < words.size(); ++k)
        out.append(words[k].toString());
    return out.join(u' ');
}

} // namespace Claimbench::CyrillicNames
