#pragma once

// ServerAdmin's part that Project uses on its own connection (store-internal).

#include "core/error.h"
#include "core/store/project.h"
#include "core/store/serveraddress.h"

class QSqlDatabase;

namespace Claimbench::ServerAdmin {

// What the role of the connection `db` (a server's) may change in its
// project, from its privileges: INSERT on claims and articles is ReadWrite;
// UPDATE on claims alone ReviewOnly (the reviewer's guard trigger keeps it to
// status and note); anything less ReadOnly.
Result<Project::Access> accessOf(const QSqlDatabase &db);

// Denied, naming the connected role and the grant that lets it in, when the
// project in `db` (at `address`) is one its role may not read: a project
// that an import or a copy built in an empty database, not server init, has
// no grants. Fine for an empty database and for a readable project.
Result<void> checkReadable(const QSqlDatabase &db, const ServerAddress &address);

// After a migration step ran on `db` as the project's owner: gives the
// groups their rights again on what the step added or replaced (a trigger
// function replaced loses SECURITY DEFINER), when server init set the
// project up for a team; does nothing otherwise.
Result<void> reapplyPrivileges(const QSqlDatabase &db);

} // namespace Claimbench::ServerAdmin
