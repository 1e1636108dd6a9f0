#include "core/import/boilerplate.h"

#include <QRegularExpression>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

// Boilerplate lines are short; a long paragraph that happens to start with
// "Related" is content.
constexpr qsizetype kMaxBoilerplateLine = 160;

bool isBoilerplateLine(QStringView line)
{
    static const QRegularExpression pattern(
        u"^(?:leave a (?:reply|comment)|post a comment|comments?|\\d+ comments?|"
        "your email address will not be published|required fields are marked|"
        "(?:most )?(?:recent|related|popular|latest|more) (?:stories|articles|posts|news)|related(?: content| topics)?:?|"
        "read more:?|share(?: this(?: article| story)?)?:?|"
        "copyright\\b|\\(c\\)\\s*\\d{4}|©|all rights reserved|"
        "(?:name|email|website)\\s*\\*?$|save my name, email|"
        "sign up for (?:our|the) newsletter|subscribe to our newsletter)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return line.size() <= kMaxBoilerplateLine && pattern.match(line).hasMatch();
}

} // namespace

qsizetype trailingBoilerplateStart(QStringView text)
{
    qsizetype end = text.size();
    qsizetype keptEnd = end;
    // Walk whole lines backwards; blank lines between boilerplate lines are
    // part of the boilerplate.
    while (end > 0) {
        const qsizetype lineStart = text.first(end).lastIndexOf(u'\n') + 1;
        const QStringView line = text.sliced(lineStart, end - lineStart).trimmed();
        if (!line.isEmpty()) {
            if (!isBoilerplateLine(line))
                break;
            keptEnd = lineStart;
        }
        end = lineStart > 0 ? lineStart - 1 : 0;
    }
    while (keptEnd > 0 && text[keptEnd - 1].isSpace())
        --keptEnd;
    return keptEnd;
}

} // namespace Claimbench
