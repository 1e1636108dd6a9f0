#include "core/domain/claimantmatcher.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr qsizetype kLongestPlaceName = 4; // "united states of america"

// Forms of a place that are not its English name with a demonym suffix,
// each read as the place's name in QLocale's English territory list.
const QHash<QString, QString> &irregularPlaceForms()
{
    static const QHash<QString, QString> forms{
        {u"britain"_s, u"united kingdom"_s},        {u"great britain"_s, u"united kingdom"_s},
        {u"british"_s, u"united kingdom"_s},        {u"america"_s, u"united states"_s},
        {u"american"_s, u"united states"_s},        {u"united states of america"_s, u"united states"_s},
        {u"russian federation"_s, u"russia"_s},     {u"french"_s, u"france"_s},
        {u"dutch"_s, u"netherlands"_s},             {u"swiss"_s, u"switzerland"_s},
        {u"spanish"_s, u"spain"_s},                 {u"danish"_s, u"denmark"_s},
        {u"greek"_s, u"greece"_s},                  {u"irish"_s, u"ireland"_s},
        // Not a territory of its own in QLocale, but the place news names
        // for the Strip's authorities.
        {u"gaza"_s, u"gaza"_s},                     {u"gazan"_s, u"gaza"_s},
        {u"gaza strip"_s, u"gaza"_s},
    };
    return forms;
}

// Abbreviations read as places only when written in capitals ("US", not "us").
const QHash<QString, QString> &placeAbbreviations()
{
    static const QHash<QString, QString> abbreviations{
        {u"UK"_s, u"united kingdom"_s}, {u"GB"_s, u"united kingdom"_s}, {u"US"_s, u"united states"_s},
        {u"USA"_s, u"united states"_s}, {u"RF"_s, u"russia"_s},         {u"РФ"_s, u"russia"_s},
    };
    return abbreviations;
}

// Ukrainian and Russian inflect a place's name and adjective; their stems
// cover every case and gender ("України", "українського", "российской").
const QList<std::pair<QString, QString>> &cyrillicPlaceStems()
{
    static const QList<std::pair<QString, QString>> stems{
        {u"україн"_s, u"ukraine"_s}, {u"украин"_s, u"ukraine"_s}, {u"росі"_s, u"russia"_s},
        {u"російськ"_s, u"russia"_s}, {u"росси"_s, u"russia"_s},  {u"ізраїл"_s, u"israel"_s},
        {u"израил"_s, u"israel"_s},
    };
    return stems;
}

// The English names of every territory Qt knows, case-folded.
const QSet<QString> &territoryNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> folded;
        for (int territory = 1; territory <= int(QLocale::LastTerritory); ++territory)
            folded.insert(QLocale::territoryToString(QLocale::Territory(territory)).toCaseFolded());
        return folded;
    }();
    return names;
}

// The territory a demonym names by its regular suffixes: Russian, Syrian,
// Iranian, Ukrainian, Italian, Israeli, Chinese, Japanese, Lebanese, Polish,
// Swedish, Turkish, Finnish, German.
QString territoryOfDemonym(const QString &word)
{
    const QSet<QString> &names = territoryNames();
    const auto stem = [&word](qsizetype cut) { return word.first(word.size() - cut); };
    QStringList candidates{word + u"y"_s};
    if (word.endsWith(u"an"_s)) {
        candidates << stem(1);
        if (word.endsWith(u"ian"_s))
            candidates << stem(3) << stem(3) + u"e"_s << stem(3) + u"a"_s << stem(3) + u"y"_s;
    }
    if (word.endsWith(u"i"_s))
        candidates << stem(1);
    if (word.endsWith(u"ese"_s))
        candidates << stem(3) << stem(3) + u"a"_s << stem(3) + u"on"_s << stem(3) + u"am"_s;
    if (word.endsWith(u"ish"_s))
        candidates << stem(3) + u"and"_s << stem(4) + u"land"_s << stem(3) + u"en"_s << stem(3) + u"ey"_s;
    for (const QString &candidate : std::as_const(candidates))
        if (names.contains(candidate))
            return candidate;
    return {};
}

// The place `phrase` (folded words joined by one space) names, or empty.
QString placeOf(const QString &phrase, bool oneWord)
{
    if (const auto irregular = irregularPlaceForms().constFind(phrase); irregular != irregularPlaceForms().cend())
        return *irregular;
    if (territoryNames().contains(phrase))
        return phrase;
    if (!oneWord)
        return {};
    for (const auto &[stem, place] : cyrillicPlaceStems())
        if (phrase.startsWith(stem))
            return place;
    return phrase.size() > 3 ? territoryOfDemonym(phrase) : QString();
}

bool isFunctionWord(const QString &word)
{
    static const QSet<QString> words{u"the"_s, u"of"_s, u"in"_s, u"for"_s, u"and"_s,
                                     u"on"_s,  u"at"_s, u"a"_s,  u"an"_s,  u"its"_s};
    return words.contains(word);
}

bool isCyrillic(const QString &word)
{
    return std::ranges::any_of(word, [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
}

// One word as written: letters and digits, with the dots and apostrophes
// inside it ("U.S.", "Britain's").
struct Word
{
    QString written; // possessive removed, dots kept
    QString folded;  // case-folded, without dots
};

QList<Word> wordsOf(QStringView spelling)
{
    const QString text = spelling.toString().normalized(QString::NormalizationForm_C);
    QList<Word> words;
    QString current;
    const auto flush = [&] {
        while (!current.isEmpty() && (current.back() == u'\'' || current.back() == u'.'))
            current.chop(1);
        // The possessive: "Britain's", "Ukraine's"; "Forces'".
        if (current.size() > 2 && current.endsWith(u"'s"_s, Qt::CaseInsensitive))
            current.chop(2);
        if (!current.isEmpty()) {
            QString folded = current.toCaseFolded();
            folded.remove(u'.');
            words.append({current, folded});
        }
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c == u'\u2019' || c == u'\u02BC')
            c = u'\'';
        const bool joins = (c == u'.' || c == u'\'') && !current.isEmpty();
        if (c.isLetterOrNumber() || c.isMark() || joins)
            current.append(c);
        else
            flush();
        // A dot ends an abbreviation's letter ("U.S."), and a sentence.
        if (c == u'.' && i + 1 < text.size() && !text.at(i + 1).isLetterOrNumber())
            flush();
    }
    flush();
    return words;
}

// `text` in Latin letters by the BGN/PCGN romanisation of its language
// (Ukrainian when it has a letter only Ukrainian writes, else Russian), as
// the English press writes Ukrainian and Russian names: "Володимир
// Зеленський" → "Volodymyr Zelens'kyy", "Зеленский" → "Zelenskiy".
QString romanised(const QString &text)
{
    static const QString ukrainianLetters = u"іїєґІЇЄҐ"_s;
    const bool ukrainian = std::ranges::any_of(text, [](QChar c) { return ukrainianLetters.contains(c); });
    // ICU's transliterators are not safe to share between threads; each is
    // built once per thread, as building one parses its rules.
    const auto instance = [](const char16_t *id) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(
            icu::Transliterator::createInstance(icu::UnicodeString(id), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    };
    thread_local const std::unique_ptr<icu::Transliterator> fromUkrainian =
        instance(u"Ukrainian-Latin/BGN; Latin-ASCII");
    thread_local const std::unique_ptr<icu::Transliterator> fromRussian = instance(u"Russian-Latin/BGN; Latin-ASCII");
    const icu::Transliterator *transliterator = ukrainian ? fromUkrainian.get() : fromRussian.get();
    if (!transliterator)
        return {};
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

// A Latin name's letters as every romanisation of one Cyrillic name spells
// them alike: without apostrophes (the soft sign), y, j and i one letter
// ("Zelenskyy", "Zelenskyi", "Zelenskiy", "Zelensky"), a doubled letter once.
QString nameSkeleton(const QString &folded)
{
    QString skeleton;
    for (QChar c : folded) {
        if (!c.isLetter())
            continue;
        if (c == u'y' || c == u'j')
            c = u'i';
        if (skeleton.isEmpty() || skeleton.back() != c)
            skeleton.append(c);
    }
    return skeleton;
}

} // namespace

ClaimantMatcher::Key ClaimantMatcher::keyOf(QStringView spelling)
{
    const QList<Word> words = wordsOf(spelling);
    Key key;
    QStringList content;
    qsizetype beforeOf = -1; // content words before the first "of"
    bool afterPlace = false;
    for (qsizetype i = 0; i < words.size();) {
        QString compact = words[i].written;
        compact.remove(u'.');
        if (compact.size() >= 2 && compact == compact.toUpper() && placeAbbreviations().contains(compact)) {
            key.places.append(placeAbbreviations().value(compact));
            afterPlace = true;
            ++i;
            continue;
        }
        qsizetype placeLength = 0;
        for (qsizetype n = std::min(kLongestPlaceName, words.size() - i); n >= 1 && placeLength == 0; --n) {
            QStringList phrase;
            for (qsizetype j = i; j < i + n; ++j)
                phrase.append(words[j].folded);
            if (const QString place = placeOf(phrase.join(u' '), n == 1); !place.isEmpty()) {
                key.places.append(place);
                placeLength = n;
            }
        }
        if (placeLength > 0) {
            afterPlace = true;
            i += placeLength;
            continue;
        }
        const QString &word = words[i].folded;
        ++i;
        // "Російської Федерації", "Российской Федерации": the place's second word.
        if (afterPlace && word.startsWith(u"федерац"_s))
            continue;
        afterPlace = false;
        if (word == u"of"_s && beforeOf < 0 && !content.isEmpty())
            beforeOf = content.size();
        if (isFunctionWord(word))
            continue;
        QString normalised = word;
        if (normalised.endsWith(u"ense"_s) && !isCyrillic(normalised))
            normalised.replace(normalised.size() - 4, 4, u"ence"_s);
        content.append(normalised);
    }
    if (!content.isEmpty()) {
        if (isCyrillic(content.first()))
            key.head = content.first();
        else
            key.head = beforeOf > 0 ? content.at(beforeOf - 1) : content.last();
    }
    for (QStringList *list : {&key.places, &content}) {
        list->sort();
        list->removeDuplicates();
    }
    key.words = content;
    // The spelling's words in Latin letters, for a spelling in the other script.
    key.cyrillic = std::ranges::any_of(words, [](const Word &word) { return isCyrillic(word.folded); });
    const QList<Word> latin = key.cyrillic ? wordsOf(romanised(spelling.toString())) : words;
    for (const Word &word : latin)
        if (const QString skeleton = nameSkeleton(word.folded); !skeleton.isEmpty())
            key.latinName.append(skeleton);
    key.latinName.sort();
    return key;
}

bool ClaimantMatcher::sameKey(const Key &a, const Key &b)
{
    // A name in Cyrillic and one in Latin letters: the same words, romanised.
    if (a.cyrillic != b.cyrillic)
        return !a.latinName.isEmpty() && a.latinName == b.latinName;
    if (a.head.isEmpty() || a.head != b.head || a.places != b.places)
        return false;
    if (a.words == b.words)
        return true;
    const Key &fewer = a.words.size() < b.words.size() ? a : b;
    const Key &more = &fewer == &a ? b : a;
    return fewer.words.size() >= 2
        && std::ranges::all_of(fewer.words, [&more](const QString &word) { return more.words.contains(word); });
}

bool ClaimantMatcher::sameClaimant(QStringView a, QStringView b)
{
    return sameKey(keyOf(a), keyOf(b));
}

ClaimantMatcher::ClaimantMatcher(const QList<Claimant> &claimants)
    : m_claimants(claimants)
{
    for (qsizetype i = 0; i < m_claimants.size(); ++i) {
        m_keys.append({keyOf(m_claimants[i].name), i});
        for (const QString &alias : std::as_const(m_claimants[i].aliases))
            m_keys.append({keyOf(alias), i});
    }
}

std::optional<Claimant> ClaimantMatcher::match(QStringView spelling) const
{
    return onlyMatch(keyOf(spelling), false);
}

std::optional<Claimant> ClaimantMatcher::matchInOtherScript(QStringView spelling) const
{
    return onlyMatch(keyOf(spelling), true);
}

std::optional<Claimant> ClaimantMatcher::onlyMatch(const Key &key, bool otherScriptOnly) const
{
    qsizetype found = -1;
    for (const auto &[candidate, index] : m_keys) {
        if ((otherScriptOnly && candidate.cyrillic == key.cyrillic) || !sameKey(key, candidate) || index == found)
            continue;
        if (found >= 0)
            return std::nullopt; // two claimants fit: not ours to choose
        found = index;
    }
    if (found < 0)
        return std::nullopt;
    return m_claimants.at(found);
}

} // namespace Claimbench
