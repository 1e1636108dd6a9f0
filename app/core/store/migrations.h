#pragma once

#include "core/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Claimbench {

// One step of the schema history, identified by the schema version it leaves
// behind (Dialect::schemaVersion). Released steps are never edited: a schema change is a new
// step appended to migrations(), so every old project upgrades the same way.
struct Migration
{
    int version = 0;
    QString summary;
    QStringList statements;                                      // run in order
    std::function<Result<void>(const QSqlDatabase &db)> dataStep; // optional, after the statements
};

class Dialect;

// The ordered history: version 1, 2, ..., its statements in `dialect`.
QList<Migration> migrations(const Dialect &dialect);
// The version the last step leaves behind; migrations() ends with it.
inline constexpr int kCurrentSchemaVersion = 10;
constexpr int currentSchemaVersion()
{
    return kCurrentSchemaVersion;
}

// The oldest schema that a read-only open (Project::OpenMode::ReadOnly) reads
// as it is, without upgrading it. The steps after it only add indexes, which
// make reads faster but change no table or column a reader selects from, so a
// file one step behind still lists and charts correctly, only slower; a step
// that changes what readers read raises this to its own version
// (tst_migrations checks that every later step only creates indexes).
// Version 7 added the page tables that the claims table reads; version 8 the
// authors and row versions that the claims table and every repository read.
inline constexpr int kOldestReadableSchemaVersion = 8;

// Upgrades `db` (the calling thread's read-write connection) from its
// schema version to `targetVersion`, each step in its own transaction, so a
// failure leaves the file at the last complete version. Tests pass an older
// target to build a file as an earlier release wrote it.
Result<int> migrate(const QSqlDatabase &db, int targetVersion = currentSchemaVersion()); // steps this call applied

} // namespace Claimbench
