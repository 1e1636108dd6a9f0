#include "core/extract/unitdetector.h"

#include "core/extract/textscan.h"

#include <string_view>
#include <unordered_map>

namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

struct MeasureInfo
{
    std::u16string_view canonical;
    bool attachedOnly = false; // one-letter or ambiguous abbreviations: "5t", "3h", "10l"
};

// Surface spellings (lower case) of units of measure and currencies.
const std::unordered_map<std::u16string_view, MeasureInfo> &measures()
{
    static const std::unordered_map<std::u16string_view, MeasureInfo> table = {
        {u"percent", {u"%"}}, {u"percents", {u"%"}}, {u"percentage", {u"%"}}, {u"per cent", {u"%"}}, {u"pct", {u"%"}},
        {u"percentage points", {u"percentage points"}}, {u"percentage point", {u"percentage points"}},
        {u"dollars", {u"USD"}}, {u"dollar", {u"USD"}}, {u"us dollars", {u"USD"}},
        {u"euros", {u"EUR"}}, {u"euro", {u"EUR"}},
        {u"pounds sterling", {u"GBP"}}, {u"pounds", {u"GBP"}}, {u"pound", {u"GBP"}}, {u"sterling", {u"GBP"}},
        {u"hryvnias", {u"UAH"}}, {u"hryvnia", {u"UAH"}}, {u"hryvnas", {u"UAH"}}, {u"hryvnya", {u"UAH"}},
        {u"rubles", {u"RUB"}}, {u"ruble", {u"RUB"}}, {u"roubles", {u"RUB"}}, {u"rouble", {u"RUB"}},
        {u"yuan", {u"CNY"}}, {u"renminbi", {u"CNY"}}, {u"yen", {u"JPY"}},
        {u"rupees", {u"INR"}}, {u"rupee", {u"INR"}}, {u"ringgit", {u"MYR"}}, {u"ringgits", {u"MYR"}}, {u"swiss francs", {u"CHF"}}, {u"francs", {u"CHF"}},
        {u"kilometers", {u"km"}}, {u"kilometres", {u"km"}}, {u"kilometer", {u"km"}}, {u"kilometre", {u"km"}},
        {u"km", {u"km"}}, {u"kms", {u"km"}},
        {u"meters", {u"m"}}, {u"metres", {u"m"}}, {u"meter", {u"m"}}, {u"metre", {u"m"}},
        {u"centimeters", {u"cm"}}, {u"centimetres", {u"cm"}}, {u"cm", {u"cm"}},
        {u"millimeters", {u"mm"}}, {u"millimetres", {u"mm"}}, {u"mm", {u"mm"}},
        {u"miles", {u"mi"}}, {u"mile", {u"mi"}}, {u"mi", {u"mi", true}},
        {u"nautical miles", {u"nmi"}}, {u"nautical mile", {u"nmi"}},
        {u"feet", {u"ft"}}, {u"foot", {u"ft"}}, {u"ft", {u"ft"}},
        {u"inches", {u"in"}}, {u"inch", {u"in"}}, {u"yards", {u"yd"}}, {u"yard", {u"yd"}},
        {u"square kilometers", {u"sq km"}}, {u"square kilometres", {u"sq km"}}, {u"sq km", {u"sq km"}},
        {u"km2", {u"sq km"}}, {u"km²", {u"sq km"}}, {u"square miles", {u"sq mi"}}, {u"square mile", {u"sq mi"}},
        {u"sq mi", {u"sq mi"}}, {u"square meters", {u"sq m"}}, {u"square metres", {u"sq m"}},
        {u"hectares", {u"ha"}}, {u"hectare", {u"ha"}}, {u"ha", {u"ha", true}}, {u"acres", {u"acres"}}, {u"acre", {u"acres"}},
        {u"kilograms", {u"kg"}}, {u"kilogrammes", {u"kg"}}, {u"kilogram", {u"kg"}}, {u"kg", {u"kg"}},
        {u"kilos", {u"kg"}}, {u"grams", {u"g"}}, {u"gram", {u"g"}}, {u"g", {u"g", true}},
        {u"milligrams", {u"mg"}}, {u"mg", {u"mg"}},
        {u"tonnes", {u"t"}}, {u"tonne", {u"t"}}, {u"tons", {u"t"}}, {u"ton", {u"t"}}, {u"metric tons", {u"t"}},
        {u"t", {u"t", true}}, {u"lbs", {u"lb"}}, {u"lb", {u"lb"}}, {u"ounces", {u"oz"}}, {u"ounce", {u"oz"}}, {u"oz", {u"oz"}},
        {u"liters", {u"l"}}, {u"litres", {u"l"}}, {u"liter", {u"l"}}, {u"litre", {u"l"}}, {u"l", {u"l", true}},
        {u"milliliters", {u"ml"}}, {u"millilitres", {u"ml"}}, {u"ml", {u"ml"}},
        {u"gallons", {u"gal"}}, {u"gallon", {u"gal"}}, {u"gal", {u"gal"}}, {u"mls", {u"ml"}}, {u"barrels", {u"barrels"}}, {u"barrel", {u"barrels"}},
        {u"cubic meters", {u"m3"}}, {u"cubic metres", {u"m3"}}, {u"bcm", {u"bcm"}},
        {u"seconds", {u"seconds"}}, {u"second", {u"seconds"}}, {u"secs", {u"seconds"}},
        {u"minutes", {u"minutes"}}, {u"minute", {u"minutes"}}, {u"mins", {u"minutes"}}, {u"min", {u"minutes"}},
        {u"hours", {u"hours"}}, {u"hour", {u"hours"}}, {u"hrs", {u"hours"}}, {u"h", {u"hours", true}},
        {u"days", {u"days"}}, {u"day", {u"days"}}, {u"weeks", {u"weeks"}}, {u"week", {u"weeks"}},
        {u"months", {u"months"}}, {u"month", {u"months"}}, {u"years", {u"years"}}, {u"year", {u"years"}},
        {u"yrs", {u"years"}}, {u"decades", {u"decades"}}, {u"decade", {u"decades"}},
        {u"centuries", {u"centuries"}}, {u"century", {u"centuries"}},
        {u"mph", {u"mph"}}, {u"kph", {u"km/h"}}, {u"km/h", {u"km/h"}}, {u"knots", {u"knots"}},
        {u"mw", {u"MW"}}, {u"gw", {u"GW"}}, {u"kw", {u"kW"}}, {u"kwh", {u"kWh"}}, {u"mwh", {u"MWh"}},
        {u"gwh", {u"GWh"}}, {u"twh", {u"TWh"}}, {u"megawatts", {u"MW"}}, {u"gigawatts", {u"GW"}},
        {u"degrees celsius", {u"°C"}}, {u"degrees fahrenheit", {u"°F"}}, {u"degrees", {u"degrees"}},
        {u"degree", {u"degrees"}}, {u"°c", {u"°C"}}, {u"°f", {u"°F"}}, {u"°", {u"degrees"}},
        {u"° celsius", {u"°C"}}, {u"° fahrenheit", {u"°F"}},
        {u"nanometers", {u"nm"}}, {u"nanometres", {u"nm"}}, {u"celsius", {u"°C"}}, {u"fahrenheit", {u"°F"}},
        {u"times", {u"times"}},
    };
    return table;
}

// Words that end a noun phrase after a figure: they are grammar, not nouns.
bool isStopWord(std::u16string_view w)
{
    static const std::unordered_map<std::u16string_view, bool> words = [] {
        std::unordered_map<std::u16string_view, bool> m;
        for (std::u16string_view s :
             {u"a", u"an", u"the", u"and", u"or", u"but", u"nor", u"of", u"in", u"on", u"at", u"to", u"from",
              u"by", u"for", u"with", u"without", u"as", u"than", u"since", u"until", u"into", u"onto", u"over",
              u"under", u"about", u"after", u"before", u"between", u"during", u"including", u"across", u"against",
              u"among", u"through", u"per", u"each", u"every", u"is", u"are", u"was", u"were", u"be", u"been",
              u"being", u"has", u"have", u"had", u"will", u"would", u"could", u"should", u"may", u"might",
              u"must", u"can", u"do", u"does", u"did", u"who", u"whom", u"whose", u"which", u"that", u"this",
              u"these", u"those", u"it", u"its", u"they", u"them", u"their", u"he", u"she", u"his", u"her",
              u"we", u"our", u"you", u"your", u"i", u"said", u"says", u"say", u"according", u"while", u"when",
              u"where", u"if", u"because", u"whereas", u"not", u"no", u"ago", u"later", u"earlier", u"more",
              u"less", u"fewer", u"most", u"least", u"out", u"up", u"down", u"off", u"away", u"back", u"alone",
              u"respectively", u"also", u"now", u"only", u"just", u"still", u"already", u"so", u"too", u"very",
              u"there", u"here", u"then", u"what", u"all", u"both", u"either", u"neither", u"another", u"other",
              u"such", u"last", u"next", u"overnight", u"today", u"yesterday", u"tomorrow", u"ahead", u"yet",
              u"or so", u"plus", u"apiece", u"altogether", u"total", u"instead", u"again", u"like", u"via",
              u"am", u"pm", u"gmt", u"utc", u"daily", u"annually", u"weekly", u"monthly", u"a.m", u"p.m"})
            m.emplace(s, true);
        return m;
    }();
    return words.contains(w);
}

// Lower-cases an ASCII word into `buffer`; false when the word is not plain
// ASCII or too long to be a keyword.
template<std::size_t N>
bool lowerAscii(QStringView word, char16_t (&buffer)[N], std::u16string_view *out)
{
    if (word.size() == 0 || std::size_t(word.size()) >= N)
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        else if (c == u'\u2019')
            c = u'\'';
        buffer[i] = c;
    }
    *out = std::u16string_view(buffer, std::size_t(word.size()));
    return true;
}

// End of a unit token: letters, plus a trailing "2"/"²" ("km2") and "/h".
qsizetype unitTokenEnd(QStringView t, qsizetype i)
{
    qsizetype j = i;
    if (j < t.size() && t[j] == u'°')
        ++j;
    while (j < t.size() && isAsciiLetter(t[j]))
        ++j;
    if (j == i)
        return i;
    if (j < t.size() && (t[j] == u'2' || t[j] == u'²') && (j + 1 >= t.size() || !isLetter(t[j + 1])))
        ++j;
    if (j + 1 < t.size() && t[j] == u'/' && t[j + 1] == u'h' && (j + 2 >= t.size() || !isLetter(t[j + 2])))
        j += 2;
    return j;
}

} // namespace

std::optional<UnitMatch> UnitDetector::measureAt(QStringView text, qsizetype pos, bool attached)
{
    const qsizetype firstEnd = unitTokenEnd(text, pos);
    if (firstEnd == pos || (firstEnd < text.size() && isLetter(text[firstEnd])))
        return std::nullopt;
    char16_t buffer[40];
    std::u16string_view key;
    // Two-word units first ("square miles", "per cent"), then one word.
    const qsizetype secondStart = firstEnd < text.size() && text[firstEnd] == u' ' ? firstEnd + 1 : -1;
    if (secondStart > 0) {
        const qsizetype secondEnd = unitTokenEnd(text, secondStart);
        if (secondEnd > secondStart && (secondEnd >= text.size() || !isLetter(text[secondEnd]))
            && lowerAscii(text.mid(pos, secondEnd - pos), buffer, &key)) {
            const auto it = measures().find(key);
            if (it != measures().end())
                return UnitMatch{secondEnd, QString::fromUtf16(it->second.canonical.data(),
                                                               qsizetype(it->second.canonical.size()))};
        }
    }
    if (!lowerAscii(text.mid(pos, firstEnd - pos), buffer, &key))
        return std::nullopt;
    const auto it = measures().find(key);
    if (it == measures().end() || (it->second.attachedOnly && (!attached || text[pos].isUpper())))
        return std::nullopt; // "5G" is a network, "5g" a mass
    return UnitMatch{firstEnd, QString::fromUtf16(it->second.canonical.data(), qsizetype(it->second.canonical.size()))};
}

QString UnitDetector::countedNoun(QStringView text, qsizetype pos, qsizetype limit, bool singular, qsizetype *end)
{
    if (end)
        *end = pos;
    struct Word { qsizetype start; qsizetype end; };
    Word words[4];
    int count = 0;
    qsizetype i = pos;
    while (count < 4) {
        const qsizetype s = skipSpaces(text, i);
        if (s == i && count > 0)
            break;
        if (s >= limit || !isLetter(text[s]))
            break;
        qsizetype e = wordEnd(text, s);
        // Hyphenated compounds stay one word ("war-weary", "long-range").
        while (e + 1 < limit && text[e] == u'-' && isLetter(text[e + 1]))
            e = wordEnd(text, e + 1);
        if (e > limit)
            break;
        char16_t buffer[32];
        std::u16string_view key;
        if (!lowerAscii(text.mid(s, e - s), buffer, &key)) {
            if (e - s >= 32)
                break;
            key = {};
        }
        // "two more villages", "4900 other vehicles": a modifier, not the noun.
        if (count == 0 && (key == u"more" || key == u"other" || key == u"additional" || key == u"further"
                           || key == u"extra")) {
            i = e;
            continue;
        }
        if (!key.empty() && isStopWord(key))
            break;
        // A participle right after the number ("300,000 killed") is a verb, not
        // what is counted.
        if (key.size() > 3 && key.ends_with(u"ed") && text[s].isLower())
            break;
        words[count++] = {s, e};
        i = e;
        if (i >= limit || text[i] != u' ')
            break;
    }
    if (count == 0)
        return {};
    const auto plural = [&](const Word &w) {
        const QStringView v = text.mid(w.start, w.end - w.start);
        for (std::u16string_view p : {u"people"sv, u"children"sv, u"men"sv, u"women"sv, u"personnel"sv, u"staff"sv, u"police"sv,
                              u"aircraft"sv, u"crew"sv, u"livestock"sv, u"cattle"sv, u"infantry"sv})
            if (equalsLower(v, p))
                return true;
        return v.size() > 2 && (v.endsWith(u's') || v.endsWith(u'S')) && !v.endsWith(u"ss", Qt::CaseInsensitive)
            && !v.endsWith(u"us", Qt::CaseInsensitive) && !v.endsWith(u"is", Qt::CaseInsensitive)
            && !isApostrophe(v[v.size() - 2]);
    };
    const auto possessive = [&](const Word &w) {
        return w.end - w.start > 2 && isApostrophe(text[w.end - 2]) && text[w.end - 1] == u's';
    };
    int head = -1;
    if (singular) {
        // "one bridge remains", "a prominent online group": the last word
        // before a plural (a verb such as "remains") or a possessive.
        for (int k = 0; k < count && !plural(words[k]) && !possessive(words[k]); ++k)
            head = k;
    } else {
        // "Main Battle Tanks", "Ukrainian civilians", "people including": the
        // plural that closes the phrase; a possessive ("teachers'") ends it.
        for (int k = 0; k < count; ++k) {
            if (possessive(words[k]))
                break;
            if (plural(words[k]))
                head = k;
            else if (head >= 0)
                break;
        }
        if (head < 0 && !possessive(words[0]))
            head = count - 1;
    }
    if (head < 0)
        return {};
    if (end)
        *end = words[head].end;
    return text.mid(words[head].start, words[head].end - words[head].start).toString().toLower().replace(
        QChar(u'\u2019'), QChar(u'\''));
}

std::optional<UnitMatch> UnitDetector::rateAt(QStringView text, qsizetype pos, qsizetype limit)
{
    qsizetype i = pos;
    if (i < limit && text[i] == u'/') {
        ++i;
    } else {
        i = skipSpaces(text, i);
        const qsizetype we = wordEnd(text, i);
        const QStringView w = text.mid(i, we - i);
        if (!(equalsLower(w, u"a") || equalsLower(w, u"an") || equalsLower(w, u"per") || equalsLower(w, u"each")
              || equalsLower(w, u"every")))
            return std::nullopt;
        i = skipSpaces(text, we);
    }
    const qsizetype pe = wordEnd(text, i);
    if (pe > limit)
        return std::nullopt;
    const QStringView period = text.mid(i, pe - i);
    for (std::u16string_view p : {u"day"sv, u"week"sv, u"month"sv, u"year"sv, u"hour"sv, u"night"sv, u"minute"sv}) {
        if (equalsLower(period, p))
            return UnitMatch{pe, QString::fromUtf16(p.data(), qsizetype(p.size()))};
    }
    return std::nullopt;
}

QString UnitDetector::canonical(QStringView unit)
{
    const QString lower = unit.trimmed().toString().toLower().replace(QChar(u'\u2019'), QChar(u'\''));
    const qsizetype slash = lower.indexOf(u'/');
    if (slash > 0 && lower != u"km/h") {
        const QString per = lower.mid(slash + 1);
        return canonical(QStringView(lower).left(slash)) + u'/'
            + (per.endsWith(u's') ? per.left(per.size() - 1) : per);
    }
    if (lower.startsWith(u"per "))
        return QStringView(u"/") + lower.mid(4);
    if (lower == u"%")
        return lower;
    char16_t buffer[40];
    std::u16string_view key;
    if (lowerAscii(QStringView(lower), buffer, &key)) {
        const auto it = measures().find(key);
        if (it != measures().end())
            return QString::fromUtf16(it->second.canonical.data(), qsizetype(it->second.canonical.size())).toLower();
    }
    return lower;
}

} // namespace Claimbench
