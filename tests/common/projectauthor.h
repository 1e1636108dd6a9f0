#pragma once

#include "core/store/project.h"

#include <QString>

#include <pwd.h>
#include <unistd.h>

namespace Claimbench {

// Who the store records as writing `project` from this test (schema version
// 8's created_by / changed_by): the role in a server project's URL, or for a
// file (and a URL without a role, which libpq fills the same way) the
// operating system's user.
inline QString expectedAuthor(const Project &project)
{
    if (const auto server = project.server(); server && !server->user.isEmpty())
        return server->user;
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace Claimbench
