#!/usr/bin/env bash
# The cases benchmark of issue 4, end to end on a local PostgreSQL (user postgres, trust auth):
#   1. a fresh database (redbox_bench), migrated and given demo data by starting Redbox once;
#   2. CaseGenerator loads CASES cases (200,000) from SEED (42) straight into the tables;
#   3. Redbox starts again, rebuilds its search index, and LoadHarness measures it with CLIENTS (8) clients.
# Results: the table on stdout, target/load-results.json, and logs under target/benchmark-cases/.
# Usage: scripts/benchmark-cases.sh   (env: CASES SEED CLIENTS WARMUP_SECONDS MEASURE_SECONDS PHASES PORT BENCH_DB SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-redbox_bench}
PORT=${PORT:-8085}
export CASES=${CASES:-200000} SEED=${SEED:-42}
export REDBOX_DB_URL="jdbc:postgresql://localhost:5432/${BENCH_DB}"
export REDBOX_DB_USER=${REDBOX_DB_USER:-postgres} REDBOX_DB_PASSWORD=${REDBOX_DB_PASSWORD:-}
export REDBOX_URL="http://localhost:${PORT}"
export REDBOX_API_TOKEN
REDBOX_API_TOKEN=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
WORK=target/benchmark-cases
INDEX="$PWD/$WORK/search-index"
. scripts/benchmark-common.sh

# Redbox rebuilds its search index at start-up when it holds fewer cases than the database;
# measure only once it says the index holds them all (or the API says there is no search).
wait_for_search() {
  for _ in $(seq 1 900); do
    if grep -q -e 'Search index rebuild: all' -e 'Case search index holds all' "$WORK/redbox-second.log"; then
      echo "search index complete: $(grep -o -e 'Search index rebuild: all [0-9]* cases indexed' -e 'Case search index holds all [0-9]* cases' "$WORK/redbox-second.log" | tail -n 1)"
      return 0
    fi
    code=$(curl -s -o "$WORK/search-probe.json" -w '%{http_code}' -H "Authorization: Bearer $REDBOX_API_TOKEN" \
      "$REDBOX_URL/api/cases?q=damp&size=1" || true)
    if [ "$code" = 400 ] || [ "$code" = 404 ]; then
      echo "search is not available (HTTP $code: $(head -c 200 "$WORK/search-probe.json")); measuring anyway" >&2
      return 0
    fi
    sleep 2
  done
  echo "The search index was not complete after 30 minutes; measuring anyway" >&2
}

mkdir -p "$WORK"
rm -rf "$INDEX"
log "Fresh database $BENCH_DB"
psql_as "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql_as "CREATE DATABASE $BENCH_DB"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  log "Building Redbox and the load tools"
  ./mvnw -q -DskipTests package
  ./mvnw -q -Pload test-compile
fi
JAR=$(ls target/redbox-*.jar | grep -v -e original -e sources | head -n 1)

log "Starting Redbox once: Flyway migrates, demo data is seeded"
start_redbox first --redbox.demo.api-token="$REDBOX_API_TOKEN" --redbox.search.directory="$INDEX"
stop_redbox

log "Generating $CASES cases (seed $SEED)"
./mvnw -q -Pload exec:exec -Dload.main=org.redbox.load.CaseGenerator | tee "$WORK/generator.log"

log "Starting Redbox again: it rebuilds the search index"
start_redbox second --redbox.demo.api-token="$REDBOX_API_TOKEN" --redbox.search.directory="$INDEX"
wait_for_search

log "Measuring with ${CLIENTS:-8} clients (machine load before: $(cut -d' ' -f1-3 /proc/loadavg))"
status=0
./mvnw -q -Pload exec:exec -Dload.main=org.redbox.load.LoadHarness | tee "$WORK/harness.log" || status=$?
echo "machine load after measuring (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) — the harness itself keeps it near 8-10; the load before measuring says whether anything else was running"
stop_redbox

log "Done. Results: target/load-results.json; generator: $WORK/generator.log; harness: $WORK/harness.log; Redbox logs: $WORK/redbox-*.log"
exit "$status"
