# Shared by the benchmark scripts (sourced, not run): set WORK, PORT, REDBOX_URL and, before
# starting Redbox, JAR. REDBOX_JAVA_OPTS, when set, goes to Redbox's JVM (a JFR recording, a heap size). Stops the Redbox it started when the script exits.
REDBOX_PID=

log() { printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
psql_as() { if id postgres >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then su postgres -c "psql -v ON_ERROR_STOP=1 -q -c \"$1\""; else psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q -c "$1"; fi; }

# start_redbox NAME [ARGUMENT...]: the jar on PORT on PostgreSQL, logging to WORK/redbox-NAME.log; waits until it is up.
start_redbox() {
  local name=$1
  shift
  # shellcheck disable=SC2086 # REDBOX_JAVA_OPTS holds several JVM options, e.g. a JFR recording
  java ${REDBOX_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" "$@" >"$WORK/redbox-$name.log" 2>&1 &
  REDBOX_PID=$!
  for _ in $(seq 1 300); do
    if curl -fs "$REDBOX_URL/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "$REDBOX_PID" 2>/dev/null || { echo "Redbox stopped; see $WORK/redbox-$name.log" >&2; exit 1; }
    sleep 2
  done
  echo "Redbox did not come up in 10 minutes; see $WORK/redbox-$name.log" >&2
  exit 1
}

stop_redbox() {
  if [ -n "$REDBOX_PID" ] && kill -0 "$REDBOX_PID" 2>/dev/null; then
    kill "$REDBOX_PID"
    wait "$REDBOX_PID" 2>/dev/null || true
  fi
  REDBOX_PID=
}
trap stop_redbox EXIT
