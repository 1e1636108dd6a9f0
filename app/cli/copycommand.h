#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `copy SOURCE DEST`: copies a whole project between any two backends (a
// file or a postgresql:// server database each) with ProjectCopy: every row
// with its id, in one transaction on DEST, which must be a new file or an
// empty database. Prints one line on out at the end: the rows copied and the
// rate. ExitBadInput with one line on err when SOURCE cannot be read, DEST is
// not new or empty, a server cannot be reached, or the tables differ; DEST
// is then as it was.
Command copyCommand();

} // namespace Claimbench
