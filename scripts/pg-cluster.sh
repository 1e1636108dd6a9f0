#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team-server tests and benchmarks:
#   scripts/pg-cluster.sh start DIR   initdb into DIR (new), a Unix socket in
#                                     DIR, a free TCP port on 127.0.0.1; prints
#                                     the admin URL (postgresql://ROLE@/postgres
#                                     ?host=DIR&port=PORT)
#   scripts/pg-cluster.sh restart DIR stops it (fast: connections are cut) and
#                                     starts it again on the same port
#   scripts/pg-cluster.sh stop DIR    stops it (immediate) and removes DIR
# The server refuses to run as root: as root, DIR is given to the postgres
# account, which initdb and pg_ctl run as; the admin role is then "postgres",
# else the calling user. Trust authentication on the socket and 127.0.0.1
# only: nothing outside this machine can reach it.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "pg-cluster.sh: $bin/initdb is missing (apt-get install postgresql-15)" >&2; exit 2; }
action=${1:?usage: pg-cluster.sh start|restart|stop DIR}
dir=${2:?usage: pg-cluster.sh start|restart|stop DIR}

as_owner=()
role=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
    role=postgres
fi

case $action in
start)
    [ ! -e "$dir" ] || [ -z "$(ls -A "$dir")" ] || { echo "pg-cluster.sh: $dir is not empty" >&2; exit 2; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    # The postgres account must reach DIR through every parent folder.
    [ ${#as_owner[@]} -eq 0 ] || { chown postgres: "$dir"; chmod 0700 "$dir"; }
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U "$role" --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: ask the kernel for one, then give it to the server.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Small on disk: CREATE DATABASE (PostgreSQL 15's WAL_LOG strategy) writes
    # the whole template to the WAL, and the suites create hundreds of
    # databases; with the default max_wal_size of 1 GB the WAL grew past 1 GB
    # and filled a CI machine's /tmp. A checkpoint every 64 MB keeps the
    # cluster under ~300 MB; fsync=off makes those checkpoints cheap.
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200 \
            -c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=64MB -c min_wal_size=32MB" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://$role@/postgres?host=$dir&port=$port"
    ;;
restart)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    ;;
stop)
    [ -d "$dir/data" ] && "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|restart|stop DIR" >&2
    exit 1
    ;;
esac
