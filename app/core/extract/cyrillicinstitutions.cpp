// The usual institutions of Ukrainian and Russian news on the war and the
// economy, and the matching of their names in any case or spelling.
#include "core/extract/cyrillicsources.h"

#include "core/domain/foldedkey.h"
#include "core/extract/textscan.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <initializer_list>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// How many of the people named last a look back for an office's holder
// considers; the bound keeps a text of thousands of names linear.
constexpr qsizetype kPersonsLookBack = 32;

struct InstitutionNames
{
    std::u16string_view ukrainian; // canonical in Ukrainian text
    std::u16string_view russian;   // canonical in Russian text
    std::initializer_list<std::u16string_view> spellings; // besides the two canonical names
};

// English names of their channels are spellings too, so that an Outlet
// header in English still makes a first-party release. Spellings are unique
// across institutions: a bare "Міноборони" in a
// Ukrainian text is Ukraine's ministry, a bare "Минобороны" in a Russian one
// Russia's, as the two presses use them.
const InstitutionNames kInstitutions[] = {
    {u"Генштаб ЗСУ", u"Генштаб ВСУ",
     {u"Генштаб", u"Генеральний штаб", u"Генеральний штаб ЗСУ", u"Генеральний штаб Збройних сил України",
      u"Генеральний штаб Збройних сил", u"Генштаб Збройних сил України", u"Генеральный штаб ВСУ",
      u"Генеральный штаб Вооруженных сил Украины", u"Генштаб Вооруженных сил Украины", u"Генштаб ВС Украины",
      u"General Staff of the Armed Forces of Ukraine"}},
    {u"Генштаб ЗС РФ", u"Генштаб ВС РФ",
     {u"Генштаб РФ", u"Генштаб Росії", u"Генштаб России", u"Генеральний штаб ЗС РФ", u"Генеральный штаб ВС РФ",
      u"Генштаб Вооруженных сил России", u"Генеральный штаб Вооруженных сил России"}},
    {u"Повітряні сили ЗСУ", u"Воздушные силы ВСУ",
     {u"Повітряні сили", u"Командування Повітряних сил", u"Командування Повітряних сил ЗСУ",
      u"Повітряні сили України", u"Повітряні сили Збройних сил України", u"ПС ЗСУ", u"Воздушные силы",
      u"Воздушные силы Украины", u"Командование Воздушных сил ВСУ", u"Командование Воздушных сил",
      u"Ukrainian Air Force", u"Air Force of the Armed Forces of Ukraine"}},
    {u"Міноборони України", u"Минобороны Украины",
     {u"Міноборони", u"Міністерство оборони", u"Міністерство оборони України", u"Министерство обороны Украины", u"Ministry of Defence of Ukraine"}},
    {u"Міноборони РФ", u"Минобороны России",
     {u"Міноборони Росії", u"Міністерство оборони РФ", u"Міністерство оборони Росії", u"російське Міноборони",
      u"Минобороны", u"Минобороны РФ", u"Министерство обороны", u"Министерство обороны РФ",
      u"Министерство обороны России", u"Министерство обороны Российской Федерации", u"российское Минобороны",
      u"МО РФ", u"Russian Ministry of Defence", u"Ministry of Defence of the Russian Federation"}},
    {u"Медіазона", u"Медиазона", {u"Mediazona"}},
    {u"Держстат", u"Госстат Украины",
     {u"Державна служба статистики", u"Державна служба статистики України", u"Госстат",
      u"Государственная служба статистики Украины", u"State Statistics Service of Ukraine"}},
    {u"НБУ", u"Нацбанк Украины",
     {u"Нацбанк", u"Нацбанк України", u"Національний банк", u"Національний банк України",
      u"Национальный банк Украины", u"НБУ Украины", u"National Bank of Ukraine"}},
    {u"Росстат", u"Росстат",
     {u"Федеральна служба державної статистики", u"Федеральная служба государственной статистики"}},
    {u"Банк Росії", u"Банк России",
     {u"ЦБ", u"ЦБ РФ", u"ЦБ Росії", u"Центробанк", u"Центробанк РФ", u"Центробанк Росії", u"Центробанк России",
      u"Центральний банк Росії", u"Центральный банк", u"Центральный банк России", u"Центральный банк РФ",
      u"Bank of Russia"}},
    {u"Сили оборони України", u"Силы обороны Украины", {u"Сили оборони", u"Силы обороны"}},
    {u"ДСНС", u"ГСЧС Украины", {u"Державна служба з надзвичайних ситуацій", u"ГСЧС"}},
    {u"МНС Росії", u"МЧС России", {u"МЧС", u"МЧС РФ", u"МНС РФ"}},
};

QString fromView(std::u16string_view s)
{
    return QString::fromUtf16(s.data(), qsizetype(s.size())).trimmed();
}

// One word of a spelling: lower-case, and whether only the same letters match
// it (an abbreviation: "ЗСУ", "РФ") or its other case forms too.
struct AliasWord
{
    QString lower;
    bool exact = false;
};

struct Alias
{
    QList<AliasWord> words;
    qsizetype institution = 0;
    int canonicalOf = -1; // 0: the Ukrainian canonical name, 1: the Russian one, -1: another spelling
};

QString cleaned(QStringView name)
{
    QString s;
    s.reserve(name.size());
    for (QChar c : name) {
        if (c == u'«' || c == u'»' || c == u'"' || c == u'“' || c == u'”' || c == u'„')
            continue;
        s.append(c == u'\u2019' || c == u'\u02bc' ? u'\'' : c);
    }
    return s;
}

QStringList wordsOf(QStringView name)
{
    return cleaned(name).split(u' ', Qt::SkipEmptyParts);
}

const QList<Alias> &aliases()
{
    static const QList<Alias> table = [] {
        QList<Alias> out;
        qsizetype k = 0;
        for (const InstitutionNames &names : kInstitutions) {
            QStringList spellings{fromView(names.ukrainian), fromView(names.russian)};
            for (std::u16string_view s : names.spellings)
                spellings.append(fromView(s));
            for (qsizetype form = 0; form < spellings.size(); ++form) {
                const QString &spelling = spellings[form];
                Alias alias{{}, k, form < 2 ? int(form) : -1};
                for (const QString &w : wordsOf(spelling))
                    alias.words.append({w.toLower(), w.size() <= 5 && w == w.toUpper()});
                out.append(alias);
            }
            ++k;
        }
        return out;
    }();
    return table;
}

// What two forms of a word share for sameWord to take them as one: their
// first three letters (or the whole of a shorter word).
QStringView stemKey(QStringView lowerWord) { return lowerWord.left(3); }

// The aliases by their first word's stemKey, each list in the table's order.
const QHash<QString, QList<qsizetype>> &aliasesByStart()
{
    static const QHash<QString, QList<qsizetype>> index = [] {
        QHash<QString, QList<qsizetype>> out;
        for (qsizetype k = 0; k < aliases().size(); ++k)
            if (!aliases()[k].words.isEmpty())
                out[stemKey(aliases()[k].words.front().lower).toString()].append(k);
        return out;
    }();
    return index;
}

// Letters that end Ukrainian and Russian case forms: the part two forms of
// one word may differ in ("штаб"/"штабу", "сили"/"сил"/"силах").
bool isEndingLetter(QChar c)
{
    return QStringView(u"аеєиіїоуюяйьмхвгыэё").contains(c);
}

bool sameWord(QStringView word, const AliasWord &alias)
{
    if (word == alias.lower)
        return true;
    if (alias.exact)
        return false;
    qsizetype common = 0;
    while (common < word.size() && common < alias.lower.size() && word[common] == alias.lower[common])
        ++common;
    if (common < 3 || word.size() - common > 3 || alias.lower.size() - common > 3)
        return false;
    const auto endingOnly = [](QStringView rest) { return std::ranges::all_of(rest, isEndingLetter); };
    return endingOnly(word.sliced(common)) && endingOnly(QStringView(alias.lower).sliced(common));
}

using Words = std::initializer_list<std::u16string_view>;

// An office or a body named by a common noun, the subject of a reporting
// verb ("а губернатор заявил о 12 пострадавших"): it speaks, not a source
// named in an earlier sentence. Stems.
constexpr Words kOffices = {u"губернатор", u"мер", u"мэр", u"глав", u"голов", u"президент", u"прем'єр",
                            u"премьер", u"міністр", u"министр", u"представник", u"представител", u"речник",
                            u"спикер", u"прес-секретар", u"пресс-секретар", u"командувач", u"командующ",
                            u"начальник", u"очільник", u"керівник", u"руководител", u"посол", u"прокурор",
                            u"влад", u"власт"};

// The stem of kOffices `w` starts with, or empty: "губернатора" →
// "губернатор". A case ending is short: a short stem takes two letters at
// most ("мера", not "мережа").
QStringView officeStem(QStringView w)
{
    const QString lower = w.toString().toLower().replace(u'\u2019', u'\'').replace(u'\u02BC', u'\'');
    for (std::u16string_view stem : kOffices) {
        const qsizetype ending = stem.size() <= 4 ? 2 : 4;
        if (lower.startsWith(QStringView(stem)) && lower.size() <= qsizetype(stem.size()) + ending)
            return QStringView(stem);
    }
    return {};
}

} // namespace

QString CyrillicSources::canonicalInstitution(QStringView name, Language language)
{
    QStringList words = wordsOf(name);
    for (QString &w : words)
        w = w.toLower();
    // The whole name, else its end when that is a name of two words or more
    // ("Управление информации МЧС России" → "МЧС России"): one word at the
    // end names a part of a body as often as the body ("городское
    // управление МЧС").
    for (qsizetype from = 0; from < words.size(); ++from) {
        const qsizetype count = words.size() - from;
        // Only the aliases whose first word can be this one: the lookup
        // runs for every capitalised phrase of a text.
        const auto candidates = aliasesByStart().constFind(stemKey(words[from]).toString());
        if (candidates == aliasesByStart().cend())
            continue;
        for (const qsizetype index : *candidates) {
            const Alias &alias = aliases()[index];
            if (alias.words.size() != count || (from > 0 && count < 2))
                continue;
            bool same = true;
            for (qsizetype k = 0; k < count && same; ++k)
                same = sameWord(words[from + k], alias.words[k]);
            if (same) {
                // A text that writes one language's canonical name keeps it:
                // Ukrainian media call Mediazona by its Russian name.
                const InstitutionNames &names = kInstitutions[alias.institution];
                const bool russian = alias.canonicalOf >= 0 ? alias.canonicalOf == 1 : language == Language::Russian;
                return fromView(russian ? names.russian : names.ukrainian);
            }
        }
    }
    return {};
}

const QList<CyrillicSources::Institution> &CyrillicSources::institutions()
{
    static const QList<Institution> list = [] {
        QList<Institution> out;
        for (const InstitutionNames &names : kInstitutions) {
            Institution institution{fromView(names.ukrainian), {}};
            if (fromView(names.russian) != institution.name)
                institution.aliases.append(fromView(names.russian));
            for (std::u16string_view s : names.spellings)
                institution.aliases.append(fromView(s));
            out.append(institution);
        }
        return out;
    }();
    return list;
}

bool CyrillicSources::mayNameInstitution(QStringView word)
{
    static const QSet<QString> starts = [] {
        QSet<QString> out;
        for (const Alias &alias : aliases())
            out.insert(alias.words.first().lower.left(3));
        return out;
    }();
    return word.size() >= 2 && starts.contains(word.left(3).toString().toLower());
}

const CyrillicSources::Institution *CyrillicSources::institutionSpelled(QStringView spelling)
{
    static const QHash<QString, const Institution *> bySpelling = [] {
        QHash<QString, const Institution *> out;
        for (const Institution &institution : institutions())
            for (const QString &s : QStringList{institution.name} + institution.aliases)
                out.insert(foldedKey(s), &institution);
        return out;
    }();
    return bySpelling.value(foldedKey(spelling));
}

// "а губернатор заявил": the office among `words` (the subject before a
// reporting verb, none capitalised), by the name of its holder when the text
// named one under it before ("губернатор Вячеслав Гладков"), else as
// written from the office on; empty when no word is an office.
QString CyrillicSources::officeHolder(const QStringList &words, qsizetype before) const
{
    const auto office = std::ranges::find_if(words, [](const QString &w) { return !officeStem(w).isEmpty(); });
    if (office == words.cend())
        return {};
    const QString holder = personTitled(officeStem(*office), before);
    return holder.isEmpty() ? words.mid(office - words.cbegin()).join(u' ') : holder;
}

// The person last named in full before `before` with `office` in the words
// just before the name ("губернатор Белгородской области Вячеслав Гладков"),
// or empty.
QString CyrillicSources::personTitled(QStringView office, qsizetype before) const
{
    constexpr qsizetype kTitleReach = 60; // characters: an office and its genitive words
    const qsizetype considered = std::min(m_persons.size(), kPersonsLookBack);
    for (auto p = m_persons.crbegin(); p != m_persons.crbegin() + considered; ++p) {
        if (p->first >= before)
            continue;
        const qsizetype from = std::max(m_lineStarts[lineOf(p->first)], p->first - kTitleReach);
        if (m_text.sliced(from, p->first - from).toString().toLower().contains(office))
            return p->second;
    }
    return {};
}

// The person last named in full before `before`, however far; empty when none.
QString CyrillicSources::lastPersonBefore(qsizetype before) const
{
    const qsizetype considered = std::min(m_persons.size(), kPersonsLookBack);
    const auto p = std::find_if(m_persons.crbegin(), m_persons.crbegin() + considered,
                                [before](const auto &p) { return p.first < before; });
    return p != m_persons.crbegin() + considered ? p->second : QString();
}

} // namespace Claimbench
