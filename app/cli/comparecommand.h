#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `compare PROJECT --metric M [--period day|week|month] [--threshold PCT]
// [--format csv|json]`: one row per period, one column per claimant with the
// latest figure it stated in that period, then the spread and whether two of
// them disagree by more than the threshold (ClaimComparer). An unknown
// metric or a missing project is ExitBadInput; a metric with no dated value
// prints the header alone.
Command compareCommand();

} // namespace Claimbench
