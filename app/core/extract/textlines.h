#pragma once

#include <QStringView>

#include <optional>

namespace Claimbench::TextLines {

// A label and its colon opening a line: a speaker's ("MR. KIRBY:", "Q:",
// "Senior Defense Official:") or a record's field ("Estimated Peak Wind:",
// "Path Length /statute/:"). Indices are UTF-16 offsets into the line given.
struct LineLabel
{
    qsizetype start = 0;    // the label's first letter (after the line's indent)
    qsizetype colon = 0;    // its colon
    int words = 0;
    bool allCaps = false;   // no lower-case letter ("SENIOR DEFENSE OFFICIAL")
    bool titleCase = false; // every word opens with a capital ("Senior Defense Official")
    bool blankAfter = false; // the colon ends the line or a blank follows it (not "10:30", "http:")
};

enum class LabelKind {
    // Capitalised words or capitals of letters, dots, apostrophes and hyphens:
    // up to six words in 60 characters.
    Speaker,
    // A capitalised first word, then any words of letters, digits, dots,
    // apostrophes and "/ # ( ) -": up to five words in 40 characters.
    Field,
};

// The label opening `line`, which starts at a line's start and may run past
// its end (a line break ends the look); nullopt when the line opens with
// none. Reads at most the label's length: cheap for every line of a text.
std::optional<LineLabel> labelAt(QStringView line, LabelKind kind);

// A line that opens with a speaker's label ("Source:" and "Note:" lines are
// labels too, and break the same way).
bool opensWithLabel(QStringView line);

} // namespace Claimbench::TextLines
