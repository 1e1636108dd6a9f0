#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `server init URL --admin ROLE` and `server grant URL ROLE
// analyst|reviewer|viewer`: sets up a team project on a PostgreSQL server and
// gives the desk's login roles their team role (ServerAdmin). Prints what it
// changed, one line each on out, or that nothing needed changing;
// ExitUsage for a malformed command line, ExitBadInput with one line on err
// when the URL is bad or the server refuses.
Command serverCommand();

} // namespace Claimbench
