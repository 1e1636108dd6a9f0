#pragma once

#include "core/error.h"

#include <QFileInfo>
#include <QString>

namespace Claimbench {

// QSaveFile writes a new file and renames it over the path, through a
// symlink onto its target: a FIFO, a device or a folder there would be
// replaced by a regular file. Such a target is refused before anything is
// written; a symlink to a regular file is written through.
inline Result<void> checkSaveTarget(const QString &path)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return makeError(Error::Code::InvalidInput,
                         QStringLiteral("Will not write %1: it exists and is not a regular file").arg(path));
    return {};
}

} // namespace Claimbench
