#!/usr/bin/env bash
# The blacklist benchmark (issue 4): ENTRIES published entries (default 1,000,000) in a fresh PostgreSQL database,
# the portal running in Release on it, and wrk posting single account-opening checks over loopback. Prints checks/s
# and latency percentiles (targets: >= 10,000 checks/s, p99 < 10 ms on this 2-core machine).
#   scripts/bench-blacklist.sh                          # 1,000,000 entries, 30 s of load
#   ENTRIES=100000 DURATION=10s scripts/bench-blacklist.sh
# Uses its own database (regulator_bench_blacklist) and port; leaves nothing running. KEEP_DATABASE=1 skips the
# drop-and-seed step when the database already holds the list from an earlier run. The list is written by
# `dotnet Regulator.Bench.dll blacklist --entries N` (binary COPY, about a minute for a million).
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${ENTRIES:-1000000}
PORT=${PORT:-5989}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
DATABASE=regulator_bench_blacklist

source scripts/bench-lib.sh
bench_setup "$DATABASE"

if [[ "${KEEP_DATABASE:-0}" != 1 || -z "$(sql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]]; then
  sql -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
  started=$(date +%s)
  # The list only (dotnet Regulator.Bench.dll blacklist): the full seed --blacklist N would also record a credit fact
  # per entry, one by one, for hours.
  (cd "$web" && dotnet Regulator.Web.dll seed --platforms 12 --publishers 0 --blacklist 0 >/dev/null)
  (cd "$web" && Logging__LogLevel__Default=Warning dotnet "$bench" blacklist --entries "$ENTRIES")
  echo "Seeded in $(($(date +%s) - started)) s."
  # Do now what autovacuum and the checkpointer would otherwise do in the middle of the measurement.
  sql -d "$DATABASE" -c "VACUUM ANALYZE" -c "CHECKPOINT"
fi
listed=$(sql -d "$DATABASE" -c "SELECT count(*) FROM \"BlacklistEntries\" WHERE \"State\" = 3")
echo "Published entries: $listed"

bench_key "$DATABASE" 2 bench-blacklist.sh   # the check scope only
# The first 60 demo entries (BlacklistDemoContributor.CirculatedEntries) go through circulation with other
# identities; the rest follow the benchmark sequence the wrk script derives its numbers from.
export BENCH_ENTRIES=$((ENTRIES - 60))

# The entries were seeded without their credit facts: the credit collector stays off rather than record them during the run.
bench_portal "$PORT" /tmp/regulator-bench-blacklist.log Logging__LogLevel__Regulator=Information Credit__CollectIntervalSeconds=0
grep -m1 "Published blacklist loaded" /tmp/regulator-bench-blacklist.log || true

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; PostgreSQL $(sql -d postgres -c 'SHOW server_version'); $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "Portal memory with the list loaded: $(ps -o rss= -p "$portal" | awk '{printf "%.0f MB", $1/1024}')"

bench_wrk "$PORT" scripts/bench-blacklist.lua "single checks, half on the list" Checks
