#include "core/store/projectlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Claimbench {

namespace {

// This file's messages.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ProjectLocation)
};

} // namespace

bool ProjectLocation::isServer(QStringView location)
{
    return ServerAddress::looksLikeUrl(location);
}

QString ProjectLocation::displayName(const ServerAddress &address)
{
    // A socket folder names no machine: libpq connects on this one.
    const bool local = address.host.isEmpty() || address.host.startsWith(u'/');
    const QString host = local ? Messages::tr("this computer") : address.host;
    //: A team project: "war on db.example.org" (the database, then the server's host name).
    return Messages::tr("%1 on %2").arg(address.database, host);
}

QString ProjectLocation::userName(const ServerAddress &address)
{
    if (!address.user.isEmpty())
        return address.user;
    return qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
}

QString ProjectLocation::displayName(const QString &location)
{
    if (!isServer(location))
        return QFileInfo(location).fileName();
    const Result<ServerAddress> address = ServerAddress::parse(location);
    return address ? displayName(*address) : QUrl(location).toString(QUrl::RemovePassword);
}

QString ProjectLocation::whereabouts(const QString &location)
{
    if (isServer(location)) {
        // Printed from the parsed address: a password typed into the URL never shows.
        const Result<ServerAddress> address = ServerAddress::parse(location);
        return address ? address->toString() : QUrl(location).toString(QUrl::RemovePassword);
    }
    return QDir::toNativeSeparators(QFileInfo(location).absolutePath());
}

} // namespace Claimbench
