#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `chart PROJECT --metric M [--by claimant|outlet] --out FILE.png|FILE.svg
// [--width W --height H --dpi D]`: draws metric M over time, one line per
// claimant (or outlet), into a PNG or SVG (ChartRenderer; SeriesModel gives
// the data). Defaults: 1600x900 pixels at 96 DPI. A missing --out, another
// suffix or a size/DPI that is not a positive whole number is ExitUsage; a
// missing project, an unknown metric, a metric with no charted claim or an
// unwritable file is ExitBadInput with one line on stderr.
// Needs a QApplication (Qt Charts); claimbench-cli's main() makes one on the
// offscreen platform.
Command chartCommand();

} // namespace Claimbench
