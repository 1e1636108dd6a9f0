#pragma once

#include <QByteArray>
#include <QString>

#include <span>

namespace Claimbench {

// One fuzz target: a name (also the folder of its crash inputs under
// tests/fuzz/regressions/) and the entry point that feeds one input to the
// code under test. Shared by the libFuzzer binaries (clang, scripts/fuzz.sh)
// and tst_fuzzregressions (every build, g++ and the sanitizer pass), so a
// crash input replays through exactly the code that found it.
//
// An entry must not crash, hang or leak on any bytes; its results are thrown
// away. Entries are safe to call repeatedly on one thread.
struct FuzzTarget
{
    const char *name;
    void (*run)(const QByteArray &input);
};

std::span<const FuzzTarget> fuzzTargets();

// The target called `name`, or nullptr.
const FuzzTarget *findFuzzTarget(QStringView name);

} // namespace Claimbench
