#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server on loopback:
#   scripts/with-postgres.sh npm run test:db
# DATABASE_URL points at it for the command; the server and its data are removed afterwards.
# Needs Debian's postgresql package (initdb, pg_ctl). Runs the server as the postgres user when root.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: scripts/with-postgres.sh COMMAND..." >&2; exit 2; }

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] && [ -x "$pgbin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }

port=${PGPORT_TEST:-$((20000 + RANDOM % 20000))}
dir=$(mktemp -d /tmp/errata-pg.XXXXXX)
run_as=()
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; run_as=(runuser -u postgres --); fi

stop() { "${run_as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap stop EXIT

"${run_as[@]}" "$pgbin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >/dev/null
"${run_as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
"$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres errata

export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/errata"
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
