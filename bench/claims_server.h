#pragma once

// The benchmarks' projects on a PostgreSQL server (--server ADMIN_URL):
// bench_claims' 1,000,000 claims generated there by set-based SQL
// (generate_series) with the distribution its SQLite file gets, and empty
// databases for bench_import to store into.

#include "core/error.h"
#include "core/store/serveraddress.h"

namespace Claimbench::Bench {

// An empty database `name` on the server `adminUrl` names (dropped first if
// there), for Project::open(..., CreateIfMissing) to build a project in.
Result<ServerAddress> emptyServerDatabase(const QString &adminUrl, const QString &name);

// The project database for `count` claims on the server that `adminUrl`
// (a superuser's postgresql:// URL, as scripts/pg-cluster.sh prints) names:
// "claimbench_bench_claims", reused when it holds `count` claims, else
// dropped, created, filled, indexed and analysed (the time printed).
Result<ServerAddress> serverClaimsProject(const QString &adminUrl, int count);

} // namespace Claimbench::Bench
