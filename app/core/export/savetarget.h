#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace Claimbench {

// QSaveFile writes a new file and renames it over the path, through a
// symlink onto its target: a FIFO, a device or a folder there would be
// replaced by a regular file. Such a target is refused before anything is
// written; a symlink to a regular file is written through.
// A project (or its write-ahead log) there, reached by name or through a
// symlink, would be replaced by the image or table and every claim lost: an
// SQLite database or log is refused too, whichever project it belongs to.
inline Result<void> checkSaveTarget(const QString &path)
{
    const QFileInfo target(path);
    if (!target.exists())
        return {};
    if (!target.isFile())
        return makeError(Error::Code::InvalidInput,
                         QCoreApplication::translate("Claimbench::SaveTarget",
                                                     "Will not write %1: it exists and is not a regular file")
                             .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(16);
    static const QByteArray databaseHeader("SQLite format 3\0", 16);
    const bool log = head.size() >= 4 && (head.startsWith("\x37\x7f\x06\x82") || head.startsWith("\x37\x7f\x06\x83"));
    if (head == databaseHeader || log)
        return makeError(Error::Code::InvalidInput,
                         QCoreApplication::translate("Claimbench::SaveTarget",
                                                     "Will not write %1: it is a Claimbench project or SQLite "
                                                     "database, which the export would replace")
                             .arg(path));
    return {};
}

} // namespace Claimbench
