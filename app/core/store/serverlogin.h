#pragma once

#include "core/error.h"
#include "core/store/project.h"
#include "core/store/serveraddress.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Claimbench {

// The passwords typed for team servers in this session, by the server's URL
// (ServerAddress::toString(), which holds no password), in memory only and
// never written anywhere: opening the same server project again in this
// session does not ask again. Thread-safe (a connection may be made on a
// worker thread).
class ServerPasswords
{
public:
    static std::optional<QString> find(const ServerAddress &address);
    // Keeps address.password for the address.
    static void remember(const ServerAddress &address);
    static void forget(const ServerAddress &address);
};

// Logging in to a team server: the password comes from libpq's own
// ~/.pgpass (or PGPASSFILE) first, then from the user, asked at most
// kPasswordAttempts times.
class ServerLogin
{
public:
    static constexpr int kPasswordAttempts = 3;

    // Asks the user for the password of `address` (its user, host and
    // database name it); `attempt` counts from 1, and `refusal` is the
    // server's NeedsPassword error (address.password empty: none was given;
    // else the server refused it). Returns nullopt when the user cancels.
    using PasswordPrompt =
        std::function<std::optional<QString>(const ServerAddress &address, int attempt, const Error &refusal)>;
    // Project::open(ServerAddress, OpenMode), replaceable for tests.
    using Opener = std::function<Result<std::shared_ptr<Project>>(const ServerAddress &, Project::OpenMode)>;

    // Opens the project on the server at `address`, first with its password
    // or, when it has none, the one remembered for it in this session, else
    // with none (libpq reads ~/.pgpass). When the server wants a password,
    // calls `ask` (on the calling thread) and tries again, at most
    // kPasswordAttempts times; a password the server took is remembered
    // (ServerPasswords), one it refused is forgotten. Errors: Project::open's;
    // Cancelled when `ask` was cancelled; NeedsPassword when `ask` is empty or
    // the last attempt was refused too.
    static Result<std::shared_ptr<Project>> open(ServerAddress address, Project::OpenMode mode,
                                                 const PasswordPrompt &ask, const Opener &opener = {});
};

} // namespace Claimbench
