#pragma once

#include "core/error.h"
#include "core/store/project.h"

#include <QTemporaryDir>

#include <memory>

namespace Claimbench {

// Hands out a new, empty project file on every open(), so that each test
// function and data row starts from nothing; the files live in one temporary
// directory that is removed with this object.
class FreshProjects
{
public:
    Result<std::shared_ptr<Project>> open()
    {
        if (!m_dir.isValid())
            return makeError(Error::Code::Io, QStringLiteral("No temporary directory: ") + m_dir.errorString());
        return Project::open(m_dir.filePath(QStringLiteral("p%1.claimbench").arg(++m_serial)),
                             Project::OpenMode::CreateIfMissing);
    }

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
};

} // namespace Claimbench
