#include "core/extract/cyrillicunits.h"
#include "core/extract/cyrillicunits_p.h"

#include "core/extract/cyrillicnounstems.h"
#include "core/extract/cyrillicnumbers.h"
#include "core/extract/textscan.h"

#include <algorithm>
#include <array>
#include <optional>

namespace Claimbench {

using namespace Qt::StringLiterals;
using namespace TextScan;
using namespace CyrillicNounStems;
using namespace CyrillicUnitsText;

namespace {

using namespace std::string_view_literals;

// How far back a figure with no noun of its own looks for the figure whose
// noun it shares ("13 ракет: дев'ять крилатих «Іскандер-К»"), and how many
// words after a numeral may stand before its noun.
constexpr qsizetype kElidedLookBack = 240;
constexpr int kWordsBeforeNoun = 6;
constexpr qsizetype kLabelLength = 80;
// How many lines above a table's row its unit line may stand, and how long a
// line without cells may be and still be part of the table (a row's label).
constexpr int kTableLines = 60;
constexpr qsizetype kTableRowWithoutCells = 60;
constexpr qsizetype kTableRowLength = 400;
// How far a digit run (a number with its groups, "1 226 420") is read
// backwards or skipped forwards.
constexpr qsizetype kDigitRun = 24;

// The dashes of lists: TextScan's and the figure dash and horizontal bar of
// the General Staff's reports ("танків ‒ 9 392 (+12)").
bool isListDash(QChar c)
{
    return isDash(c) || c == u'\u2012' || c == u'\u2015';
}

bool isQuote(QChar c)
{
    return c == u'«' || c == u'"' || c == u'“' || c == u'„' || c == u'”';
}

// End of the word at `i` with the words a hyphen joins to it
// ("оперативно-тактичного", "дронів-імітаторів").
qsizetype compoundEnd(QStringView text, qsizetype i)
{
    qsizetype e = wordEnd(text, i);
    while (e + 1 < text.size() && text[e] == u'-' && isLetter(text[e + 1]))
        e = wordEnd(text, e + 1);
    return e;
}

// Words that end a noun phrase: prepositions, conjunctions, particles.
bool isStopWord(QStringView w)
{
    return inList(w, {u"і", u"й", u"та", u"и", u"а", u"або", u"чи", u"или", u"з", u"із", u"зі", u"с", u"со", u"у",
                      u"в", u"во", u"на", u"по", u"до", u"від", u"от", u"за", u"для", u"о", u"об", u"про", u"над",
                      u"под", u"під", u"при", u"через", u"к", u"ко", u"из", u"між", u"между", u"після", u"после",
                      u"перед", u"як", u"как", u"що", u"что", u"але", u"но", u"ще", u"еще", u"ещё", u"вже", u"уже",
                      u"тобто", u"то", u"не", u"ні", u"же", u"ж", u"серед", u"среди", u"проти", u"против"});
}

bool isScaleWord(QStringView w)
{
    return inList(w, {u"тис", u"тыс", u"млн", u"млрд", u"трлн"}) || w.startsWith(u"тисяч") || w.startsWith(u"тысяч")
           || w.startsWith(u"мільйон") || w.startsWith(u"мільярд") || w.startsWith(u"миллион")
           || w.startsWith(u"миллиард");
}

bool isComparative(QStringView w)
{
    return inList(w, {u"більше", u"більш", u"более", u"больше", u"менее", u"менше"});
}

bool isPercentWord(QStringView w)
{
    return w.startsWith(u"відсот") || w.startsWith(u"процент");
}

// The counted noun after a numeral, with what the caller falls back on when
// there is none: a name in quotes ("8 «Бандероль»") and the last word that
// could be a noun or an adjective ("4 лікарні").
struct NounAfter
{
    QString unit;
    qsizetype end = -1;
    bool weak = false; // "од.", "шт.": a list's label says more
    QString quoted;
    QString lastAmbiguous;
    bool clauseEnds = false; // a verb or the sentence's end follows the figure ("лише 79.", "40 пострадали")
    bool ofThem = false;     // "16 из них", "10 з яких": a share of what was counted before
};

// A parenthesised signed change after a level, "(+20)" or "(+1 150)": its
// end, or `p` when there is none.
qsizetype skipChange(QStringView text, qsizetype p, qsizetype limit)
{
    if (p >= limit || text[p] != u'(')
        return p;
    qsizetype q = p + 1;
    while (q < limit && q - p < 16 && (isDigit(text[q]) || isSpace(text[q]) || text[q] == u'+' || isListDash(text[q])))
        ++q;
    return q < limit && text[q] == u')' && q > p + 1 ? q + 1 : p;
}

// The day of a rate after the noun ("окупантів на добу", "в сутки"), or
// empty; `*end` moves past it.
QString perDay(QStringView text, qsizetype *end, qsizetype limit)
{
    const qsizetype p = skipSpaces(text, *end);
    const qsizetype prepEnd = wordEnd(text, p);
    if (!inList(text.mid(p, prepEnd - p), {u"на", u"в", u"за"}))
        return {};
    const bool on = !equalsLower(text.mid(p, prepEnd - p), u"за");
    const qsizetype d = skipSpaces(text, prepEnd);
    const qsizetype dEnd = std::min(wordEnd(text, d), limit);
    const QString day = lower(text.mid(d, dEnd - d));
    if (!(on && (day == u"добу" || day == u"сутки" || day == u"день")))
        return {};
    *end = dEnd;
    return day;
}

struct Word
{
    QString text;
    qsizetype end = -1;
};

// The noun a participle or substantivised adjective modifies after it, past
// one preposition with its object and past adjectives ("погибших в Украине
// российских военнослужащих" → "военнослужащих"), or empty.
Word nounModifiedBy(QStringView text, qsizetype from, qsizetype limit)
{
    qsizetype p = skipSpaces(text, from);
    for (int words = 0; words < kWordsBeforeNoun && p < limit && isLetter(text[p]); ++words) {
        const qsizetype headEnd = wordEnd(text, p);
        const QString word = lower(text.mid(p, headEnd - p));
        if (words == 0 && inList(word, {u"в", u"у", u"на", u"під", u"под"})) {
            const qsizetype object = skipSpaces(text, headEnd);
            if (!(object < limit && isLetter(text[object])))
                return {};
            p = skipSpaces(text, compoundEnd(text, object));
            continue;
        }
        if (!keyOf(word).isEmpty())
            return {word, headEnd};
        if (!looksLikeAdjective(word, false))
            return {};
        p = skipSpaces(text, compoundEnd(text, p));
    }
    return {};
}

NounAfter nounAfter(QStringView text, qsizetype from, qsizetype limit)
{
    NounAfter out;
    qsizetype p = skipSpaces(text, from);
    if (p < limit && text[p] == u')')
        p = skipSpaces(text, p + 1); // the change "(+20)" itself
    p = skipSpaces(text, skipChange(text, p, limit));
    if (p < limit && (text[p] == u'%' || text[p] == u'‰')) {
        out.unit = text[p];
        out.end = p + 1;
        return out;
    }
    for (int words = 0; words < kWordsBeforeNoun; ++words) {
        p = skipSpaces(text, p);
        if (p >= limit) {
            out.clauseEnds = words == 0;
            break;
        }
        if (!isLetter(text[p])) {
            // A dash before words ("еще один — в Курской области") leaves
            // the noun out as a sentence's end does; a dash before a digit
            // is a range.
            const qsizetype afterDash = skipSpaces(text, p + 1);
            const bool dashThenWords = isListDash(text[p]) && afterDash < limit && isLetter(text[afterDash]);
            out.clauseEnds = words == 0 && (text[p] == u'.' || text[p] == u'!' || text[p] == u'?' || dashThenWords);
            break; // punctuation, a quote, a digit: the phrase has ended
        }
        const qsizetype headEnd = wordEnd(text, p);
        const qsizetype end = compoundEnd(text, p);
        const QString head = lower(text.mid(p, headEnd - p));
        const QString last = lower(text.mid(wordStartBefore(text, end), end - wordStartBefore(text, end)));
        if (isScaleWord(head)) { // "1 млн", "44,7 тис." when the parser left them
            p = end < limit && text[end] == u'.' ? end + 1 : end;
            continue;
        }
        if (isPercentWord(head)) {
            out.unit = u"%"_s;
            out.end = end;
            return out;
        }
        if (head == u"кв" && end + 1 < limit && text[end] == u'.') { // "кв. км", "кв. м"
            const qsizetype m = skipSpaces(text, end + 1);
            const qsizetype mEnd = wordEnd(text, m);
            out.unit = u"кв. "_s + lower(text.mid(m, mEnd - m));
            out.end = mEnd;
            return out;
        }
        if (head == u"п" && startsWithLower(text, end, u".п.")) {
            out.unit = u"п.п."_s;
            out.end = end + 3;
            return out;
        }
        if (isStopWord(head) && end < limit) {
            // The second number of a range, pair or share counts the same
            // noun ("від 400 до 500 людей", "805 і 810 дронів", "30 из 101
            // места").
            qsizetype q = skipSpaces(text, end);
            const qsizetype qEnd = wordEnd(text, q);
            const bool andMore = inList(head, {u"і", u"й", u"и", u"або", u"или"})
                                 && isComparative(text.mid(q, qEnd - q));
            if (andMore) {
                // "двух и более человек"; "до 200 и более 490 единиц": both
                // count the noun after the second.
                p = qEnd;
                q = skipSpaces(text, qEnd);
                if (!(q < limit && isDigit(text[q])))
                    continue;
            }
            if (q < limit && isDigit(text[q])
                && (andMore || inList(head, {u"до", u"і", u"й", u"та", u"и", u"або", u"чи", u"или", u"з", u"із", u"из"}))) {
                const qsizetype runEnd = std::min(limit, q + kDigitRun);
                while (q < runEnd && (isDigit(text[q]) || (isSpace(text[q]) && q + 1 < runEnd && isDigit(text[q + 1]))))
                    ++q;
                p = q;
                continue;
            }
        }
        if (words == 0 && inList(head, {u"з", u"із", u"из"})) {
            const qsizetype w = skipSpaces(text, end);
            out.ofThem = inList(text.mid(w, wordEnd(text, w) - w), {u"них", u"яких", u"которых"});
        }
        if (looksLikeVerb(head)) {
            out.clauseEnds = words == 0;
            break;
        }
        if (isNeverAUnit(head) || isStopWord(head))
            break;
        const bool known = !keyOf(head).isEmpty();
        const qsizetype nextStart = skipSpaces(text, end);
        const QString nextWord = lower(text.mid(nextStart, wordEnd(text, nextStart) - nextStart));
        // The head of a genitive chain stands right after the number
        // ("7 позицій зенітних ракетних комплексів", "5 позиций
        // зенитных комплексов"): a word in -ій/-ий there, with a plural
        // genitive adjective after it, is a plural genitive noun, since an
        // adjective agreeing with the number would be plural itself.
        const bool chainHead = words == 0 && !known && (head.endsWith(u"ій") || head.endsWith(u"ий"))
                               && (nextWord.endsWith(u"их") || nextWord.endsWith(u"іх") || nextWord.endsWith(u"ых"));
        if (!chainHead && !known && looksLikeAdjective(last, false)) {
            p = end;
            continue;
        }
        if (!chainHead && !known && looksLikeAdjective(last, true)) {
            // A word that ends as adjectives and nouns both do: an adjective
            // before a counted noun or another adjective.
            const qsizetype next = skipSpaces(text, end);
            const qsizetype nextEnd = wordEnd(text, next);
            const QString nextWord = lower(text.mid(next, nextEnd - next));
            if (next < limit && nextEnd > next && (!keyOf(nextWord).isEmpty() || looksLikeAdjective(nextWord, false))) {
                out.lastAmbiguous = head;
                p = end;
                continue;
            }
        }
        if (inList(head, {u"од", u"шт", u"ед"}) && headEnd < limit && text[headEnd] == u'.') {
            // "258 од. вибухонебезпечних предметів": the noun after the
            // abbreviation of "units" is the unit; without one, a list's
            // label says more ("танків — 3683 (+8) од.").
            if (out.unit.isEmpty()) {
                out.unit = head;
                out.end = headEnd;
                out.weak = true;
            }
            p = headEnd + 1;
            continue;
        }
        // An unknown word in -о or -е that is no adjective is an adverb
        // ("805 і 810 добре показує"); the neuter nouns news counts are in
        // the table.
        if (!known && (head.endsWith(u'о') || head.endsWith(u'е')) && head.size() > 2)
            break;
        if (known && looksLikeAdjective(head, false)) {
            // A participle counted as a noun may modify the noun after it
            // ("4515 погибших в Украине российских военнослужащих").
            const Word modified = nounModifiedBy(text, end, limit);
            if (!modified.text.isEmpty()) {
                out.unit = modified.text;
                out.end = modified.end;
                return out;
            }
        }
        out.unit = head;
        out.end = headEnd;
        out.weak = false;
        return out;
    }
    if (p < limit && isQuote(text[p])) {
        const qsizetype nameEnd = compoundEnd(text, p + 1);
        out.quoted = lower(text.mid(p + 1, nameEnd - p - 1));
    }
    return out;
}

// The head noun of a noun phrase: its first word that is no adjective
// ("бойові броньовані машини" → "машини", "засобів ППО" → "засобів"); a
// word that ends as nouns and adjectives both do is the noun when last.
QString headNoun(QStringView text, qsizetype from, qsizetype to)
{
    QString head;
    for (qsizetype p = from; p < to;) {
        if (!isLetter(text[p])) {
            ++p;
            continue;
        }
        const qsizetype end = compoundEnd(text, p);
        head = lower(text.mid(p, wordEnd(text, p) - p));
        const qsizetype lastStart = wordStartBefore(text, end);
        const QString last = lower(text.mid(lastStart, end - lastStart));
        const bool more = std::any_of(text.begin() + end, text.begin() + to, [](QChar c) { return isLetter(c); });
        if (!keyOf(head).isEmpty() || !looksLikeAdjective(last, more))
            return head;
        p = end;
    }
    return head;
}

// The label of a list entry whose figure follows a dash ("танки — 9419
// (+20)", "особового складу — близько 187080"), from the figure's start: the
// phrase after the last separator before the dash, or empty.
QString listLabel(QStringView text, qsizetype numberStart, qsizetype floor)
{
    qsizetype p = numberStart;
    // A change in brackets takes its level's label: step back over "(+" and
    // the level's digits ("9419 (+20)", "1 226 420 (+1 150)").
    if (p > floor + 1 && (text[p - 1] == u'+' || isListDash(text[p - 1])) && text[p - 2] == u'(')
        --p;
    if (p > floor && text[p - 1] == u'(') {
        --p;
        const qsizetype runFloor = std::max(floor, p - kDigitRun);
        while (p > runFloor && (isDigit(text[p - 1]) || isSpace(text[p - 1])))
            --p;
    }
    // Then the hedge of the level ("близько 187080") and the dash.
    for (int hedgeWords = 0; hedgeWords < 3; ++hedgeWords) {
        const qsizetype e = spacesBefore(text, p, floor);
        const qsizetype s = std::max(wordStartBefore(text, e), floor);
        if (s == e || CyrillicUnits::qualifierOf(text, p, p, {s, p}) == Qualifier::None)
            break;
        p = s;
    }
    p = spacesBefore(text, p, floor);
    if (p <= floor || !isListDash(text[p - 1]))
        return {};
    const qsizetype labelEnd = p - 1;
    qsizetype labelStart = labelEnd;
    while (labelStart > floor && labelEnd - labelStart < kLabelLength) {
        const QChar c = text[labelStart - 1];
        if (!(isLetter(c) || isSpace(c) || c == u'-' || c == u'/' || isApostrophe(c)))
            break;
        --labelStart;
    }
    if (labelEnd - labelStart >= kLabelLength)
        return {};
    // A place is no label ("в Харківській області – 35 тис. 566,
    // Херсонщині – 16 тис. 371"): a label that opens with a preposition,
    // or a capitalised word inside a line (an abbreviation such as "ББМ" is
    // all capitals).
    const qsizetype first = skipSpaces(text, labelStart);
    const QStringView firstWord = text.mid(first, wordEnd(text, first) - first);
    const bool insideLine = labelStart > floor && text[labelStart - 1] != u'\n';
    const bool capitalised = !firstWord.isEmpty() && firstWord[0].isUpper()
                             && !(firstWord.size() > 1 && firstWord[1].isUpper());
    if (isStopWord(firstWord) || (insideLine && capitalised))
        return {};
    return headNoun(text, labelStart, labelEnd);
}

// A currency written before the amount ("грн 3,04", "Евро 20"), lower-case.
QString currencyBefore(QStringView text, qsizetype numberStart, qsizetype floor)
{
    const qsizetype e = spacesBefore(text, numberStart, floor);
    const qsizetype s = std::max(wordStartBefore(text, e), floor);
    const QString word = lower(text.mid(s, e - s));
    const QString key = keyOf(word);
    const bool money = inList(key, {u"гривня", u"рубль", u"долар", u"доллар", u"євро", u"евро", u"фунт"});
    return money ? word : QString();
}

// Where the sentence that holds `pos` starts, looking back no further than
// kElidedLookBack.
qsizetype sentenceStartBefore(QStringView text, qsizetype pos)
{
    const qsizetype floor = std::max<qsizetype>(0, pos - kElidedLookBack);
    while (pos > floor && !QStringView(u".!?\n").contains(text[pos - 1]))
        --pos;
    return pos;
}

// The counted noun of a sentence whose figures come in a list closed by
// "відповідно"/"соответственно" ("Больше всего дронов было сбито в
// Белгородской и Курской областях — 31 и 25 соответственно"): the first
// counted noun of the sentence before the figures that is no place.
QString respectivelyNoun(QStringView text, qsizetype numberStart, qsizetype numberEnd, qsizetype sentenceStart)
{
    const qsizetype limit = std::min(text.size(), numberEnd + kLabelLength);
    qsizetype p = numberEnd;
    while (p < limit) { // the list's other numbers and its conjunction
        p = skipSpaces(text, p);
        if (p < limit && (isDigit(text[p]) || text[p] == u',')) {
            ++p;
            continue;
        }
        const qsizetype e = wordEnd(text, p);
        if (e == p || !inList(text.mid(p, e - p), {u"і", u"й", u"та", u"и"}))
            break;
        p = e;
    }
    if (!inList(text.mid(p, wordEnd(text, p) - p), {u"відповідно", u"соответственно"}))
        return {};
    for (qsizetype q = std::max(sentenceStart, numberStart - kElidedLookBack); q < numberStart;) {
        if (!isLetter(text[q])) {
            ++q;
            continue;
        }
        const qsizetype e = wordEnd(text, q);
        const QString word = lower(text.mid(q, e - q));
        const QString key = keyOf(word);
        if (!key.isEmpty() && !inList(key, {u"область", u"регіон", u"пункт", u"місце", u"место"}))
            return word;
        q = e;
    }
    return {};
}

// The noun of the nearest figure before `pos` in the sentence that has one:
// the noun a list or "з них" leaves out ("13 ракет: дев'ять крилатих
// «Іскандер-К» і чотири балістичні", "810 дронів, і понад 400 з них"). The
// look back goes on into the sentences before on the line (`lineFloor`)
// when `cross` says so or once it passes "з них"/"из них" ("Из них четверо
// доставлены в одну больницу, пятеро в другую").
QString elidedNoun(QStringView text, qsizetype pos, TextSpan sentence, qsizetype lineFloor, bool cross)
{
    static const CyrillicNumberParser parser;
    const qsizetype floor = std::max(std::min(lineFloor, sentence.start), pos - kElidedLookBack);
    for (qsizetype p = pos - 1; p >= floor; --p) {
        ++lookBackSteps;
        if ((p < sentence.start && !cross) || (text[p] == u'\n' && p > 0 && text[p - 1] == u'\n'))
            break; // never into the paragraph before
        const bool wordStart = (isDigit(text[p]) || isLetter(text[p])) && (p == 0 || !isLetter(text[p - 1]));
        if (!wordStart)
            continue;
        if (startsWithLower(text, p, u"них") && wordEnd(text, p) == p + 3) {
            const qsizetype before = spacesBefore(text, p, floor);
            const qsizetype s = wordStartBefore(text, before);
            cross = cross || inList(text.mid(s, before - s), {u"з", u"із", u"из"});
        }
        if (!CyrillicNumberParser::mayStart(text, p))
            continue;
        const std::optional<ParsedNumber> earlier = parser.parseAt(text, p);
        if (!earlier || earlier->end > pos)
            continue;
        if (!earlier->unit.isEmpty())
            return earlier->unit;
        const NounAfter noun = nounAfter(text, earlier->end, std::max(sentence.end, pos));
        if (!noun.unit.isEmpty() && !noun.weak)
            return noun.unit;
        const QString listed =
            respectivelyNoun(text, earlier->start, earlier->end, sentenceStartBefore(text, earlier->start));
        if (!listed.isEmpty())
            return listed;
    }
    return {};
}

// The unit a statistics table gives on a line of its own above its rows
// ("(відсотків)", "(у відсотках)", "(до попереднього місяця; відсотків)",
// "(тис. осіб)"), for a figure in a row (a line with cells or no prose): the
// look back passes only such lines, so prose stops it at once.
QString tableUnitAbove(QStringView text, qsizetype lineStart)
{
    // Each line is read no further than kTableRowLength: a long line is
    // prose, and the work per figure stays bounded.
    const auto isRow = [&](qsizetype from, qsizetype to) {
        return to - from <= kTableRowWithoutCells || text.sliced(from, to - from).contains(u'|');
    };
    qsizetype rowEnd = lineStart;
    while (rowEnd < text.size() && rowEnd - lineStart < kTableRowLength && text[rowEnd] != u'\n')
        ++rowEnd;
    if (!isRow(lineStart, rowEnd) || (rowEnd < text.size() && text[rowEnd] != u'\n'))
        return {};
    qsizetype end = lineStart; // the start of the line below the one read
    for (int lines = 0; lines < kTableLines && end >= 2; ++lines) {
        qsizetype start = end - 1;
        while (start > 0 && text[start - 1] != u'\n' && end - start < kTableRowLength)
            --start;
        if (start > 0 && text[start - 1] != u'\n')
            return {};
        const QStringView line = text.sliced(start, end - 1 - start).trimmed();
        if (line.startsWith(u'(') && line.endsWith(u')')) {
            const QStringView inside = line.sliced(1, line.size() - 2);
            const qsizetype cut = std::max(inside.lastIndexOf(u';'), inside.lastIndexOf(u','));
            const QStringView last = inside.sliced(cut + 1);
            const NounAfter unit = nounAfter(last, 0, last.size());
            if (!unit.unit.isEmpty())
                return unit.unit;
            return isPercentWord(lower(last.trimmed().split(u' ').constLast())) ? u"%"_s : QString();
        }
        if (!isRow(start, end - 1))
            return {};
        end = start;
    }
    return {};
}

} // namespace

CyrillicUnits::Reading CyrillicUnits::unitOf(QStringView text, const ParsedNumber &number, TextSpan sentence,
                                              qsizetype lineStart)
{
    if (!number.unit.isEmpty())
        return {number.unit, -1};
    // An age written as one word with the numeral ("47-летний", "35-річна").
    const QStringView numeral = text.sliced(number.start, number.end - number.start);
    if (numeral.contains(u"летн"))
        return {u"лет"_s, -1};
    if (numeral.contains(u"річн"))
        return {u"років"_s, -1};
    NounAfter noun = nounAfter(text, number.end, sentence.end);
    if (!noun.unit.isEmpty() && !noun.weak) {
        const QString day = perDay(text, &noun.end, sentence.end);
        return {day.isEmpty() ? noun.unit : noun.unit + u'/' + day, noun.end};
    }
    // A list closed by "соответственно" counts the sentence's noun, whatever
    // stands before its dash.
    const QString listed = respectivelyNoun(text, number.start, number.end, sentence.start);
    if (!listed.isEmpty())
        return {listed, -1};
    const QString label = listLabel(text, number.start, std::min(lineStart, sentence.start));
    if (!label.isEmpty())
        return {label, -1};
    if (!noun.unit.isEmpty())
        return {noun.unit, noun.end};
    const QString ofTable = tableUnitAbove(text, lineStart);
    if (!ofTable.isEmpty())
        return {ofTable, -1};
    const QString currency = currencyBefore(text, number.start, sentence.start);
    if (!currency.isEmpty())
        return {currency, -1};
    // A figure that ends its clause ("Спасти удалось лишь 79.", "Около 40
    // пострадали") or counts "з них" ("Из них четверо доставлены") counts
    // what the sentence before counted; a list's entry ("Сумщині – 4 тис.
    // 388.") nothing of it.
    const qsizetype beforeFigure = spacesBefore(text, number.start, sentence.start);
    const bool listEntry = beforeFigure > sentence.start && isListDash(text[beforeFigure - 1]);
    const QString elided = elidedNoun(text, number.start, sentence, listEntry ? sentence.start : lineStart,
                                      (noun.clauseEnds || noun.ofThem) && !listEntry);
    if (!elided.isEmpty())
        return {elided, -1};
    return {noun.quoted.isEmpty() ? noun.lastAmbiguous : noun.quoted, -1};
}

QString CyrillicUnits::unitKey(QStringView unit)
{
    if (!isCyrillic(unit))
        return unit.toString();
    QStringList parts = unit.toString().toCaseFolded().split(u'/');
    for (QString &part : parts) {
        const QString key = keyOf(part.trimmed());
        if (!key.isEmpty())
            part = key;
    }
    return parts.join(u'/');
}

bool CyrillicUnits::isCyrillic(QStringView unit)
{
    return std::any_of(unit.begin(), unit.end(),
                       [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04ff; });
}

} // namespace Claimbench
