#pragma once

#include "core/error.h"

#include <QString>

namespace Claimbench {

// Where a team project lives: a database on a PostgreSQL server, written as
// libpq's URI (SPEC.md): postgresql://user@host[:port]/database[?sslmode=...],
// a Unix socket as postgresql://user@/database?host=/run/dir&port=5432.
// The password is never part of the address the user types (nor of
// toString()): libpq reads ~/.pgpass or PGPASSFILE itself, and the GUI may
// set password() to what the user typed, kept in memory only.
struct ServerAddress
{
    QString user;     // empty: libpq's default (PGUSER, else the OS user)
    QString host;     // a name, an address or a socket folder ("/run/dir"); empty: libpq's default
    int port = 0;     // 0: libpq's default (PGPORT, else 5432)
    QString database; // required
    QString sslMode;  // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default
    QString password; // never parsed from a URL, never shown

    // Whether `text` is meant as a server address (starts with
    // "postgresql://" or "postgres://") rather than a file path: then parse()
    // decides whether it is a valid one.
    static bool looksLikeUrl(QStringView text);
    // Errors: InvalidInput naming what is wrong (no database; a password in
    // the URL, which must come from ~/.pgpass; an unknown sslmode or query
    // parameter; a bad port).
    static Result<ServerAddress> parse(const QString &url);

    // The URL form, without the password: parse(toString()) gives the same
    // address (password aside). For titles, Open Recent and messages.
    QString toString() const;

    // `text` as typed, with any password in it (user:PASSWORD@, password=...)
    // replaced by ***: for a message that must echo what the user typed,
    // which parse() refused. Other text is returned as it is; masking twice
    // changes nothing more.
    static QString masked(const QString &text);

    bool operator==(const ServerAddress &other) const = default;
};

} // namespace Claimbench
