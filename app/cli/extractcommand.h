#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `extract [--lines] [--published YYYY-MM-DD] [FILE|-]`: runs the figure
// extractor over UTF-8 text (a BOM is tolerated) read as is from FILE or
// stdin, to its end, and prints SPEC.md's JSON object on out; with --lines
// every input line is its own text and gets one compact JSON object per
// output line (JSON Lines, offsets relative to the line). Offsets are code
// points into the input as given: a BOM counts, as code point 0 of the text
// (of the first line with --lines). Invalid UTF-8, an unreadable
// or oversized file: ExitBadInput with one line naming the file and, for bad
// UTF-8, the byte offset. A malformed --published: ExitUsage.
Command extractCommand();

} // namespace Claimbench
