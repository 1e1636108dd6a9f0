#pragma once

#include "cli/commandline.h"

namespace Claimbench {

// `chart PROJECT --metric M [--by claimant|outlet] --out FILE.png|FILE.svg
// [--width W --height H --dpi D]`: draws metric M over time, one line per
// claimant (or outlet), into a PNG or SVG (ChartRenderer; SeriesBuilder gives
// the data). Defaults: 1600x900 pixels at 96 DPI. A missing --out, another
// suffix or a size/DPI that is not a positive whole number is ExitUsage; a
// missing project, an unknown metric, a metric with no charted claim or an
// unwritable file is ExitBadInput with one line on stderr.
// Needs a QApplication (Qt Charts); claimbench-cli's main() makes one on the
// offscreen platform.
Command chartCommand();

// Keeps stderr (the CLI's error channel) quiet on a successful `chart`: from
// now on, Qt's "QStandardPaths: XDG_RUNTIME_DIR not set" warning is dropped and
// every other Qt message goes to the handler installed before. The
// QApplication that `chart` needs asks for the runtime directory while it
// starts; with the variable unset (root in CI, cron, ssh without a session)
// Qt falls back to its own private /tmp/runtime-<user>, which serves the
// offscreen platform just as well, so the warning tells a script nothing.
// Call it before that QApplication is created. Process-wide; not
// thread-safe against another qInstallMessageHandler() at the same time.
void dropRuntimeDirWarning();

} // namespace Claimbench
