#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `edit PROJECT SCRIPT|-`: applies claim and tag edits, one JSON object per
// line (JSON Lines), through ProjectSession — the same undoable commands the
// GUI runs, one store transaction each. Meant for automation and for the
// crash-safety harness (tests/reliability), not for everyday use.
//
// After each operation has committed it prints, and flushes, one line:
//   committed <line> <op> <id>
// <line> is the script's 1-based line number, <id> the claim or tag created
// or changed (for undo and redo: the undo stack's index afterwards). A line
// that is not printed may or may not have been applied when the process is
// killed; a printed one is in the project.
//
// The first operation that fails stops the run with one line on stderr
// ("<SCRIPT>:<line>: <reason>") and ExitBadInput; the operations before it
// stay applied. The project must exist. Operations ("op") and their keys:
//   create-claim  article, start, end (code points into the body), and
//                 optionally value, low, high, unit, qualifier, metric,
//                 claimant (names; created when new), as_of, status, note, tag
//   update-claim  claim, and any key of create-claim but article
//   delete-claim  claim
//   create-tag    name, optionally color ("#rrggbb"), parent
//   delete-tag    tag, optionally claims_to (a tag that receives its claims)
//   undo, redo
// A claim or tag is named by its id or by "@N": the one created by line N of
// the same script.
Command editCommand();

} // namespace Claimbench
