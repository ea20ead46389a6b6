#!/usr/bin/env bash
# A PostgreSQL cluster from the local binaries, for development and CI on machines without
# Docker: `postgres-local.sh start DIR PORT` creates the cluster in DIR on first use (trust
# auth, loopback only), starts it on 127.0.0.1:PORT and prints its connection string;
# `postgres-local.sh replica PRIMARY_PORT DIR PORT` makes DIR a hot-standby copy of the cluster
# on PRIMARY_PORT (pg_basebackup -R: streaming replication over loopback) and starts it;
# `postgres-local.sh stop DIR` stops either. As root, the servers run as the `postgres` user.
set -euo pipefail

bin_dir() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  echo "PostgreSQL binaries (initdb, pg_ctl) not found: install them (Debian: apt-get install postgresql)," \
       "or set ConnectionStrings__Landscape to an existing server." >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local data=$1 port=$2 bin
  bin=$(bin_dir)
  mkdir -p "$data"
  data=$(cd "$data" && pwd)
  [ "$(id -u)" = 0 ] && chown postgres: "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
      || { cat "$data.initdb.log" >&2; exit 1; }
  fi
  serve "$bin" "$data" "$port"
  # The service's database, so the first migration does not have to create it.
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres landscape >/dev/null 2>&1 || true
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=landscape"
}

# Starts the cluster in DATA on 127.0.0.1:PORT unless it runs, with room for 300 connections:
# every test database and the service's read and write pools keep idle connections of their
# own. initdb's defaults already allow streaming replication: wal_level=replica,
# max_wal_senders=10 and a `host replication all 127.0.0.1/32 trust` line in pg_hba.conf.
serve() {
  local bin=$1 data=$2 port=$3
  if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
      || { tail -n 20 "$data/server.log" >&2; exit 1; }
  fi
}

replica() {
  local primary_port=$1 data=$2 port=$3 bin
  bin=$(bin_dir)
  mkdir -p "$data"
  chmod 700 "$data"
  data=$(cd "$data" && pwd)
  [ "$(id -u)" = 0 ] && chown postgres: "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    # -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
    as_owner "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$data" -R -X stream -c fast \
      >"$data.basebackup.log" 2>&1 || { cat "$data.basebackup.log" >&2; exit 1; }
    rm -f "$data/server.log"
  fi
  serve "$bin" "$data" "$port"
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=landscape"
}

stop() {
  local data=$1 bin
  bin=$(bin_dir)
  [ -f "$data/PG_VERSION" ] || return 0
  as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) start "$2" "${3:-55432}" ;;
  replica) replica "$2" "$3" "$4" ;;
  stop) stop "$2" ;;
  *) echo "usage: $0 start DIR [PORT] | replica PRIMARY_PORT DIR PORT | stop DIR" >&2; exit 2 ;;
esac
