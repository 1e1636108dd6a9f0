#pragma once

#include <QList>
#include <QStringView>

#include <locale>

namespace Claimbench {

// A slice of a text: UTF-16 offsets, 0-based, end exclusive.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Splits text into sentences with Boost.Locale's ICU sentence boundaries, then
// merges the cuts ICU makes after abbreviations ("The U.K. Defense Ministry",
// "Mr. Smith", "Gen. Syrskyi", "Jan. 5", "No. 3", "approx. 300"), so that a
// claim is never cut in two. Line breaks always end a sentence (headlines and
// datelines stand alone).
//
// Constructing one builds an ICU locale (milliseconds): make one and reuse it.
// split() is const and may run on several threads at once.
class SentenceSplitter
{
public:
    SentenceSplitter();

    // The sentences of `text` in order, leading and trailing white space
    // trimmed, empty ones dropped. Offsets index `text`.
    QList<TextSpan> split(QStringView text) const;

private:
    std::locale m_locale;
};

} // namespace Claimbench
