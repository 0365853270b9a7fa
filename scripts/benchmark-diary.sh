#!/usr/bin/env bash
# The diary benchmark of issue 6, end to end on a local PostgreSQL (user postgres, trust auth):
#   1. a fresh database (redbox_bench_diary), migrated and given demo data by starting Redbox once;
#   2. DiaryGenerator fills the Mayor's diary with ENTRIES (25,000) entries over ten years from SEED (42);
#   3. Redbox starts again and DiaryHarness measures the week view, the feed and saves (clash check)
#      with CLIENTS (8) clients signed in as the Mayor's diary manager.
# Results: the table on stdout, target/diary-results.json, and logs under target/benchmark-diary/.
# Usage: scripts/benchmark-diary.sh   (env: ENTRIES SEED CLIENTS WARMUP_SECONDS MEASURE_SECONDS PHASES RATE RATE_FEED PORT BENCH_DB SKIP_BUILD=1 JAR)
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DB=${BENCH_DB:-redbox_bench_diary}
PORT=${PORT:-8087}
export ENTRIES=${ENTRIES:-25000} SEED=${SEED:-42}
export REDBOX_DB_URL="jdbc:postgresql://localhost:5432/${BENCH_DB}"
export REDBOX_DB_USER=${REDBOX_DB_USER:-postgres} REDBOX_DB_PASSWORD=${REDBOX_DB_PASSWORD:-}
export REDBOX_URL="http://localhost:${PORT}"
WORK=target/benchmark-diary
. scripts/benchmark-common.sh

mkdir -p "$WORK"
rm -rf "$WORK/search-index"
log "Fresh database $BENCH_DB"
psql_as "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql_as "CREATE DATABASE $BENCH_DB"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  log "Building Redbox and the load tools"
  ./mvnw -q -DskipTests package
  ./mvnw -q -Pload test-compile
fi
JAR=${JAR:-$(ls target/redbox-*.jar | grep -v -e original -e sources | head -n 1)}

log "Starting Redbox once: Flyway migrates, demo data is seeded"
start_redbox first --redbox.search.directory="$PWD/$WORK/search-index"
stop_redbox

log "Generating about $ENTRIES diary entries (seed $SEED)"
./mvnw -q -Pload exec:exec -Dload.main=org.redbox.load.DiaryGenerator | tee "$WORK/generator.log"

log "Starting Redbox again"
start_redbox second --redbox.search.directory="$PWD/$WORK/search-index"

log "Measuring with ${CLIENTS:-8} clients (machine load before, 1/5/15 min: $(cut -d' ' -f1-3 /proc/loadavg))"
status=0
./mvnw -q -Pload exec:exec -Dload.main=org.redbox.load.DiaryHarness | tee "$WORK/harness.log" || status=$?
echo "machine load after measuring (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) — the harness itself keeps it up; the load before measuring says whether anything else was running"
stop_redbox

log "Done. Results: target/diary-results.json; generator: $WORK/generator.log; harness: $WORK/harness.log; Redbox logs: $WORK/redbox-*.log"
exit "$status"
