#pragma once

#include "core/commands/storecommand.h"
#include "core/error.h"

class QWidget;

namespace Claimbench {

// The question put to the analyst when an undo or redo is refused because
// another analyst changed its rows since (ProjectSession::setConflictResolver):
// the refusal (who changed the row, when, both values) and two buttons,
// Keep Theirs (the default: nothing is written) and Apply Mine. Modal; runs
// its own event loop and returns the choice (Keep Theirs when closed).
// The message box is named "conflictMessage", its buttons "keepTheirs" and
// "applyMine".
ConflictChoice askConflictChoice(QWidget *parent, const Error &conflict);

} // namespace Claimbench
