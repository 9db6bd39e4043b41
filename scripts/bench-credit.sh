#!/usr/bin/env bash
# The credit benchmark (issue 13) on PostgreSQL: PUBLISHERS graded publishers (default 1,000,000) written straight into a
# fresh database, then, with the production services (dotnet Regulator.Bench.dll credit): initial grading, a model
# preview, publishing a new model — re-grading everyone set-based (target < 2 min) — and 200 single new facts each
# re-graded at once (target < 100 ms); then the portal in Release with wrk on GET /api/v1/credit/publishers/{id}
# (target >= 5,000 requests/s, p99 < 20 ms). Uses its own database and port; leaves nothing running.
#   scripts/bench-credit.sh
#   PUBLISHERS=100000 DURATION=10s scripts/bench-credit.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLISHERS=${PUBLISHERS:-1000000}
PLATFORMS=${PLATFORMS:-12}
PORT=${PORT:-5990}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
DATABASE=regulator_bench_credit

scripts/setup-test-deps.sh >/dev/null
source scripts/test-postgres.env
export PGPASSWORD=$TEST_POSTGRES_PASSWORD
sql() { psql -qtA -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres "$@"; }
connection="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Username=postgres;Password=$TEST_POSTGRES_PASSWORD;Database=$DATABASE"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
dotnet build Regulator.Bench -c Release -nologo -v q >/dev/null
bench="$PWD/Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll"
web=Regulator.Web/bin/Release/net10.0
export Database__Provider=Postgres Database__ConnectionString="$connection" Seeding__Demo=false

sql -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
(cd "$web" && dotnet Regulator.Web.dll seed --platforms "$PLATFORMS" --publishers 0 --blacklist 0)
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(sql -d postgres -c 'SHOW server_version')"
(cd "$web" && Logging__LogLevel__Default=Warning dotnet "$bench" credit --publishers "$PUBLISHERS")
sql -d "$DATABASE" -c "VACUUM ANALYZE" -c "CHECKPOINT"

# A key with the credit query scope (16) of the first platform, stored as the issuer stores keys.
prefix=$(openssl rand -hex 6)
secret=$(openssl rand -hex 24)
sql -d "$DATABASE" -c "INSERT INTO \"PlatformApiKeys\" (\"PlatformId\", \"Label\", \"Prefix\", \"SecretHash\", \"Scopes\", \"CreatedUtc\", \"CreatedBy\")
  SELECT min(\"Id\"), 'credit benchmark', '$prefix', sha256(convert_to('$secret', 'UTF8')), 16, now() AT TIME ZONE 'UTC', 'bench-credit.sh' FROM \"Platforms\""
export BENCH_KEY="rgk_${prefix}_${secret}" BENCH_PUBLISHERS=$PUBLISHERS BENCH_PLATFORMS=$PLATFORMS

(cd "$web" && ASPNETCORE_URLS="http://127.0.0.1:$PORT" Logging__LogLevel__Default=Warning Credit__CollectIntervalSeconds=3600 \
  Blacklist__CheckRequestsPerSecond=1000000 Blacklist__CheckBurst=1000000 exec dotnet Regulator.Web.dll >/tmp/regulator-bench-credit.log 2>&1) &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the portal did not start; see /tmp/regulator-bench-credit.log"; exit 1; }

BENCH_COUNT=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s scripts/bench-credit.lua "http://127.0.0.1:$PORT" | grep ANSWERS
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s scripts/bench-credit.lua (one publisher per request)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/bench-credit.lua "http://127.0.0.1:$PORT" | tee /tmp/regulator-bench-credit.wrk
grep RESULT /tmp/regulator-bench-credit.wrk | sed -E 's/.*rps=([0-9]+).*p99_ms=([0-9.]+).*/API requests per second: \1   p99 latency: \2 ms/'
