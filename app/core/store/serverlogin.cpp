#include "core/store/serverlogin.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Claimbench {

namespace {

// This file's messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ServerLogin)
};

QMutex &passwordsMutex()
{
    static QMutex mutex;
    return mutex;
}

// Guarded by passwordsMutex().
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known;
    return known;
}

} // namespace

std::optional<QString> ServerPasswords::find(const ServerAddress &address)
{
    const QMutexLocker lock(&passwordsMutex());
    const auto found = passwords().constFind(address.toString());
    if (found == passwords().cend())
        return std::nullopt;
    return *found;
}

void ServerPasswords::remember(const ServerAddress &address)
{
    const QMutexLocker lock(&passwordsMutex());
    passwords().insert(address.toString(), address.password);
}

void ServerPasswords::forget(const ServerAddress &address)
{
    const QMutexLocker lock(&passwordsMutex());
    passwords().remove(address.toString());
}

Result<std::shared_ptr<Project>> ServerLogin::open(ServerAddress address, Project::OpenMode mode,
                                                   const PasswordPrompt &ask, const Opener &opener)
{
    if (address.password.isEmpty())
        address.password = ServerPasswords::find(address).value_or(QString());
    for (int attempt = 1;; ++attempt) {
        Result<std::shared_ptr<Project>> opened = opener ? opener(address, mode) : Project::open(address, mode);
        if (opened) {
            if (!address.password.isEmpty())
                ServerPasswords::remember(address);
            return opened;
        }
        if (opened.error().code != Error::Code::NeedsPassword)
            return opened;
        if (!address.password.isEmpty())
            ServerPasswords::forget(address);
        if (!ask || attempt > kPasswordAttempts)
            return opened;
        const std::optional<QString> password = ask(address, attempt, opened.error());
        if (!password)
            return makeError(Error::Code::Cancelled,
                             Messages::tr("No password was given for %1").arg(address.toString()));
        address.password = *password;
    }
}

} // namespace Claimbench
