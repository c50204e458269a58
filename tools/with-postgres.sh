#!/usr/bin/env bash
# Runs CMD... with a throwaway PostgreSQL cluster: initdb into a temp dir, start it on a free 127.0.0.1 port
# (unix socket inside the temp dir), export REPORTMINER_TEST_POSTGRES as an Npgsql connection string, run the
# command, then stop the server and delete the cluster, also when the command fails or is interrupted.
# As root the server runs as the unprivileged 'postgres' user (initdb refuses root).
set -euo pipefail
if [ $# -eq 0 ]; then echo "usage: tools/with-postgres.sh CMD [ARG...]" >&2; exit 2; fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with-postgres: PostgreSQL is not installed (Debian package 'postgresql'; tools/install-deps.sh installs it)" >&2
  exit 1
fi
as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi
dir=$(mktemp -d /tmp/reportminer-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
cleanup() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# A free port: a random high port nothing answers on; if the server still cannot bind it, the loop below retries.
free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U reportminer --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
started=0
for attempt in 1 2 3 4 5; do
  port=$(free_port)
  if "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
       start >/dev/null; then
    started=1; break
  fi
done
if [ $started -ne 1 ]; then cat "$dir/server.log" >&2; exit 1; fi
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U reportminer reportminer
export REPORTMINER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=reportminer;Database=reportminer"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster $dir)" >&2
set +e
"$@"
status=$?
set -e
exit $status
