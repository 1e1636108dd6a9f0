#pragma once

#include "common/clirun.h"
#include "common/freshprojects.h"

#include <QString>

namespace Claimbench {

// Makes among `projects` the sample project that scripts/run.sh opens,
// through the CLI as scripts/make-sample.sh does: resources/sample imported,
// resources/sample-tags.jsonl's tags made, resources/sample-claims.csv
// added. Its location, or what went wrong.
inline Result<QString> makeBundledSample(FreshProjects &projects)
{
    const Result<QString> location = projects.location(QStringLiteral("sample"));
    if (!location)
        return location;
    const QString &project = *location;
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
            return makeError(Error::Code::InvalidInput, step.err + step.out);
    return project;
}

} // namespace Claimbench
