#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks: a fresh data folder in
# a temp dir, listening on loopback only, trust auth, durability off (fast;
# nothing in it is worth keeping).
#
#   scripts/pg-test-server.sh start   # prints ONLY its URL on stdout (postgres://...)
#   scripts/pg-test-server.sh stop    # stops it and deletes its data folder
#   scripts/pg-test-server.sh url     # prints the URL of the running server
#
# Installs Debian's postgresql with apt-get when missing (as root). When run as
# root, the server runs as the `postgres` OS user (initdb refuses root).
# WHOSAID_PG_TMP is where the data folder goes (default /tmp).
# WHOSAID_PG_STATE names the state file (default /tmp/whosaid-pg-test.state), so
# several servers can run side by side; WHOSAID_PG_PORT picks the port (default:
# the first free one from 54329).
set -euo pipefail

STATE="${WHOSAID_PG_STATE:-/tmp/whosaid-pg-test.state}"
DB_NAME=whosaid
log() { echo "pg-test-server: $*" >&2; }

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

ensure_installed() {
  if pg_bin >/dev/null; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then log "PostgreSQL is not installed and I am not root: apt-get install postgresql"; exit 1; fi
  log "installing Debian's postgresql"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pg_bin >/dev/null || { log "postgresql install failed"; exit 1; }
}

# runs a command as the server's OS user (postgres when we are root)
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local p="${WHOSAID_PG_PORT:-54329}"
  while port_busy "$p"; do p=$((p + 1)); done
  echo "$p"
}

start() {
  if [ -f "$STATE" ]; then
    # shellcheck disable=SC1090
    . "$STATE"
    if [ -n "${PGDATA_DIR:-}" ] && [ -f "$PGDATA_DIR/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
      echo "$URL"; return 0
    fi
    rm -f "$STATE"
  fi
  ensure_installed
  BIN="$(pg_bin)"
  local root; root="$(mktemp -d "${WHOSAID_PG_TMP:-/tmp}/whosaid-pg.XXXXXX")"  # not $TMPDIR: it may sit where the postgres user cannot reach
  PGDATA_DIR="$root/data"
  mkdir -p "$PGDATA_DIR"
  chmod 755 "$root"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$root"; fi
  as_owner "$BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
    || as_owner "$BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$root/initdb.log" 2>&1 \
    || { log "initdb failed:"; cat "$root/initdb.log" >&2; exit 1; }
  local port; port="$(free_port)"
  as_owner "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$root/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$root -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { log "server did not start:"; cat "$root/server.log" >&2; exit 1; }
  as_owner "$BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB_NAME"
  URL="postgres://postgres@127.0.0.1:$port/$DB_NAME"
  printf 'BIN=%q\nPGDATA_DIR=%q\nROOT=%q\nURL=%q\n' "$BIN" "$PGDATA_DIR" "$root" "$URL" >"$STATE"
  echo "$URL"
}

stop() {
  [ -f "$STATE" ] || { log "no server recorded in $STATE"; return 0; }
  # shellcheck disable=SC1090
  . "$STATE"
  as_owner "$BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
  case "$ROOT" in */whosaid-pg.*) rm -rf "$ROOT" ;; esac
  rm -f "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) [ -f "$STATE" ] && { . "$STATE"; echo "$URL"; } ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
