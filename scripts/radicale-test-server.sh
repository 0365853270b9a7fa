#!/usr/bin/env bash
# A throwaway Radicale CalDAV server for the calendar-sync tests (CaldavSyncIT): its own config,
# collections and log in a temporary folder, listening on loopback only, one test user with a
# plain password (htpasswd). It does not touch /etc/radicale or the system service. Safe to run
# again: it restarts the server with empty storage.
#
#   scripts/radicale-test-server.sh            # start (or restart) it
#   scripts/radicale-test-server.sh stop       # stop it
#
# Settings (environment): REDBOX_RADICALE_DIR (default /tmp/redbox-radicale), REDBOX_TEST_RADICALE_PORT
# (15232), REDBOX_TEST_RADICALE_USER (redbox), REDBOX_TEST_RADICALE_PASSWORD (redbox-test).
set -euo pipefail

dir="${REDBOX_RADICALE_DIR:-/tmp/redbox-radicale}"
port="${REDBOX_TEST_RADICALE_PORT:-15232}"
user="${REDBOX_TEST_RADICALE_USER:-redbox}"
password="${REDBOX_TEST_RADICALE_PASSWORD:-redbox-test}"
radicale_bin="$(command -v radicale || echo /usr/bin/radicale)"

if [ -f "$dir/radicale.pid" ]; then
  pid="$(cat "$dir/radicale.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
  rm -f "$dir/radicale.pid"
fi
[ "${1:-start}" = "stop" ] && exit 0

rm -rf "$dir"
mkdir -p "$dir/collections"
printf '%s:%s\n' "$user" "$password" > "$dir/users"
cat > "$dir/config" <<CONF
[server]
hosts = 127.0.0.1:$port
[auth]
type = htpasswd
htpasswd_filename = $dir/users
htpasswd_encryption = plain
delay = 0
[rights]
type = owner_only
[storage]
filesystem_folder = $dir/collections
[web]
type = none
[logging]
level = warning
CONF
nohup "$radicale_bin" --config "$dir/config" >"$dir/radicale.log" 2>&1 &
echo $! > "$dir/radicale.pid"
for _ in $(seq 1 40); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "Radicale for the tests on http://127.0.0.1:$port/ (user $user), files in $dir"; exit 0; }
  sleep 0.25
done
echo "Radicale did not start; see $dir/radicale.log" >&2
cat "$dir/radicale.log" >&2 || true
exit 1
