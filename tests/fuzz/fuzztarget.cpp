// The libFuzzer entry of one fuzz binary; CLAIMBENCH_FUZZ_TARGET names the
// FuzzTarget it drives (see fuzzentries.h).
#include "fuzz/fuzzentries.h"

#include <cstdint>
#include <cstdlib>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Claimbench::FuzzTarget *const target =
        Claimbench::findFuzzTarget(QStringLiteral(CLAIMBENCH_FUZZ_TARGET));
    if (!target) {
        std::fputs("unknown fuzz target " CLAIMBENCH_FUZZ_TARGET "\n", stderr);
        std::abort();
    }
    // A copy, not fromRawData: the importer's bytes come from QFile::readAll,
    // which are NUL-terminated, and code may rely on that.
    target->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
