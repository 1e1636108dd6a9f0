#include "core/import/datetext.h"

#include "core/domain/monthnames.h"

#include <QRegularExpression>

#include <algorithm>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

// `name` as the month pattern below matched it: a name or an abbreviation,
// perhaps with a full stop.
int monthFromName(QStringView name)
{
    const QString key = (name.endsWith(u'.') ? name.chopped(1) : name).toString().toLower();
    for (const MonthName &month : kMonthNames)
        if (key == QStringView(month.text))
            return month.month;
    return 0;
}

// One capture group of every month name, longest first so that "sept" is
// tried before "sep"; a full stop may follow an abbreviation ("Sept.").
QString monthPattern()
{
    std::array names = kMonthNames;
    std::ranges::stable_sort(names, std::ranges::greater{}, [](const MonthName &m) { return m.text.size(); });
    QStringList alternatives;
    for (const MonthName &month : names)
        alternatives.append(QStringView(month.text).toString() + (month.abbreviation ? u"\\.?"_s : QString()));
    return u"("_s + alternatives.join(u'|') + u')';
}

PartialDate dayIfValid(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? PartialDate(date, DatePrecision::Day) : PartialDate();
}

} // namespace

PartialDate parseDateText(QStringView text, bool whole)
{
    static const QString monthNames = monthPattern();
    static const QString weekday = u"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"_s;
    static const QString tail = u"(?=$|[\\sT,|.;:+\\-Z(])"_s;
    const auto options = QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression iso(u"^(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?"_s + tail, options);
    static const QRegularExpression monthFirst(
        u"^"_s + weekday + monthNames + u"\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"_s + tail, options);
    static const QRegularExpression dayFirst(
        u"^"_s + weekday + u"(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?"_s + monthNames + u",?\\s+(\\d{4})"_s + tail,
        options);
    static const QRegularExpression monthYear(u"^"_s + monthNames + u",?\\s+(\\d{4})"_s + tail, options);

    // No-break spaces and zero-width marks pad date lines copied from pages.
    QString trimmed = text.toString();
    trimmed.replace(QChar::Nbsp, u' ');
    trimmed.remove(QChar(0x200B));
    trimmed.remove(QChar(0xFEFF));
    trimmed = trimmed.trimmed();
    if (trimmed.isEmpty())
        return {};

    const auto finish = [&](const QRegularExpressionMatch &match, PartialDate date) {
        if (whole && match.capturedEnd(0) != trimmed.size()) {
            // A date line may still end in a full stop.
            const QStringView rest = QStringView(trimmed).sliced(match.capturedEnd(0)).trimmed();
            if (!rest.isEmpty() && rest != u".")
                return PartialDate();
        }
        return date;
    };

    if (const auto m = iso.match(trimmed); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        if (m.captured(3).isEmpty())
            return month >= 1 && month <= 12 ? finish(m, PartialDate::month(year, month)) : PartialDate();
        return finish(m, dayIfValid(year, month, m.captured(3).toInt()));
    }
    if (const auto m = monthFirst.match(trimmed); m.hasMatch())
        return finish(m, dayIfValid(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()));
    if (const auto m = dayFirst.match(trimmed); m.hasMatch())
        return finish(m, dayIfValid(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()));
    if (const auto m = monthYear.match(trimmed); m.hasMatch())
        return finish(m, PartialDate::month(m.captured(2).toInt(), monthFromName(m.captured(1))));
    return {};
}

} // namespace Claimbench
