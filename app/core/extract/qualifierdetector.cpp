#include "core/extract/qualifierdetector.h"

#include "core/extract/textscan.h"

namespace Claimbench {

using namespace TextScan;

namespace {

struct Hedge
{
    QStringView words; // lower case, single spaces
    Qualifier qualifier;
};

// Longest phrases first, so "no more than" wins over "more than".
constexpr Hedge kBefore[] = {
    {u"no more than", Qualifier::AtMost},   {u"not more than", Qualifier::AtMost},
    {u"no fewer than", Qualifier::AtLeast}, {u"no less than", Qualifier::AtLeast},
    {u"not less than", Qualifier::AtLeast}, {u"in excess of", Qualifier::MoreThan},
    {u"as many as", Qualifier::UpTo},       {u"as much as", Qualifier::UpTo},
    {u"a little over", Qualifier::MoreThan}, {u"a little under", Qualifier::LessThan},
    {u"more than", Qualifier::MoreThan},    {u"upwards of", Qualifier::MoreThan},
    {u"upward of", Qualifier::MoreThan},    {u"just over", Qualifier::MoreThan},
    {u"well over", Qualifier::MoreThan},    {u"well above", Qualifier::MoreThan},
    {u"just under", Qualifier::LessThan},   {u"just below", Qualifier::LessThan},
    {u"less than", Qualifier::LessThan},    {u"fewer than", Qualifier::LessThan},
    {u"at least", Qualifier::AtLeast},      {u"at most", Qualifier::AtMost},
    {u"up to", Qualifier::UpTo},            {u"an estimated", Qualifier::Approximately},
    {u"close to", Qualifier::Approximately}, {u"nearly", Qualifier::Approximately},
    {u"about", Qualifier::Approximately},   {u"around", Qualifier::Approximately},
    {u"some", Qualifier::Approximately},    {u"roughly", Qualifier::Approximately},
    {u"almost", Qualifier::Approximately},  {u"approximately", Qualifier::Approximately},
    {u"approx.", Qualifier::Approximately}, {u"approx", Qualifier::Approximately},
    {u"circa", Qualifier::Approximately},   {u"ca.", Qualifier::Approximately},
    {u"approaching", Qualifier::Approximately}, {u"estimated", Qualifier::Approximately},
    {u"nearing", Qualifier::Approximately}, {u"an approximate", Qualifier::Approximately},
    {u"over", Qualifier::MoreThan},         {u"exceeded", Qualifier::MoreThan},
    {u"exceeding", Qualifier::MoreThan},    {u"exceeds", Qualifier::MoreThan},
    {u"exceed", Qualifier::MoreThan},       {u"surpassed", Qualifier::MoreThan},
    {u"surpassing", Qualifier::MoreThan},   {u"surpasses", Qualifier::MoreThan},
    {u"surpass", Qualifier::MoreThan},      {u"topped", Qualifier::MoreThan},
    {u"topping", Qualifier::MoreThan},      {u"tops", Qualifier::MoreThan},
    {u"top", Qualifier::MoreThan},          {u"above", Qualifier::MoreThan},
    {u"beyond", Qualifier::MoreThan},       {u"under", Qualifier::LessThan},
    {u"below", Qualifier::LessThan},        {u"maximum", Qualifier::AtMost},
    {u"minimum", Qualifier::AtLeast},
};

constexpr Hedge kAfter[] = {
    {u"or more", Qualifier::AtLeast}, {u"or so", Qualifier::Approximately},
    {u"or less", Qualifier::AtMost},  {u"or fewer", Qualifier::AtMost},
    {u"or higher", Qualifier::AtLeast}, {u"plus", Qualifier::MoreThan},
};

// Compares `phrase` with the words of `text` ending at `end`, ignoring case
// and collapsing runs of spaces.
bool endsWithPhrase(QStringView text, qsizetype floor, qsizetype end, QStringView phrase)
{
    qsizetype i = end;
    qsizetype k = phrase.size();
    while (k > 0) {
        if (i <= floor)
            return false;
        const QChar p = phrase[k - 1];
        if (p == u' ') {
            if (!isSpace(text[i - 1]))
                return false;
            while (i > floor && isSpace(text[i - 1]))
                --i;
            --k;
            continue;
        }
        char16_t c = text[i - 1].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        if (c != p.unicode())
            return false;
        --i;
        --k;
    }
    return !(i > floor && isLetter(text[i - 1]));
}

// Two blanks or a tab end a table's cell, as TextTables reads them: a row
// label that opens its line before one ("  MAXIMUM         89") names the
// row's statistic, no hedge. A hedge in prose that a wrapped line's indent
// happens to follow ("more than\n   500" read with the break as a space)
// does not open its line. `labelEnd` is where the words before the cell end,
// `cell` where the cell starts.
bool isRowLabelBefore(QStringView text, qsizetype labelEnd, qsizetype cell)
{
    if (!(cell - labelEnd > 1 || text[labelEnd] == u'\t'))
        return false;
    int words = 0;
    for (qsizetype i = labelEnd; i > 0 && text[i - 1] != u'\n'; --i) {
        if (!(isLetter(text[i - 1]) || text[i - 1] == u' '))
            return false;
        words += text[i - 1] == u' ' && isLetter(text[i]);
        if (words > 3)
            return false;
    }
    return true;
}

} // namespace

Qualifier QualifierDetector::detect(QStringView text, qsizetype start, qsizetype end, qsizetype afterUnit,
                                    qsizetype sentenceStart, qsizetype sentenceEnd)
{
    qsizetype e = start;
    while (e > sentenceStart && isSpace(text[e - 1]))
        --e;
    if (e < start && !isRowLabelBefore(text, e, start)) {
        for (const Hedge &h : kBefore) {
            if (endsWithPhrase(text, sentenceStart, e, h.words))
                return h.qualifier;
        }
    }
    // "1,000-plus", "1,000 or more", "1,000 troops or more"
    for (qsizetype from : {end, afterUnit}) {
        if (from < end)
            continue;
        qsizetype i = from;
        if (i < sentenceEnd && text[i] == u'-')
            ++i;
        i = skipSpaces(text, i);
        for (const Hedge &h : kAfter) {
            if (startsWithLower(text, i, h.words) && i + h.words.size() <= sentenceEnd
                && (i + h.words.size() >= text.size() || !isLetter(text[i + h.words.size()])))
                return h.qualifier;
        }
    }
    return Qualifier::None;
}

} // namespace Claimbench
