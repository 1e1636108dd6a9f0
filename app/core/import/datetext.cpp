#include "core/import/datetext.h"

#include <QRegularExpression>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

int monthFromName(QStringView name)
{
    static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                       u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const QString prefix = name.left(3).toString().toLower();
    const int index = months.indexOf(prefix);
    return index < 0 ? 0 : index + 1;
}

PartialDate dayIfValid(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? PartialDate(date, DatePrecision::Day) : PartialDate();
}

} // namespace

PartialDate parseDateText(QStringView text, bool whole)
{
    static const QString monthNames = u"(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|"
                                      "june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|"
                                      "oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)"_s;
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
