#!/usr/bin/env bash
# A throwaway Dovecot IMAP server for the mail-intake tests (DovecotIntakeIT): its own config, mail
# and logs in a temporary folder, listening on loopback only, one test user with a plain password.
# It does not touch /etc/dovecot or the system service. Safe to run again: it restarts the server.
#
#   scripts/dovecot-test-server.sh            # start (or restart) it
#   scripts/dovecot-test-server.sh stop       # stop it
#
# Settings (environment): REDBOX_DOVECOT_DIR (default /tmp/redbox-dovecot), REDBOX_TEST_DOVECOT_PORT
# (14143), REDBOX_TEST_DOVECOT_USER (redbox), REDBOX_TEST_DOVECOT_PASSWORD (redbox-test).
set -euo pipefail

dir="${REDBOX_DOVECOT_DIR:-/tmp/redbox-dovecot}"
port="${REDBOX_TEST_DOVECOT_PORT:-14143}"
user="${REDBOX_TEST_DOVECOT_USER:-redbox}"
password="${REDBOX_TEST_DOVECOT_PASSWORD:-redbox-test}"
dovecot_bin="$(command -v dovecot || echo /usr/sbin/dovecot)"

if [ -f "$dir/dovecot.conf" ] && [ -S "$dir/run/master" -o -f "$dir/run/master.pid" ]; then
  "$dovecot_bin" -c "$dir/dovecot.conf" stop 2>/dev/null || true
  for _ in $(seq 1 20); do [ -f "$dir/run/master.pid" ] || break; sleep 0.25; done
fi
[ "${1:-start}" = "stop" ] && exit 0

# Dovecot never gives mail access to root: as root, the mail belongs to the package's own user.
if [ "$(id -u)" = 0 ]; then owner=dovecot; else owner="$(id -un)"; fi
uid="$(id -u "$owner")"; gid="$(id -g "$owner")"

rm -rf "$dir"
mkdir -p "$dir/run" "$dir/state" "$dir/mail"
printf '%s:{PLAIN}%s\n' "$user" "$password" > "$dir/users"
cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $owner
default_internal_group = $(id -gn "$owner")
default_login_user = $owner
first_valid_uid = 1
mail_location = maildir:$dir/mail/%u
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
CONF
chown -R "$owner" "$dir"
"$dovecot_bin" -c "$dir/dovecot.conf"
for _ in $(seq 1 40); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "Dovecot for the tests on 127.0.0.1:$port (user $user), files in $dir"; exit 0; }
  sleep 0.25
done
echo "Dovecot did not start; see $dir/dovecot.log" >&2
cat "$dir/dovecot.log" >&2 || true
exit 1
