#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `import PROJECT FILE_OR_DIR...`: imports files into a project, creating it
// when missing. Prints "<path>: <outcome>" per file on out, in input order and
// flushed as it goes; each failure also as "claimbench-cli: <path>: <reason>"
// on err, then "N imported, N duplicate, N skipped, N failed" on err.
// ExitBadInput when the project cannot be opened or any file failed.
Command importCommand();

} // namespace Claimbench
