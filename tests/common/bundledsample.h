#pragma once

#include "common/clirun.h"

#include <QString>

namespace Claimbench {

// Makes at `project` the sample project that scripts/run.sh opens, through
// the CLI as scripts/make-sample.sh does: resources/sample imported,
// resources/sample-tags.jsonl's tags made, resources/sample-claims.csv
// added. Returns what went wrong, empty when all went well.
inline QString makeBundledSample(const QString &project)
{
    const QString resources = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/resources/");
    const CliRun steps[] = {
        runCli({QStringLiteral("import"), project, resources + QStringLiteral("sample")}),
        runCli({QStringLiteral("edit"), project, resources + QStringLiteral("sample-tags.jsonl")}),
        // Every sample claim anchors in its article (the command exits 2 if one does not).
        runCli({QStringLiteral("claims"), project, QStringLiteral("--add"),
                resources + QStringLiteral("sample-claims.csv")}),
    };
    for (const CliRun &step : steps)
        if (step.status != 0 || step.out.contains(QStringLiteral("failed")))
            return step.err + step.out;
    return {};
}

} // namespace Claimbench
