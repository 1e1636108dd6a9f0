#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Claimbench {

// How much of a date the source actually states: "2024" is a year, "October
// 2024" a month, "27 November 2024" a day. Stored as an integer column.
enum class DatePrecision { Unknown = 0, Year = 1, Month = 2, Day = 3 };

// A calendar date known to some precision. For Year and Month precision the
// QDate holds the first day of the period; for Unknown it is null. Years
// run from 1 to 9999; a date outside them is null.
class PartialDate
{
public:
    PartialDate() = default;
    PartialDate(QDate date, DatePrecision precision);

    static PartialDate day(int y, int m, int d) { return {QDate(y, m, d), DatePrecision::Day}; }
    static PartialDate month(int y, int m) { return {QDate(y, m, 1), DatePrecision::Month}; }
    static PartialDate year(int y) { return {QDate(y, 1, 1), DatePrecision::Year}; }

    // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else gives a null date.
    static PartialDate fromIso(QStringView text);

    bool isNull() const { return m_precision == DatePrecision::Unknown; }
    QDate date() const { return m_date; }
    DatePrecision precision() const { return m_precision; }

    // "YYYY", "YYYY-MM", "YYYY-MM-DD", or an empty string when null.
    QString toIso() const;
    // For people, no more precise than the source: "2025", "December 2025",
    // "Monday, 1 December 2025" (in `locale`'s words), "" when null.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    QDate m_date;
    DatePrecision m_precision = DatePrecision::Unknown;
};

} // namespace Claimbench
