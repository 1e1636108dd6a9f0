#pragma once

#include "core/store/serveraddress.h"

#include <QString>

namespace Claimbench {

// Where a project is, as the window names it: a project is opened from a
// "location", which is a file path or a team server's URL (Project::path()
// is one or the other). Only the file kind has a folder, a suffix or a copy
// beside it.
namespace ProjectLocation {

// Whether `location` names a project on a team server rather than a file.
bool isServer(QStringView location);

// "db on host" for a server's address; a Unix socket's folder or no host
// (libpq's default socket) reads as "this computer".
QString displayName(const ServerAddress &address);
// The role `address` logs in as: its user, else libpq's default (PGUSER,
// else the login name), for the password prompt and the user field's hint.
QString userName(const ServerAddress &address);
// The project's short name for titles and messages: a file's name
// ("war.claimbench"), or a server project's displayName(); a URL that does
// not parse is given as it is, less any password.
QString displayName(const QString &location);
// Where the project lives, for Open Recent and the status bar: a file's
// folder (native separators), or the server's URL (never with a password).
QString whereabouts(const QString &location);

} // namespace ProjectLocation

} // namespace Claimbench
