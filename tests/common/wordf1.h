#pragma once

// Word-level F1 of an extracted text against a reference text: the measure
// of body extraction shared by tst_htmlpages (saved web pages) and
// tst_documentaccuracy (PDF, DOCX, ODT, EPUB and RTF against their
// publisher's HTML or a reference text). Words are \w+ runs, case-folded,
// compared as multisets, so order and layout do not count, only what is
// missing (recall) and what is extra (precision).

#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace Claimbench {

inline QHash<QString, int> wordBag(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> bag;
    auto it = word.globalMatch(text.toCaseFolded());
    while (it.hasNext())
        ++bag[it.next().captured(0)];
    return bag;
}

// Multiset overlap of words: 2PR/(P+R); 1 when both texts have no word.
inline double wordF1(const QString &actual, const QString &expected)
{
    const QHash<QString, int> a = wordBag(actual);
    const QHash<QString, int> e = wordBag(expected);
    qint64 common = 0;
    qint64 sizeA = 0;
    qint64 sizeE = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        sizeA += it.value();
        common += std::min(it.value(), e.value(it.key()));
    }
    for (const int n : e)
        sizeE += n;
    if (sizeA == 0 && sizeE == 0)
        return 1;
    if (common == 0)
        return 0;
    const double precision = double(common) / double(sizeA);
    const double recall = double(common) / double(sizeE);
    return 2 * precision * recall / (precision + recall);
}

} // namespace Claimbench
