#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `backup PROJECT DEST`: writes a consistent copy of a project to DEST
// (Project::backupTo), replacing a file there only once the copy is whole.
// The project is opened read-only: never upgraded or written. Prints nothing
// on success; ExitBadInput with one line on err when the project cannot be
// read, DEST is the project itself, or DEST cannot be written (no file is
// left then).
Command backupCommand();

} // namespace Claimbench
