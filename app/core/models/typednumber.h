#pragma once

#include <QLocale>
#include <QStringView>

#include <optional>

namespace Claimbench {

// The number a user typed into a search or a bound field, written as
// `locale` writes numbers ("700,000" in English, "700.000" in German,
// "700 000" in French) or as news text does ("0.7 million", "700k", "$5bn"):
// the locale's separators are turned into English ones, then the extractor's
// NumberParser reads it. nullopt unless the whole text (spaces around it
// aside) is one finite number: words, "20-30" and "dozens" are not.
// Stateless and thread-safe.
std::optional<double> readTypedNumber(QStringView text, const QLocale &locale = QLocale());
// What a value field takes: readTypedNumber() without a unit, else a plain number as
// `locale` or the C locale writes it ("1e6", a pasted "1000000.5" in a
// German locale). So a figure is typed the same way in the search, the
// range fields, the table's cells and the claim editor.
std::optional<double> readEnteredNumber(QStringView text, const QLocale &locale = QLocale());

} // namespace Claimbench
