#pragma once

#include "core/error.h"
#include "core/store/serveraddress.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Claimbench {

// What a member of a desk may do in the team projects of one server. Each is
// a group role (NOLOGIN) on the server that `server init` creates and `server
// grant` makes a login role a member of; the server enforces it:
//   Analyst   reads and writes everything (imports, claims, tags, names);
//   Reviewer  reads everything and changes only the status and note of claims;
//   Viewer    reads everything, writes nothing.
// The group roles belong to the whole server (PostgreSQL has no roles per
// database): an analyst on it is an analyst in every project that server
// init set up there.
enum class TeamRole { Analyst, Reviewer, Viewer };

// A team server's administration: the statements claimbench-cli server init
// and server grant run. Each call opens its own connections as the URL's user
// (a superuser, or a role with CREATEDB and CREATEROLE), runs on the calling
// thread and closes them again. Errors: InvalidInput (a bad role name, a
// role that does not exist, a grant the roles cannot express), Disconnected
// and NeedsPassword (as Project::open), NotAProject (the database holds
// another program's tables), NewerSchema, Denied (the URL's user may not
// create roles or databases, or act as the admin), Database.
namespace ServerAdmin {

// "analyst", "reviewer", "viewer" (as typed on the command line).
std::optional<TeamRole> teamRoleNamed(QStringView name);
QString nameOf(TeamRole role);
// "an analyst", "a reviewer", "a viewer": the article is the word's, not the role's.
QString withArticle(TeamRole role);
// The server's group role: claimbench_analyst, claimbench_reviewer, claimbench_viewer.
QString groupOf(TeamRole role);

// Makes the database `address` names a team project owned by `adminRole`
// (an existing role): creates the three group roles and the database where
// missing, the unaccent extension, the project's tables (owned by
// `adminRole`, so that later upgrades run as it), and grants each group its
// rights on every table, on the tables later upgrades add (default
// privileges) and on the database (CONNECT: other roles may not connect).
// A second call changes nothing. Returns what it changed, one sentence
// each; empty when everything was already in place.
Result<QStringList> init(const ServerAddress &address, const QString &adminRole);

// Makes `role` (an existing role: login roles and their passwords are the
// server administrator's) a member of exactly `teamRole`'s group, leaving
// the other two. Refused for a superuser and for the project's admin, whom
// no group can restrict. Returns what changed; empty when nothing did.
Result<QStringList> grant(const ServerAddress &address, const QString &role, TeamRole teamRole);

} // namespace ServerAdmin

} // namespace Claimbench
