#!/usr/bin/env bash
# The credit benchmark (issue 13) on PostgreSQL: PUBLISHERS graded publishers (default 1,000,000) written straight into a
# fresh database, then, with the production services (dotnet Regulator.Bench.dll credit): initial grading, a model
# preview, publishing a new model — re-grading everyone set-based (target < 2 min) — and 200 single new facts each
# re-graded at once (target < 100 ms); then the portal in Release with wrk on GET /api/v1/credit/publishers/{id}
# (target >= 5,000 requests/s, p99 < 20 ms), measured once the portal's in-memory credit answers are loaded (it prints
# their size). Uses its own database and port; leaves nothing running.
#   scripts/bench-credit.sh
#   PUBLISHERS=100000 DURATION=10s scripts/bench-credit.sh
#   API_ONLY=1 scripts/bench-credit.sh        # the API part again, on the database the last full run left
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLISHERS=${PUBLISHERS:-1000000}
PLATFORMS=${PLATFORMS:-12}
PORT=${PORT:-5990}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
DATABASE=regulator_bench_credit

source scripts/bench-lib.sh
bench_setup "$DATABASE"

if [ -z "${API_ONLY:-}" ]; then
  sql -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
  (cd "$web" && dotnet Regulator.Web.dll seed --platforms "$PLATFORMS" --publishers 0 --blacklist 0)
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(sql -d postgres -c 'SHOW server_version')"
  (cd "$web" && Logging__LogLevel__Default=Warning dotnet "$bench" credit --publishers "$PUBLISHERS")
  sql -d "$DATABASE" -c "VACUUM ANALYZE" -c "CHECKPOINT"
else
  echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); the database of the last full run"
fi

bench_key "$DATABASE" 16 bench-credit.sh   # the credit query scope
export BENCH_PUBLISHERS=$PUBLISHERS BENCH_PLATFORMS=$PLATFORMS
bench_portal "$PORT" /tmp/regulator-bench-credit.log Credit__CollectIntervalSeconds=3600 Logging__LogLevel__Regulator.Web.Credit=Information
# The in-memory answers load in the background (answers come from the database meanwhile): measure once they are in.
for _ in $(seq 1 600); do grep -q "Credit answers loaded" /tmp/regulator-bench-credit.log && break; sleep 0.5; done
grep -o "Credit answers loaded.*" /tmp/regulator-bench-credit.log || { echo "the credit answers did not load; see /tmp/regulator-bench-credit.log"; exit 1; }
echo "portal memory with the answers loaded: $(awk '/VmRSS/ { printf "%.0f MB RSS", $2 / 1024 }' "/proc/$portal/status")"
bench_wrk "$PORT" scripts/bench-credit.lua "one publisher per request" "API requests"
