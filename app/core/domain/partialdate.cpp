#include "core/domain/partialdate.h"

namespace Claimbench {

namespace {

// What SPEC's YYYY can write: arithmetic on a date near either end ("next
// year" in 9999, "last month" in year 1) leaves it, and is no date.
bool isWritable(QDate date)
{
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

} // namespace

PartialDate::PartialDate(QDate date, DatePrecision precision)
    : m_date(precision == DatePrecision::Unknown || !isWritable(date) ? QDate() : date)
    , m_precision(m_date.isValid() ? precision : DatePrecision::Unknown)
{
    if (m_precision == DatePrecision::Year)
        m_date = QDate(m_date.year(), 1, 1);
    else if (m_precision == DatePrecision::Month)
        m_date = QDate(m_date.year(), m_date.month(), 1);
}

PartialDate PartialDate::fromIso(QStringView text)
{
    const auto number = [&](qsizetype from, qsizetype len) {
        bool ok = false;
        const int v = text.mid(from, len).toInt(&ok);
        return ok ? v : -1;
    };
    const auto digitsAt = [&](qsizetype from, qsizetype len) {
        for (qsizetype i = from; i < from + len; ++i)
            if (i >= text.size() || !text[i].isDigit())
                return false;
        return true;
    };
    if (text.size() == 4 && digitsAt(0, 4))
        return year(number(0, 4));
    if (text.size() == 7 && digitsAt(0, 4) && text[4] == u'-' && digitsAt(5, 2)) {
        const int m = number(5, 2);
        return m >= 1 && m <= 12 ? month(number(0, 4), m) : PartialDate();
    }
    if (text.size() == 10 && digitsAt(0, 4) && text[4] == u'-' && digitsAt(5, 2) && text[7] == u'-'
        && digitsAt(8, 2))
        return {QDate(number(0, 4), number(5, 2), number(8, 2)), DatePrecision::Day};
    return {};
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case DatePrecision::Unknown:
        return {};
    case DatePrecision::Year:
        return m_date.toString(u"yyyy");
    case DatePrecision::Month:
        return m_date.toString(u"yyyy-MM");
    case DatePrecision::Day:
        return m_date.toString(Qt::ISODate);
    }
    return {};
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    switch (m_precision) {
    case DatePrecision::Unknown:
        return {};
    case DatePrecision::Year:
        return QString::number(m_date.year());
    case DatePrecision::Month:
        // The stand-alone month name: "December 2025", and in Russian
        // "декабрь 2025" rather than the genitive of "1 декабря".
        return locale.standaloneMonthName(m_date.month()) + u' ' + QString::number(m_date.year());
    case DatePrecision::Day:
        return locale.toString(m_date, QLocale::LongFormat);
    }
    return {};
}

} // namespace Claimbench
