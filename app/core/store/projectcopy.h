#pragma once

#include "core/error.h"

#include <QString>

#include <functional>

namespace Claimbench {

class Project;

// Copies a whole project from one location to another, between any two
// backends: a file (SQLite) or a database on a team server (PostgreSQL), in
// any of the four directions. Every row of every table goes across with its
// id, timestamps, authorship and row version as stored (tags, aliases,
// orphaned claims, page maps and documents byte for byte); the full-text
// indexes are not copied but rebuilt by the destination's engine from the rows.
//
// The source is read in one read transaction, so the copy is the project as
// committed when it began, while others go on editing. It is opened for
// writing when it can be, which upgrades an older project first (else
// read-only: a read-only file, a viewer's role).
//
// The destination must be new or empty: a file that does not exist yet (built
// under a temporary name beside it, .claimbench-copy-*, and renamed to it only
// when whole and only if the name is still free), or a database on a server
// that holds no tables or an empty Claimbench project. Its rows are written in
// ONE transaction: a failure or cancel leaves no file behind, and no row in
// the database. (A database that held no tables is then left holding the
// project's empty tables, which a later copy accepts as its destination.)
//
// The columns of each table come from the destination's schema: when source
// and destination differ in any table or column after both were upgraded, the
// copy is refused before anything is written.
//
// Runs on the calling thread, opening its own connections, and never throws.
class ProjectCopy
{
public:
    // Called after each batch of rows the destination took, with the rows
    // written so far and the rows of the whole project; returning false
    // cancels the copy (Cancelled, nothing kept).
    using Progress = std::function<bool(qint64 copiedRows, qint64 totalRows)>;

    struct Outcome
    {
        qint64 rows = 0;   // rows copied, all tables together
        int tables = 0;    // tables copied (empty ones included)
    };

    // Errors: NotFound (no project at `source`), NotAProject, NewerSchema,
    // Disconnected and NeedsPassword (a server), as Project::open gives them;
    // InvalidInput (`destination` exists or is not empty, or its tables differ
    // from the source's), Io (its folder is missing or unwritable), Cancelled,
    // Database.
    static Result<Outcome> copy(const QString &source, const QString &destination, const Progress &progress = {});
    // copy()'s work for a file, from a project already open: builds a new
    // project file at `building` (which must not exist) holding every row of
    // `from`; `destination`, the name the caller will give it, names it in
    // errors; on failure nothing is left at `building`. Project::backupTo of
    // a server project.
    static Result<Outcome> buildFile(const Project &from, const QString &building, const QString &destination,
                                     const Progress &progress = {});
};

} // namespace Claimbench
