#!/usr/bin/env bash
# The blacklist benchmark (issue 4): ENTRIES published entries (default 1,000,000) in a fresh PostgreSQL database,
# the portal running in Release on it, and wrk posting single account-opening checks over loopback. Prints checks/s
# and latency percentiles (targets: >= 10,000 checks/s, p99 < 10 ms on this 2-core machine).
#   scripts/bench-blacklist.sh                          # 1,000,000 entries, 30 s of load
#   ENTRIES=100000 DURATION=10s scripts/bench-blacklist.sh
# Uses its own database (regulator_bench_blacklist) and port; leaves nothing running. KEEP_DATABASE=1 skips the
# drop-and-seed step when the database already holds the list from an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${ENTRIES:-1000000}
PORT=${PORT:-5989}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
DATABASE=regulator_bench_blacklist

scripts/setup-test-deps.sh >/dev/null
source scripts/test-postgres.env
export PGPASSWORD=$TEST_POSTGRES_PASSWORD
sql() { psql -qtA -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres "$@"; }
connection="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Username=postgres;Password=$TEST_POSTGRES_PASSWORD;Database=$DATABASE"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
web=Regulator.Web/bin/Release/net10.0
export Database__Provider=Postgres Database__ConnectionString="$connection" Seeding__Demo=false

if [[ "${KEEP_DATABASE:-0}" != 1 || -z "$(sql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]]; then
  sql -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
  started=$(date +%s)
  (cd "$web" && dotnet Regulator.Web.dll seed --platforms 12 --publishers 0 --blacklist "$ENTRIES")
  echo "Seeded in $(($(date +%s) - started)) s."
  # Do now what autovacuum and the checkpointer would otherwise do in the middle of the measurement.
  sql -d "$DATABASE" -c "VACUUM ANALYZE" -c "CHECKPOINT"
fi
listed=$(sql -d "$DATABASE" -c "SELECT count(*) FROM \"BlacklistEntries\" WHERE \"State\" = 3")
echo "Published entries: $listed"

# A key with the check scope only, stored as the issuer stores keys: a public prefix and the SHA-256 of the secret.
prefix=$(openssl rand -hex 6)
secret=$(openssl rand -hex 24)
sql -d "$DATABASE" -c "INSERT INTO \"PlatformApiKeys\" (\"PlatformId\", \"Label\", \"Prefix\", \"SecretHash\", \"Scopes\", \"CreatedUtc\", \"CreatedBy\")
  SELECT min(\"Id\"), 'blacklist benchmark', '$prefix', sha256(convert_to('$secret', 'UTF8')), 2, now() AT TIME ZONE 'UTC', 'bench-blacklist.sh' FROM \"Platforms\""
# The first 60 demo entries (BlacklistDemoContributor.CirculatedEntries) go through circulation with other
# identities; the rest follow the benchmark sequence the wrk script derives its numbers from.
export BENCH_KEY="rgk_${prefix}_${secret}" BENCH_ENTRIES=$((ENTRIES - 60))

# No per-request logging, and a check rate per platform far above what one load generator can ask.
(cd "$web" && ASPNETCORE_URLS="http://127.0.0.1:$PORT" Logging__LogLevel__Default=Warning Logging__LogLevel__Regulator=Information \
  Blacklist__CheckRequestsPerSecond=1000000 Blacklist__CheckBurst=1000000 exec dotnet Regulator.Web.dll >/tmp/regulator-bench-blacklist.log 2>&1) &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the portal did not start; see /tmp/regulator-bench-blacklist.log"; exit 1; }
grep -m1 "Published blacklist loaded" /tmp/regulator-bench-blacklist.log || true

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; PostgreSQL $(sql -d postgres -c 'SHOW server_version'); $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "Portal memory with the list loaded: $(ps -o rss= -p "$portal" | awk '{printf "%.0f MB", $1/1024}')"

# Warm up (JIT, connection pools) while reading every answer, then measure.
BENCH_COUNT=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s scripts/bench-blacklist.lua "http://127.0.0.1:$PORT" | grep ANSWERS
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s scripts/bench-blacklist.lua (single checks, half on the list)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/bench-blacklist.lua "http://127.0.0.1:$PORT" | tee /tmp/regulator-bench-blacklist.wrk
grep RESULT /tmp/regulator-bench-blacklist.wrk | sed -E 's/.*rps=([0-9]+).*p99_ms=([0-9.]+).*/Checks per second: \1   p99 latency: \2 ms/'
