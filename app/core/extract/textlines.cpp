#include "core/extract/textlines.h"

#include "core/extract/textscan.h"

namespace Claimbench::TextLines {

using namespace TextScan;

std::optional<LineLabel> labelAt(QStringView line, LabelKind kind)
{
    const bool speaker = kind == LabelKind::Speaker;
    const int maxWords = speaker ? 6 : 5;
    const qsizetype maxLength = speaker ? 60 : 40;
    // An indent of a few blanks; a field is flush left or nearly.
    qsizetype s = 0;
    while (s < line.size() && (line[s] == u' ' || line[s] == u'\t'))
        ++s;
    if (s == line.size() || !isLetter(line[s]) || !line[s].isUpper() || (!speaker && s > 4))
        return std::nullopt;
    LineLabel label{s, -1, 0, true, true, false};
    bool inWord = false;
    for (qsizetype i = s; i < line.size() && i - s < maxLength; ++i) {
        const QChar c = line[i];
        if (c == u':') {
            label.colon = i;
            break;
        }
        if (c == u' ') {
            inWord = false;
            continue;
        }
        const bool wordChar = isLetter(c) || c == u'-' || c == u'.' || isApostrophe(c)
            || (!speaker && (isDigit(c) || c == u'/' || c == u'#' || c == u'(' || c == u')'));
        if (!wordChar)
            return std::nullopt;
        if (!inWord) {
            if (++label.words > maxWords)
                return std::nullopt;
            label.titleCase = label.titleCase && c.isUpper();
        }
        inWord = true;
        label.allCaps = label.allCaps && !c.isLower();
        // Most lines: a sentence's second word ends the look.
        if (speaker && !label.allCaps && !label.titleCase)
            return std::nullopt;
    }
    if (label.colon < 0)
        return std::nullopt;
    const qsizetype after = label.colon + 1;
    label.blankAfter = after == line.size() || isSpace(line[after]) || line[after] == u'\n' || line[after] == u'\r';
    return label;
}

bool opensWithLabel(QStringView line)
{
    const std::optional<LineLabel> label = labelAt(line, LabelKind::Speaker);
    return label && label->titleCase && label->blankAfter;
}

} // namespace Claimbench::TextLines
