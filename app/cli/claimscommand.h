#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `claims PROJECT [--metric M] [--format csv|json]`: lists every claim of a
// project (or one metric's), one row each, with SPEC's columns; offsets are
// Unicode code points into the article body. The project must exist; an
// unknown metric is ExitBadInput (a typo must not look like "no claims").
// `claims PROJECT --add FILE.json|FILE.csv`: adds claims (see ClaimAdder);
// ExitBadInput when the file cannot be read or any row was refused.
Command claimsCommand();

} // namespace Claimbench
