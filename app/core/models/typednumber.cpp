#include "core/models/typednumber.h"

#include "core/extract/numberparser.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

bool isDigitAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isDigit();
}

// A group separator of `locale` at `i` that stands between a digit and
// exactly three more: "700,000" in English, "700 000" with a space or a
// no-break space where the locale groups with either.
bool isGroupSeparatorAt(QStringView text, qsizetype i, const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    const QChar c = text.at(i);
    const bool groups = group.contains(c) || (c.isSpace() && !group.isEmpty() && group.front().isSpace());
    return groups && isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2)
        && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
}

// `text` with the locale's grouping dropped and its decimal separator made
// the point NumberParser reads.
QString inParserSeparators(QStringView text, const QLocale &locale)
{
    const QString decimal = locale.decimalPoint();
    QString english;
    english.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isGroupSeparatorAt(text, i, locale))
            continue;
        if (decimal != u"."_s && decimal.contains(text.at(i)) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1))
            english.append(u'.');
        else
            english.append(text.at(i));
    }
    return english;
}

// The whole of `text` as one finite number; with a unit ("20 km", "$5bn")
// only where `unitAllowed`.
std::optional<double> readWholeNumber(QStringView text, const QLocale &locale, bool unitAllowed)
{
    const QString english = inParserSeparators(text.trimmed(), locale);
    if (english.isEmpty())
        return std::nullopt;
    const std::optional<ParsedNumber> number = NumberParser().parseAt(english, 0);
    if (!number || number->end != english.size() || number->low || number->vague || !std::isfinite(number->value)
        || (!unitAllowed && !number->unit.isEmpty()))
        return std::nullopt;
    return number->value;
}

} // namespace

std::optional<double> readTypedNumber(QStringView text, const QLocale &locale)
{
    return readWholeNumber(text, locale, true);
}

std::optional<double> readEnteredNumber(QStringView text, const QLocale &locale)
{
    // The claim's unit has a field of its own.
    if (const std::optional<double> typed = readWholeNumber(text, locale, false))
        return typed;
    const QStringView trimmed = text.trimmed();
    for (const QLocale &reading : {locale, QLocale::c()}) {
        bool ok = false;
        const double value = reading.toDouble(trimmed, &ok);
        if (ok && std::isfinite(value))
            return value;
    }
    return std::nullopt;
}

} // namespace Claimbench
