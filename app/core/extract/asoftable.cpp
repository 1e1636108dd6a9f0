#include "core/extract/asoffinder.h"

#include "core/extract/textscan.h"

#include <algorithm>

// The dates of a table's cells (AsOfFinder::dateOfCell), apart from the rest
// of the as-of finder: read from the header over the cell's column.
namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

// A table printed in columns of characters has lines a few hundred
// characters long at most; lines are read no farther, so a row of thousands
// of cells costs no more per cell.
constexpr qsizetype kLine = 400;

} // namespace

QString AsOfFinder::wordsOverColumn(qsizetype start, qsizetype end) const
{
    const qsizetype rowStart = lineStartOf(m_t, start, std::max(qsizetype(0), start - kLine));
    if (rowStart > 0 && m_t[rowStart - 1] != u'\n')
        return {};
    const qsizetype from = start - rowStart;
    const qsizetype to = end - rowStart;
    QString words;
    qsizetype line = rowStart;
    for (int n = 0; n < 40 && line > 0; ++n) {
        const qsizetype above = lineStartOf(m_t, line - 1, std::max(qsizetype(0), line - 1 - kLine));
        if (above > 0 && m_t[above - 1] != u'\n')
            break;
        const QStringView text = m_t.mid(above, line - 1 - above);
        line = above;
        // Rows (digits), rules and blank lines lie between the header and
        // the cell; one ends the header above it.
        const bool header = std::ranges::any_of(text, [](QChar c) { return isLetter(c); })
            && std::ranges::none_of(text, [](QChar c) { return isDigit(c); });
        qsizetype p = from;
        while (header && p < std::min(to, text.size()) && !isLetter(text[p]))
            ++p;
        if (!header || p >= std::min(to, text.size())) {
            if (!words.isEmpty())
                break;
            continue;
        }
        qsizetype wordStart = p;
        while (wordStart > 0 && isLetter(text[wordStart - 1]))
            --wordStart;
        const QStringView word = text.mid(wordStart, wordEnd(text, wordStart) - wordStart);
        words = words.isEmpty() ? word.toString() : word.toString() + u' ' + words;
    }
    return words;
}

std::optional<PartialDate> AsOfFinder::dateOfCell(qsizetype index) const
{
    const Figure &f = m_figures[index];
    // Columns of characters: the header TextTables gives runs together the
    // words of neighbouring columns that one space parts ("RECORD YEAR
    // NORMAL"); the words right over the cell are its column's. Between
    // tabs, that header is the column's.
    qsizetype cellStart = f.start;
    while (cellStart > 0 && f.start - cellStart < 40 && m_t[cellStart - 1] != u'\t' && m_t[cellStart - 1] != u'\n')
        --cellStart;
    const bool tabs = cellStart > 0 && m_t[cellStart - 1] == u'\t';
    const QString header = tabs ? m_columns[index] : wordsOverColumn(f.start, f.end);
    // A header with a number names its own period ("2012", "Week 3").
    if (header.isEmpty() || indexOfLower(header, u"record"sv) >= 0
        || std::ranges::any_of(header, [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    if (header.startsWith(u"normal", Qt::CaseInsensitive) || header.startsWith(u"average", Qt::CaseInsensitive))
        return PartialDate();
    const bool yearBefore = indexOfLower(header, u"last year"sv) >= 0 || indexOfLower(header, u"previous year"sv) >= 0
        || indexOfLower(header, u"prior year"sv) >= 0 || indexOfLower(header, u"year ago"sv) >= 0;
    const auto dated = [&](const DateMention &d) {
        return yearBefore ? PartialDate(d.resolved.date().addYears(-1), d.resolved.precision()) : d.resolved;
    };
    // "Source: Health ministry, as of 2 November": a line below the table
    // that says when its figures were counted.
    auto below = firstDateFrom(f.end);
    for (int tried = 0; below != m_dates.cend() && tried < 16 && below->start - f.end < 2000; ++tried, ++below) {
        const QStringView of = previousWord(m_t, below->start, f.end);
        const qsizetype lineStart = lineStartOf(m_t, below->start, std::max(qsizetype(f.end), below->start - kLine));
        const auto figure = std::ranges::lower_bound(m_figureStarts, lineStart);
        if ((equalsLower(of, u"of") || equalsLower(of, u"at"))
            && equalsLower(previousWord(m_t, of.data() - m_t.data(), lineStart), u"as")
            && (figure == m_figureStarts.end() || *figure > below->start))
            return dated(*below);
    }
    // Up over the table's rows and header to its title: a few dozen lines.
    auto d = firstDateFrom(f.start);
    for (int tried = 0; d != m_dates.cbegin() && tried < 16; ++tried) {
        --d;
        if (f.start - d->end > 2000)
            break;
        const qsizetype lineStart = lineStartOf(m_t, d->start, std::max(qsizetype(0), d->start - kLine));
        const qsizetype lineEnd = lineEndOf(m_t, d->end, std::min(m_t.size(), d->end + kLine));
        const auto figure = std::ranges::lower_bound(m_figureStarts, lineStart);
        if ((figure != m_figureStarts.end() && *figure < lineEnd)
            || opensPeriod(previousWord(m_t, d->start, lineStart)))
            continue;
        return dated(*d);
    }
    return std::nullopt;
}

} // namespace Claimbench
