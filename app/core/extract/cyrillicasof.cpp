#include "core/extract/cyrillicdates.h"

#include "core/extract/textlayout.h"
#include "core/extract/textscan.h"

#include <algorithm>
#include <functional>

namespace Claimbench {

using namespace Qt::StringLiterals;
using namespace TextScan;

namespace {

// How far before the publication date the day a report's lead names may
// lie: a daily report is published on its day or the next.
constexpr int kReportDays = 7;

// The lines with words a daily report's lead spans (its title and first
// line), and those a story's dateline may lie in (a headline repeated, the
// lead, the paragraph after it).
constexpr int kLeadLines = 2;
constexpr int kDatelineLines = 4;

// How far a clause is looked for around its figure, in characters.
constexpr qsizetype kClauseReach = 200;

// How many lines above a list's lead its paragraph is looked for.
constexpr qsizetype kListLines = 40;

// The longest line without a bullet read as a list's item ("танки — 9419 (+20)").
constexpr qsizetype kListItemLength = 120;

// The counted nouns of durations, by how they start: "825 днів", "три
// тижні", "два роки", "10 суток", "5 лет".
bool isDuration(const QString &unit)
{
    static constexpr std::u16string_view kStems[] = {u"дн",    u"ден",  u"діб",    u"доб",   u"сут",
                                                     u"тиж",   u"недел", u"місяц", u"месяц", u"рок",
                                                     u"лет",   u"год",   u"час",   u"хвилин", u"минут", u"ніч", u"ноч"};
    return std::ranges::any_of(kStems, [&](std::u16string_view s) { return unit.startsWith(QStringView(s)); });
}

QString lowerWordAt(QStringView t, qsizetype i, qsizetype *end)
{
    *end = std::max(wordEnd(t, i), i + 1);
    return t.sliced(i, *end - i).toString().toLower();
}

// How many words before "від"/"от" a document may be named: "у зведенні
// Генштабу ЗСУ від 24 січня".
constexpr int kDocumentReach = 5;

// The nouns of documents a date after "від"/"от" dates.
bool isDocument(QStringView word)
{
    return inList(word, {u"зведення", u"зведенні", u"зведенням", u"звіт", u"звіті", u"звіту", u"указ", u"указу",
                         u"указом", u"наказ", u"наказу", u"наказом", u"постанова", u"постанови", u"постановою",
                         u"рішення", u"рішенням", u"повідомлення", u"повідомленні", u"заяві", u"заява", u"листі",
                         u"лист", u"сводка", u"сводке", u"сводки", u"отчет", u"отчёт", u"отчете", u"указа", u"приказ",
                         u"приказа", u"приказом", u"постановление", u"постановления", u"решение", u"решения",
                         u"сообщение", u"сообщении", u"заявлении", u"письме", u"письмо"});
}

// Whether the figure at `start` is a target ("до мети 5%", "ціль у 5%",
// "цель в 4%"): a plan, of no date.
bool isTarget(QStringView t, qsizetype start)
{
    QStringView w = previousWord(t, start, 0);
    if (inList(w, {u"у", u"в", u"на", u"до"}))
        w = previousWord(t, w.data() - t.data(), 0);
    return inList(w, {u"мети", u"мета", u"метою", u"ціль", u"цілі", u"ціллю", u"таргет", u"таргету", u"цель",
                      u"цели", u"целью", u"таргета"});
}

// Adverbs that set a sentence in the past: "Тоді загинули 40 людей". A past
// verb alone does not: a release says what its institution did today
// ("НБУ підвищив облікову ставку до 25%").
bool isPastTime(const QString &w)
{
    static const QStringList kWords{u"тоді"_s,   u"раніше"_s, u"колись"_s,
                                    u"тогда"_s,  u"ранее"_s,  u"прежде"_s, u"назад"_s,  u"когда-то"_s,
                                    u"минулого"_s, u"прошлого"_s, u"прошлом"_s, u"минулому"_s};
    return kWords.contains(w);
}

// Words that present a figure as it stands now.
bool isCurrentWord(const QString &w)
{
    static const QStringList kWords{u"наразі"_s,    u"зараз"_s,      u"вже"_s,       u"уже"_s,
                                    u"сейчас"_s,    u"нині"_s,       u"ныне"_s,      u"становить"_s,
                                    u"становлять"_s, u"складає"_s,   u"складають"_s, u"составляет"_s,
                                    u"составляют"_s, u"налічує"_s,   u"насчитывает"_s, u"перебувають"_s,
                                    u"находятся"_s, u"є"_s,          u"досі"_s};
    return kWords.contains(w);
}

} // namespace

CyrillicAsOf::CyrillicAsOf(QStringView text, const QList<DateMention> &dates, const QList<Figure> &figures,
                           const QList<TextSpan> &sentences, PartialDate published)
    : m_text(text)
    , m_dates(dates)
    , m_figures(figures)
    , m_sentences(sentences)
    , m_published(published)
{
    // Where the text's first `count` lines with words end.
    const auto linesEnd = [&](int count) {
        qsizetype linesEnd = 0;
        for (int lines = 0; lines < count && linesEnd < text.size();) {
            const qsizetype e = text.indexOf(u'\n', linesEnd);
            const qsizetype end = e < 0 ? text.size() : e + 1;
            lines += std::any_of(text.begin() + linesEnd, text.begin() + end, [](QChar c) { return isLetter(c); });
            linesEnd = end;
        }
        return linesEnd;
    };
    const qsizetype leadEnd = linesEnd(kLeadLines);
    const auto recentDay = [&](qsizetype d) {
        const PartialDate day = asOfFrom(d);
        return day.precision() == DatePrecision::Day
            && (m_published.precision() != DatePrecision::Day
                || (day.date() <= m_published.date() && day.date().daysTo(m_published.date()) <= kReportDays));
    };
    if (const qsizetype d = leadDate(0, leadEnd, recentDay); d >= 0)
        m_reportDay = asOfFrom(d);
    // Without a publication date, the first day or month of the story's
    // opening lines: its dateline ("в воскресенье, 1 марта 2015 года"). A
    // date further down is an event's ("Напомним, 10 июля 2011г. ...
    // затонул"), not the day the story tells of.
    const auto dayOrMonth = [&](qsizetype d) { return asOfFrom(d).precision() >= DatePrecision::Month; };
    if (m_published.isNull())
        if (const qsizetype d = leadDate(0, linesEnd(kDatelineLines), dayOrMonth); d >= 0)
            m_reportDay = asOfFrom(d);
}

qsizetype CyrillicAsOf::leadDate(qsizetype from, qsizetype to, const std::function<bool(qsizetype)> &accept) const
{
    const auto first = std::lower_bound(m_dates.cbegin(), m_dates.cend(), from,
                                        [](const DateMention &d, qsizetype pos) { return d.start < pos; });
    qsizetype relative = -1;
    for (auto it = first; it != m_dates.cend() && it->end <= to; ++it) {
        const qsizetype index = it - m_dates.cbegin();
        if (opensPeriod(index) || isComparisonBase(index) || !accept(index))
            continue;
        if (it->text.front().isDigit())
            return index;
        if (relative < 0)
            relative = index;
    }
    return relative;
}

TextSpan CyrillicAsOf::lineOf(qsizetype pos) const
{
    if (pos < m_line.start || pos > m_line.end) {
        qsizetype start = pos;
        while (start > 0 && m_text[start - 1] != u'\n')
            --start;
        const qsizetype end = m_text.indexOf(u'\n', pos);
        m_line = {start, end < 0 ? m_text.size() : end};
    }
    return m_line;
}

qsizetype CyrillicAsOf::listLeadDate(TextSpan itemLine) const
{
    const qsizetype lineStart = itemLine.start;
    // A list's item: a bullet or dash first, or a short line with a number.
    const auto isItem = [&](QStringView l) {
        return !l.isEmpty() && (isDash(l.front()) || l.front() == u'•' || l.front() == u'*'
                                || (l.size() <= kListItemLength && std::ranges::any_of(l, [](QChar c) { return isDigit(c); })));
    };
    if (!isItem(m_text.sliced(lineStart, itemLine.end - lineStart).trimmed()))
        return -1;
    qsizetype line = lineStart;
    while (line > 0) {
        qsizetype above = line - 1;
        while (above > 0 && m_text[above - 1] != u'\n')
            --above;
        if (above == m_list.itemStart) { // the item before: its list's lead
            m_list.itemStart = lineStart;
            return m_list.date;
        }
        const QStringView l = m_text.sliced(above, line - 1 - above).trimmed();
        if (l.endsWith(u':')) {
            m_list = {lineStart, leadDate(above, line - 1, [](qsizetype) { return true; })};
            // A lead that dates nothing ("Що подорожчало:") goes on from the
            // paragraph over it and the lists between ("Держстат оприлюднив
            // зміну цін за останній місяць.").
            for (qsizetype up = above, lines = 0; m_list.date < 0 && up > 0 && lines < kListLines; ++lines) {
                qsizetype start = up - 1;
                while (start > 0 && m_text[start - 1] != u'\n')
                    --start;
                const QStringView text = m_text.sliced(start, up - 1 - start).trimmed();
                if (!text.isEmpty() && !isItem(text) && !text.endsWith(u':')) {
                    m_list.date = leadDate(start, up - 1, [](qsizetype) { return true; });
                    break;
                }
                up = start;
            }
            return m_list.date;
        }
        if (!l.isEmpty() && !isItem(l))
            break;
        line = above;
    }
    m_list = {lineStart, -1};
    return -1;
}

bool CyrillicAsOf::opensPeriod(qsizetype index) const
{
    if (!m_dates[index].periodEnd.isNull()) // "з 1 по 7 вересня" holds its end
        return false;
    qsizetype p = m_dates[index].start;
    const auto skipBack = [&] {
        while (p > 0 && (isSpace(m_text[p - 1]) || m_text[p - 1] == u'('))
            --p;
    };
    skipBack();
    // A time of day between: "з 18:00 6 вересня".
    if (p > 0 && isDigit(m_text[p - 1])) {
        while (p > 0 && (isDigit(m_text[p - 1]) || m_text[p - 1] == u':'))
            --p;
        skipBack();
    }
    const QStringView w = previousWord(m_text, p, 0);
    if (inList(w, {u"від", u"от"})) {
        // "від лютого 2022 року", "від 24.02.22 до 24.04.23" open a period;
        // "у зведенні від 24 січня", "указ от 1 марта" date a document.
        // The document may have its issuer between: "у зведенні Генштабу ЗСУ від".
        qsizetype back = w.data() - m_text.data();
        for (int words = 0; words < kDocumentReach; ++words) {
            const QStringView document = previousWord(m_text, back, 0);
            if (document.isEmpty())
                return true;
            if (isDocument(document))
                return false;
            back = document.data() - m_text.data();
        }
        return true;
    }
    return inList(w, {u"з", u"із", u"зі", u"с", u"со", u"початку", u"начала", u"починаючи", u"начиная"});
}

bool CyrillicAsOf::isComparisonBase(qsizetype index) const
{
    const qsizetype start = m_dates[index].start;
    const QStringView w = previousWord(m_text, start, 0);
    if (inList(w, {u"щодо", u"відносно", u"проти", u"относительно", u"против"}))
        return true;
    // "порівняно з груднем", "по сравнению с декабрём"
    const qsizetype before = w.data() - m_text.data();
    return inList(w, {u"з", u"із", u"зі", u"с", u"со"})
        && inList(previousWord(m_text, before, 0), {u"порівняно", u"порівнянні", u"сравнению", u"сравнении"});
}

PartialDate CyrillicAsOf::asOfFrom(qsizetype index) const
{
    const DateMention &d = m_dates[index];
    return d.periodEnd.isNull() ? d.resolved : d.periodEnd;
}

qsizetype CyrillicAsOf::nearestDate(qsizetype from, qsizetype to, qsizetype start) const
{
    const auto first = std::lower_bound(m_dates.cbegin(), m_dates.cend(), from,
                                        [](const DateMention &d, qsizetype pos) { return d.start < pos; });
    qsizetype after = -1;
    qsizetype before = -1;
    for (auto it = first; it != m_dates.cend() && it->end <= to; ++it) {
        const qsizetype index = it - m_dates.cbegin();
        if (opensPeriod(index) || isComparisonBase(index))
            continue;
        if (it->end <= start)
            before = index;
        else if (after < 0)
            after = index;
    }
    return before >= 0 ? before : after;
}

bool CyrillicAsOf::opensPeriodIn(TextSpan sentence) const
{
    const auto first = std::lower_bound(m_dates.cbegin(), m_dates.cend(), sentence.start,
                                        [](const DateMention &d, qsizetype pos) { return d.start < pos; });
    for (auto it = first; it != m_dates.cend() && it->end <= sentence.end; ++it)
        if (opensPeriod(it - m_dates.cbegin()))
            return true;
    return false;
}

PartialDate CyrillicAsOf::tableDate(qsizetype pos) const
{
    const auto lineAt = [&](qsizetype start) {
        const qsizetype e = m_text.indexOf(u'\n', start);
        return TextSpan{start, e < 0 ? m_text.size() : e};
    };
    const auto isRow = [&](TextSpan line) {
        const QStringView l = m_text.sliced(line.start, line.end - line.start);
        return l.contains(u'|') || TextLines::isTableRow(l);
    };
    const TextSpan line = lineOf(pos);
    const qsizetype lineStart = line.start;
    if (lineStart == m_lineOffTable)
        return {};
    const bool nextRow = lineStart == m_table.end + 1;
    if (lineStart >= m_table.start && lineStart < m_table.end) // the table read last
        return m_tableDate;
    if (!isRow(line)) {
        m_lineOffTable = lineStart;
        return {};
    }
    if (nextRow) {
        m_table.end = line.end;
        return m_tableDate;
    }
    // Up through the rows and header lines above to the table's first line.
    qsizetype top = lineStart;
    while (top > 0) {
        qsizetype above = top - 1;
        while (above > 0 && m_text[above - 1] != u'\n')
            --above;
        if (!isRow(lineAt(above)))
            break;
        top = above;
    }
    m_table = {top, line.end};
    const qsizetype date = nearestDate(top, lineStart, top);
    m_tableDate = date >= 0 ? asOfFrom(date) : PartialDate();
    return m_tableDate;
}

bool CyrillicAsOf::saysTotal(TextSpan sentence) const
{
    const QStringView s = m_text.sliced(sentence.start, sentence.end - sentence.start);
    for (const std::u16string_view phrase : {u"від початку", u"з початку", u"с начала", u"загалом", u"всього",
                                             u"усього", u"всего", u"в общей сложности", u"за весь час",
                                             u"протягом доби", u"за добу", u"в течение суток", u"за сутки",
                                             u"за ніч", u"протягом ночі", u"за ночь", u"в течение дня"})
        if (indexOfLower(s, phrase) >= 0)
            return true;
    return false;
}

bool CyrillicAsOf::tellsPastEvent(TextSpan sentence) const
{
    bool past = false;
    for (qsizetype i = sentence.start; i < sentence.end;) {
        if (!isLetter(m_text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        const QString w = lowerWordAt(m_text, i, &end);
        if (isCurrentWord(w))
            return false;
        past = past || isPastTime(w);
        i = end;
    }
    return past;
}

PartialDate CyrillicAsOf::find(qsizetype k) const
{
    const Figure &f = m_figures[k];
    if (isDuration(f.unit) || isTarget(m_text, f.start))
        return {};
    const TextSpan sentence = m_sentences[k];
    // The figure's clause: between the commas and semicolons around it.
    // The figure's clause: between the commas and semicolons around it,
    // looked for no farther than kClauseReach so that a sentence of many
    // figures and no commas costs linear time.
    // A full stop before a capital ends the clause too, where the splitter
    // took "осіб. Кількома" for an abbreviation.
    const auto isBreak = [&](qsizetype i) {
        return m_text[i] == u',' || m_text[i] == u';'
            || (m_text[i] == u'.' && i + 2 < m_text.size() && isSpace(m_text[i + 1]) && m_text[i + 2].isUpper());
    };
    const qsizetype floor = std::max(sentence.start, qsizetype(f.start) - kClauseReach);
    const qsizetype ceiling = std::min(sentence.end, qsizetype(f.end) + kClauseReach);
    qsizetype clauseStart = f.start;
    while (clauseStart > floor && !isBreak(clauseStart - 1))
        --clauseStart;
    qsizetype clauseEnd = f.end;
    while (clauseEnd < ceiling && !isBreak(clauseEnd))
        ++clauseEnd;
    // A date of the clause, else of the sentence up to a full stop before
    // a capital.
    qsizetype date = nearestDate(clauseStart, clauseEnd, f.start);
    if (date < 0) {
        qsizetype end = clauseEnd;
        while (end < ceiling && !(m_text[end] == u'.' && isBreak(end)))
            ++end;
        date = nearestDate(sentence.start, end, f.start);
    }
    if (date >= 0)
        return asOfFrom(date);
    if (const PartialDate table = tableDate(f.start); !table.isNull())
        return table;
    // What the sentence says is read once for all its figures.
    if (m_read.sentence.start != sentence.start || m_read.sentence.end != sentence.end) {
        m_read.sentence = sentence;
        // "Раніше Генштаб повідомляв про ...": an earlier report, of no
        // day the text gives, not the report's day.
        const qsizetype first = skipSpaces(m_text, sentence.start);
        m_read.earlierReport = inList(m_text.sliced(first, wordEnd(m_text, first) - first), {u"раніше", u"ранее"});
        m_read.total = saysTotal(sentence) || opensPeriodIn(sentence);
        const TextSpan paragraph = lineOf(sentence.start);
        m_read.paragraphDate = nearestDate(paragraph.start, sentence.start, sentence.start);
        m_read.listDate = m_read.paragraphDate < 0 ? listLeadDate(paragraph) : -1;
        m_read.past = !m_read.total && m_read.paragraphDate < 0 && m_read.listDate < 0 && m_reportDay.isNull()
            && tellsPastEvent(sentence);
    }
    if (m_read.earlierReport)
        return {};
    if (m_read.total)
        return m_reportDay.isNull() ? m_published : m_reportDay;
    if (m_read.paragraphDate >= 0)
        return asOfFrom(m_read.paragraphDate);
    if (m_read.listDate >= 0)
        return asOfFrom(m_read.listDate);
    if (!m_reportDay.isNull())
        return m_reportDay;
    return m_read.past ? PartialDate() : m_published;
}

} // namespace Claimbench
