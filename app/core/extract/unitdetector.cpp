#include "core/extract/unitdetector.h"

#include "core/extract/figureunits.h"
#include "core/extract/nounantecedent.h"
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
    static const std::unordered_map<std::u16string_view, MeasureInfo> kTable = {
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
        // Money beyond the main currencies: minor units and slang ("99 cents",
        // "50p", "20 bucks"), names and signs of other currencies.
        {u"cents", {u"cents"}}, {u"cent", {u"cents"}}, {u"¢", {u"cents"}}, {u"pence", {u"pence"}},
        {u"penny", {u"pence"}}, {u"pennies", {u"pence"}}, {u"p", {u"pence", true}}, {u"bucks", {u"USD"}},
        {u"kopecks", {u"kopecks"}}, {u"kopeks", {u"kopecks"}}, {u"kopiykas", {u"kopecks"}}, {u"kopiyok", {u"kopecks"}},
        {u"sen", {u"sen"}}, {u"sens", {u"sen"}}, {u"won", {u"KRW"}}, {u"rupiah", {u"IDR"}}, {u"baht", {u"THB"}},
        {u"pesos", {u"pesos"}}, {u"peso", {u"pesos"}}, {u"reais", {u"BRL"}}, {u"rand", {u"ZAR"}}, {u"naira", {u"NGN"}}, {u"shekels", {u"ILS"}}, {u"shekel", {u"ILS"}},
        {u"zlotys", {u"PLN"}}, {u"zloty", {u"PLN"}}, {u"lira", {u"TRY"}}, {u"liras", {u"TRY"}},
        {u"dinars", {u"dinars"}}, {u"dinar", {u"dinars"}}, {u"dirhams", {u"AED"}}, {u"dirham", {u"AED"}},
        {u"riyals", {u"SAR"}}, {u"riyal", {u"SAR"}}, {u"kronor", {u"SEK"}}, {u"kroner", {u"NOK"}},
        {u"krona", {u"SEK"}}, {u"krone", {u"NOK"}}, {u"forints", {u"HUF"}}, {u"forint", {u"HUF"}},
        {u"tenge", {u"KZT"}}, {u"lari", {u"GEL"}}, {u"bitcoins", {u"BTC"}}, {u"bitcoin", {u"BTC"}},
        {u"rs", {u"INR", true}}, {u"rm", {u"MYR", true}}, {u"mnt", {u"MNT", true}}, {u"tugriks", {u"MNT"}}, {u"tugrik", {u"MNT"}},
        {u"kuai", {u"CNY"}}, {u"元", {u"CNY"}}, {u"₡", {u"CRC"}}, {u"₾", {u"GEL"}}, {u"₭", {u"LAK"}},
        {u"₿", {u"BTC"}}, {u"₩", {u"KRW"}}, {u"₪", {u"ILS"}}, {u"₺", {u"TRY"}}, {u"₦", {u"NGN"}},
        {u"₱", {u"PHP"}}, {u"฿", {u"THB"}}, {u"₫", {u"VND"}},
        // Measures the list above lacks.
        {u"in", {u"in"}},
        {u"c", {u"°C", true}}, {u"kelvin", {u"K"}}, {u"degrees kelvin", {u"K"}},
        {u"square feet", {u"sq ft"}}, {u"square foot", {u"sq ft"}}, {u"sq ft", {u"sq ft"}},
        {u"square yards", {u"sq yd"}}, {u"square inches", {u"sq in"}}, {u"square meter", {u"sq m"}},
        {u"square metre", {u"sq m"}}, {u"square kilometer", {u"sq km"}}, {u"square kilometre", {u"sq km"}},
        {u"sq m", {u"sq m"}}, {u"m2", {u"sq m"}}, {u"m²", {u"sq m"}}, {u"sqm", {u"sq m"}},
        {u"cubic feet", {u"cu ft"}}, {u"cubic foot", {u"cu ft"}}, {u"cubic meter", {u"m3"}},
        {u"cubic metre", {u"m3"}}, {u"m3", {u"m3"}}, {u"m³", {u"m3"}}, {u"cubic yards", {u"cu yd"}},
        {u"cubic inches", {u"cu in"}}, {u"cubic centimeters", {u"cm3"}}, {u"cubic centimetres", {u"cm3"}},
        {u"cc", {u"cm3"}}, {u"pints", {u"pt"}}, {u"pint", {u"pt"}}, {u"quarts", {u"qt"}}, {u"quart", {u"qt"}},
        {u"cups", {u"cups"}}, {u"tablespoons", {u"tbsp"}}, {u"tbsp", {u"tbsp"}}, {u"teaspoons", {u"tsp"}},
        {u"tsp", {u"tsp"}}, {u"fluid ounces", {u"fl oz"}}, {u"fl oz", {u"fl oz"}}, {u"centiliters", {u"cl"}},
        {u"centilitres", {u"cl"}}, {u"cl", {u"cl"}}, {u"decilitres", {u"dl"}}, {u"deciliters", {u"dl"}},
        {u"hectoliters", {u"hl"}}, {u"hectolitres", {u"hl"}}, {u"decimeters", {u"dm"}}, {u"decimetres", {u"dm"}},
        {u"dm", {u"dm"}}, {u"micrometers", {u"µm"}}, {u"micrometres", {u"µm"}}, {u"microns", {u"µm"}},
        {u"picometers", {u"pm"}}, {u"picometres", {u"pm"}}, {u"picometer", {u"pm"}}, {u"picometre", {u"pm"}},
        {u"nanometer", {u"nm"}}, {u"nanometre", {u"nm"}}, {u"millimeter", {u"mm"}}, {u"millimetre", {u"mm"}},
        {u"centimeter", {u"cm"}}, {u"centimetre", {u"cm"}}, {u"yds", {u"yd"}}, {u"yd", {u"yd"}},
        {u"light years", {u"light years"}}, {u"light-years", {u"light years"}},
        {u"micrograms", {u"µg"}}, {u"microgrammes", {u"µg"}}, {u"milligrammes", {u"mg"}},
        {u"milligram", {u"mg"}}, {u"grammes", {u"g"}}, {u"gramme", {u"g"}}, {u"kilo", {u"kg"}},
        {u"short tons", {u"t"}},
        {u"kmph", {u"km/h"}}, {u"km/hr", {u"km/h"}}, {u"kilometers per hour", {u"km/h"}},
        {u"kilometres per hour", {u"km/h"}}, {u"miles per hour", {u"mph"}}, {u"m/s", {u"m/s"}},
        {u"meters per second", {u"m/s"}}, {u"metres per second", {u"m/s"}}, {u"knot", {u"knots"}},
        {u"rad", {u"rad"}}, {u"radians", {u"rad"}}, {u"radian", {u"rad"}},
        {u"milliseconds", {u"ms"}}, {u"ms", {u"ms"}}, {u"sec", {u"seconds"}}, {u"hr", {u"hours"}},
        {u"fortnights", {u"fortnights"}}, {u"fortnight", {u"fortnights"}}, {u"millennia", {u"millennia"}},
        {u"watts", {u"W"}}, {u"watt", {u"W"}}, {u"kilowatts", {u"kW"}}, {u"kilowatt", {u"kW"}},
        {u"megawatt", {u"MW"}}, {u"gigawatt", {u"GW"}}, {u"kilowatt hours", {u"kWh"}}, {u"volts", {u"V"}},
        {u"kilovolts", {u"kV"}}, {u"kv", {u"kV"}}, {u"hertz", {u"Hz"}}, {u"hz", {u"Hz"}}, {u"khz", {u"kHz"}},
        {u"mhz", {u"MHz"}}, {u"ghz", {u"GHz"}}, {u"calories", {u"kcal"}}, {u"kcal", {u"kcal"}},
        {u"bytes", {u"B"}}, {u"kilobytes", {u"kB"}}, {u"megabytes", {u"MB"}}, {u"gigabytes", {u"GB"}},
        {u"terabytes", {u"TB"}}, {u"petabytes", {u"PB"}}, {u"exabytes", {u"EB"}}, {u"bits", {u"bit"}},
        {u"megatons", {u"Mt"}}, {u"kilotons", {u"kt"}}, {u"kilotonnes", {u"kt"}}, {u"megatonnes", {u"Mt"}},
        {u"decibels", {u"dB"}}, {u"db", {u"dB"}},
        // What statistics releases and disaster reports measure: a change in
        // a rate ("0.2 percentage point", British "1.5ppt"), British "5pc",
        // interest-rate steps ("25bp"), the size of an earthquake ("a 6.1
        // magnitude quake").
        {u"percentage pts", {u"percentage points"}}, {u"basis points", {u"basis points"}},
        {u"pc", {u"%", true}}, {u"ppt", {u"percentage points", true}},
        {u"ppts", {u"percentage points", true}},
        {u"basis point", {u"basis points"}}, {u"bps", {u"basis points"}}, {u"bp", {u"basis points", true}},
        {u"magnitude", {u"magnitude"}}, {u"deg", {u"degrees"}}, {u"deg c", {u"°C"}}, {u"deg f", {u"°F"}},
        {u"deg celsius", {u"°C"}}, {u"deg fahrenheit", {u"°F"}},
        // Concentrations in health releases ("50 µg/L", "14 mmol/L", "250 mg/dL").
        {u"µg", {u"µg"}}, {u"μg", {u"µg"}}, {u"mcg", {u"µg"}}, {u"mmol", {u"mmol"}}, {u"dl", {u"dl"}},
    };
    return kTable;
}

// Words that end a noun phrase after a figure: they are grammar, not nouns.
bool isStopWord(std::u16string_view w)
{
    static const std::unordered_map<std::u16string_view, bool> kWords = [] {
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
              u"am", u"pm", u"besides", u"daily", u"annually", u"weekly", u"monthly", u"a.m", u"p.m"})
            m.emplace(s, true);
        return m;
    }();
    return kWords.contains(w) || UnitDetector::isTimeZone(QStringView(w.data(), qsizetype(w.size())));
}

// "we're", "they've", "isn't", "I'm": a contraction is a pronoun or verb
// with its clitic, never a counted noun; so is the clitic alone ("re", "ve",
// "ll"), left by an apostrophe the scanner does not know ("we‘re").
bool isContraction(std::u16string_view lowerWord)
{
    const std::size_t apostrophe = lowerWord.find_last_of(u"'\u02bc");
    const std::u16string_view clitic = apostrophe == std::u16string_view::npos ? lowerWord
                                                                               : lowerWord.substr(apostrophe + 1);
    return clitic == u"re" || clitic == u"ve" || clitic == u"ll"
        || (apostrophe != std::u16string_view::npos && (clitic == u"d" || clitic == u"m" || clitic == u"t"));
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

// Currency signs the numeral parser leaves to the unit: "10¢", "100 ₡", "100元".
bool isUnitSign(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\u00a2' || u == u'\u5143' || u == u'\u20a1' || u == u'\u20be' || u == u'\u20ad' || u == u'\u20bf'
        || u == u'\u20a9' || u == u'\u20aa' || u == u'\u20ba' || u == u'\u20a6' || u == u'\u20b1' || u == u'\u0e3f'
        || u == u'\u20ab';
}

// End of a unit token: letters, plus a trailing "2"/"²"/"3"/"³" ("km2",
// "m³") and a "/h", "/hr" or "/s" ("km/h", "m/s"); or one currency sign.
qsizetype unitTokenEnd(QStringView t, qsizetype i)
{
    if (i < t.size() && isUnitSign(t[i]))
        return i + 1;
    qsizetype j = i;
    if (j < t.size() && (t[j] == u'°' || t[j] == u'\u00b5' || t[j] == u'\u03bc'))
        ++j;
    while (j < t.size() && isAsciiLetter(t[j]))
        ++j;
    if (j == i)
        return i;
    if (j < t.size() && (t[j] == u'2' || t[j] == u'²' || t[j] == u'3' || t[j] == u'³')
        && (j + 1 >= t.size() || !(isLetter(t[j + 1]) || isDigit(t[j + 1]))))
        ++j;
    for (std::u16string_view per : {u"/hr"sv, u"/h"sv, u"/s"sv}) {
        const qsizetype n = qsizetype(per.size());
        if (j + n <= t.size() && t.mid(j, n) == QStringView(per.data(), n) && (j + n >= t.size() || !isLetter(t[j + n]))) {
            j += n;
            break;
        }
    }
    return j;
}

// "30C", "-10C", "36.6C": news writes temperatures with a bare capital C
// after one or two digits; "A-10C" and "777C" are designations.
bool isCelsius(QStringView t, qsizetype pos)
{
    qsizetype j = pos;
    while (j > 0 && isDigit(t[j - 1]))
        --j;
    if (j > 1 && t[j - 1] == u'.' && isDigit(t[j - 2])) {
        --j;
        while (j > 0 && isDigit(t[j - 1]))
            --j;
    }
    qsizetype whole = j;
    while (whole < pos && isDigit(t[whole]))
        ++whole;
    if (whole - j > 2 || whole == j)
        return false;
    return !(j > 0 && (isLetter(t[j - 1]) || (isDash(t[j - 1]) && j > 1 && isLetter(t[j - 2]))));
}

// "in" is a preposition far more often than an inch: only "2 in" that ends
// its clause or measures ("2 1/2 in thick") is a unit; "5 in 10", "20 in
// Kharkiv" and "three-in-one" are not.
bool isInch(QStringView t, qsizetype pos, qsizetype end)
{
    if (end < t.size() && t[end] == u'-')
        return false;
    // "5 ft 2 in": the second part of a height.
    qsizetype b = pos;
    while (b > 0 && (isSpace(t[b - 1]) || isDigit(t[b - 1]) || t[b - 1] == u'.'))
        --b;
    const qsizetype ws = wordStartBefore(t, b);
    if (b < pos && ws < b)
        for (std::u16string_view a : {u"ft"sv, u"feet"sv, u"foot"sv})
            if (equalsLower(t.mid(ws, b - ws), a))
                return true;
    qsizetype s = skipSpaces(t, end);
    if (s + 1 < t.size() && t[s] == u'\n' && isLetter(t[s + 1]))
        ++s; // hard-wrapped text: "2 in\nDallas County"
    if (s >= t.size() || !(isLetter(t[s]) || isDigit(t[s]) || t[s] == u'(' || isDash(t[s])))
        return true;
    const QStringView w = t.mid(s, wordEnd(t, s) - s);
    for (std::u16string_view a : {u"thick"sv, u"long"sv, u"wide"sv, u"tall"sv, u"high"sv, u"deep"sv, u"across"sv})
        if (equalsLower(w, a))
            return true;
    return false;
}

QString canonicalOf(const MeasureInfo &info)
{
    return QString::fromUtf16(info.canonical.data(), qsizetype(info.canonical.size()));
}

// "µg/L", "mg/dL", "km / h": the unit that ends at `m.end` per another unit
// ("µg/l"); `m` itself when no "/" and unit follow. Periods are left to
// UnitDetector::rateAt ("5 km/day" -> "km/day").
UnitMatch perUnit(QStringView text, qsizetype start, UnitMatch m)
{
    qsizetype i = m.end;
    if (i + 2 < text.size() && text[i] == u' ' && text[i + 1] == u'/' && text[i + 2] == u' ')
        i += 3;
    else if (i + 1 < text.size() && text[i] == u'/')
        i += 1;
    else
        return m;
    if (m.unit.contains(u'/') || UnitDetector::rateAt(text, m.end, text.size()))
        return m;
    const qsizetype e = unitTokenEnd(text, i);
    char16_t buffer[40];
    std::u16string_view key;
    if (e == i || (e < text.size() && isLetter(text[e])) || !lowerAscii(text.mid(i, e - i), buffer, &key))
        return m;
    const auto denominator = measures().find(key);
    if (denominator == measures().end() || FigureUnits::isMoney(canonicalOf(denominator->second)))
        return m;
    // "km / h" is the table's "km/h".
    const QString joined = text.mid(start, m.end - start).toString() + u'/' + text.mid(i, e - i).toString();
    if (lowerAscii(QStringView(joined), buffer, &key))
        if (const auto whole = measures().find(key); whole != measures().end())
            return UnitMatch{e, canonicalOf(whole->second)};
    return UnitMatch{e, m.unit + u'/' + canonicalOf(denominator->second)};
}

// A designation ("3 EF-1 tornadoes", "20 Shahed-136 drones") or an
// abbreviation ("eight U.S. federal districts") that modifies the noun after
// it: its end, or -1 when the word at [s, e) is neither or no word follows.
qsizetype modifierEnd(QStringView text, qsizetype s, qsizetype e, qsizetype limit)
{
    if (!text[s].isUpper() || e + 1 >= limit)
        return -1;
    qsizetype d = e + 1;
    if (text[e] == u'-' && isDigit(text[e + 1])) {
        while (d < limit && (isDigit(text[d]) || isAsciiLetter(text[d])))
            ++d;
    } else if (text[e] == u'.' && e - s <= 2 && isLetter(text[e + 1])) {
        while (d < limit && (isLetter(text[d]) || text[d] == u'.'))
            ++d;
    } else {
        return -1;
    }
    return d + 1 < limit && text[d] == u' ' && isLetter(text[d + 1]) ? d : -1;
}

} // namespace

std::optional<UnitMatch> UnitDetector::measureAt(QStringView text, qsizetype pos, bool attached)
{
    const qsizetype firstEnd = unitTokenEnd(text, pos);
    if (firstEnd == pos || (firstEnd < text.size() && isLetter(text[firstEnd])))
        return std::nullopt;
    char16_t buffer[40];
    std::u16string_view key;
    // Every numeral asks here; most words after one are no unit.
    static const KeywordSieve kSieve(measures());
    // Two-word units first ("square miles", "per cent"), then one word.
    const qsizetype secondStart = firstEnd < text.size() && text[firstEnd] == u' ' ? firstEnd + 1 : -1;
    if (secondStart > 0) {
        const qsizetype secondEnd = unitTokenEnd(text, secondStart);
        if (secondEnd > secondStart && (secondEnd >= text.size() || !isLetter(text[secondEnd]))
            && kSieve.mayContain(text.mid(pos, secondEnd - pos))
            && lowerAscii(text.mid(pos, secondEnd - pos), buffer, &key)) {
            const auto it = measures().find(key);
            if (it != measures().end())
                return perUnit(text, pos, UnitMatch{secondEnd, canonicalOf(it->second)});
        }
    }
    if (!kSieve.mayContain(text.mid(pos, firstEnd - pos)) || !lowerAscii(text.mid(pos, firstEnd - pos), buffer, &key))
        return std::nullopt;
    const auto it = measures().find(key);
    // "5G" is a network, "5g" a mass; but "20Rs" is money, and "-10C" a
    // temperature where "5c" is cents.
    if (it == measures().end()
        || (it->second.attachedOnly
            && (!attached || (key.size() == 1 && text[pos].isUpper() && key != u"c")
                || (key == u"c" && !(text[pos].isUpper() && isCelsius(text, pos))))))
        return std::nullopt;
    if (key == u"in" && !isInch(text, pos, firstEnd))
        return std::nullopt;
    return perUnit(text, pos, UnitMatch{firstEnd, canonicalOf(it->second)});
}

QString UnitDetector::countedNoun(QStringView text, qsizetype pos, qsizetype limit, bool singular, qsizetype *end)
{
    if (end)
        *end = pos;
    if (FigureUnits::isDistanceFromPlace(text, pos))
        return {}; // "13 SW Waskom": a place, no noun phrase
    struct Word { qsizetype start; qsizetype end; };
    Word words[6]; // "three U.S. Coast Guard swiftwater rescue teams"
    int count = 0;
    qsizetype i = pos;
    // "60,430 (revised) affordable homes": a remark in brackets between.
    if (const qsizetype open = skipSpaces(text, i); open < limit && text[open] == u'(') {
        qsizetype close = open + 1;
        while (close < limit && close - open < 24 && (isLetter(text[close]) || text[close] == u' '))
            ++close;
        if (close + 1 < limit && text[close] == u')' && text[close + 1] == u' ')
            i = close + 1;
    }
    while (count < 6) {
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
        if (const qsizetype m = modifierEnd(text, s, e, limit); m > 0) {
            i = m;
            continue;
        }
        // "8,000 federal re- — personnel": a spoken word broken off and
        // taken back with a dash, as transcripts write a false start.
        if (e + 3 < limit && text[e] == u'-' && text[e + 1] == u' ' && isDash(text[e + 2]) && text[e + 3] == u' ') {
            i = e + 3;
            continue;
        }
        // "4,000 airplane — airplane seats": a word said again after a dash
        // starts the phrase over.
        if (e + 3 < limit && text[e] == u' ' && isDash(text[e + 1]) && text[e + 2] == u' '
            && e + 3 + (e - s) <= limit && text.mid(e + 3, e - s).compare(text.mid(s, e - s), Qt::CaseInsensitive) == 0
            && (e + 3 + (e - s) == text.size() || !isLetter(text[e + 3 + (e - s)]))) {
            i = e + 2;
            continue;
        }
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
        if (!key.empty() && (isStopWord(key) || isContraction(key)))
            break;
        // A participle right after the number ("300,000 killed") is a verb, not
        // what is counted; before a plural it is an adjective ("37 completed
        // weeks").
        if (key.size() > 3 && key.ends_with(u"ed") && text[s].isLower()) {
            const qsizetype n = e + 1;
            const qsizetype ne = n < limit && text[e] == u' ' ? std::min(wordEnd(text, n), limit) : n;
            if (ne == n || !text[n].isLower() || !isPluralNoun(text.mid(n, ne - n)))
                break;
            i = e;
            continue;
        }
        words[count++] = {s, e};
        i = e;
        if (i + 3 < limit && text.mid(i, 3) == u" & " && isLetter(text[i + 3]))
            i += 2; // "Urban Search & Rescue teams"
        if (i >= limit || text[i] != u' ')
            break;
    }
    if (count == 0)
        return {};
    const auto plural = [&](const Word &w) {
        const QStringView v = text.mid(w.start, w.end - w.start);
        for (std::u16string_view p : {u"people"sv, u"children"sv, u"men"sv, u"women"sv, u"personnel"sv, u"staff"sv, u"police"sv,
                              u"aircraft"sv, u"crew"sv, u"livestock"sv, u"cattle"sv, u"infantry"sv,
                                      u"sheep"sv, u"deer"sv, u"fish"sv, u"offspring"sv, u"clergy"sv})
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
        // A singular that ends a longer phrase after a count above one is
        // no counted noun ("sixteen doing little tidbit poetry"); a short
        // phrase is most often a unit the tables lack ("42 KWD", "100
        // chinese yuan").
        if (head < 0 && count <= 2 && !possessive(words[0]))
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
    const bool slash = i < limit && text[i] == u'/';
    if (slash) {
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
    // "150,000 a year earlier", "5 percent a month ago": a comparison with
    // the past, not a rate.
    if (!slash) {
        const qsizetype ne = skipSpaces(text, pe);
        const QStringView next = text.mid(ne, wordEnd(text, ne) - ne);
        if (inList(next, {u"earlier"sv, u"ago"sv, u"before"sv, u"later"sv, u"previously"sv}))
            return std::nullopt;
    }
    const QStringView period = text.mid(i, pe - i);
    for (std::u16string_view p : {u"day"sv, u"week"sv, u"month"sv, u"year"sv, u"hour"sv, u"night"sv, u"minute"sv}) {
        if (equalsLower(period, p))
            return UnitMatch{pe, QString::fromUtf16(p.data(), qsizetype(p.size()))};
    }
    // "£66 per pupil", "$4 per gallon": a price or share of one thing; not
    // "per capita income", where the phrase modifies a noun.
    char16_t buffer[32];
    std::u16string_view key;
    if (slash || period.size() < 3 || !period.front().isLower() || !lowerAscii(period, buffer, &key) || isStopWord(key)
        || key == u"cent" || !equalsLower(previousWord(text, i, pos), u"per"))
        return std::nullopt;
    const qsizetype ns = skipSpaces(text, pe);
    const qsizetype ne = wordEnd(text, ns);
    char16_t nextBuffer[32];
    std::u16string_view next;
    if (ne > ns && (ns == pe || !lowerAscii(text.mid(ns, ne - ns), nextBuffer, &next) || !isStopWord(next)))
        return std::nullopt;
    return UnitMatch{pe, period.toString()};
}

bool UnitDetector::isTimeZone(QStringView word)
{
    // The zones news and weather services write after a clock time; not those
    // that are also words ("cat", "eat", "west").
    return word.size() >= 3 && word.size() <= 4
        && inList(word, {u"utc"sv, u"gmt"sv, u"est"sv, u"edt"sv, u"cst"sv, u"cdt"sv, u"mst"sv, u"mdt"sv,
                         u"pst"sv, u"pdt"sv, u"akst"sv, u"akdt"sv, u"hst"sv, u"ast"sv, u"adt"sv, u"nst"sv, u"ndt"sv,
                         u"bst"sv, u"ist"sv, u"cet"sv, u"cest"sv, u"eet"sv, u"eest"sv, u"wet"sv, u"msk"sv, u"jst"sv,
                         u"kst"sv, u"hkt"sv, u"sgt"sv, u"aest"sv, u"aedt"sv, u"acst"sv, u"awst"sv, u"nzst"sv,
                         u"nzdt"sv, u"sast"sv, u"pkt"sv, u"wib"sv});
}

QString UnitDetector::canonical(QStringView unit)
{
    const QString lower = unit.trimmed().toString().toLower().replace(QChar(u'\u2019'), QChar(u'\''));
    const qsizetype slash = lower.indexOf(u'/');
    if (slash > 0 && lower != u"km/h") {
        QString per = lower.mid(slash + 1);
        if (per.endsWith(u's'))
            per.chop(1);
        if (per == u"hour" || per == u"hr")
            per = QStringLiteral("h"); // "km/hour" = "km/h"
        return canonical(QStringView(lower).left(slash)) + u'/' + per;
    }
    if (lower == u"%")
        return lower;
    char16_t buffer[40];
    std::u16string_view key;
    if (lowerAscii(QStringView(lower), buffer, &key)) {
        const auto it = measures().find(key);
        if (it != measures().end())
            return QString::fromUtf16(it->second.canonical.data(), qsizetype(it->second.canonical.size())).toLower();
    }
    if (lower.startsWith(u"per "))
        return QStringView(u"/") + lower.mid(4);
    return lower;
}

} // namespace Claimbench
