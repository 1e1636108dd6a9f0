#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `articles PROJECT [--search QUERY] [--format csv|json] [--with-body]`:
// lists a project's articles, one row each (see the command's --help for the
// columns). The project must exist: a missing or foreign file is ExitBadInput
// and is left untouched.
Command articlesCommand();

} // namespace Claimbench
