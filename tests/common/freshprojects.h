#pragma once

#include "common/testbackend.h"
#include "core/error.h"
#include "core/store/project.h"

#include <memory>

namespace Claimbench {

// Hands out a new, empty project on every open(), so that each test function
// and data row starts from nothing: a file in a temporary directory, or a
// database of its own on the test server (testbackend.h); all removed with
// this object.
class FreshProjects
{
public:
    Result<std::shared_ptr<Project>> open()
    {
        const Result<QString> location = m_locations.create();
        if (!location)
            return std::unexpected(location.error());
        return Project::open(*location, Project::OpenMode::CreateIfMissing);
    }

    // Where a new project may be created (for a command that takes PROJECT),
    // nothing there yet.
    Result<QString> location(const QString &stem = QStringLiteral("p")) { return m_locations.create(stem); }

    // A file beside the projects, for a test's inputs and outputs.
    QString filePath(const QString &name) const { return m_locations.filePath(name); }

private:
    ProjectLocations m_locations;
};

} // namespace Claimbench
