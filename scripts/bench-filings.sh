#!/usr/bin/env bash
# The filings benchmark (issue 3): files FILINGS publishers (default 1,000,000) through the batch API into a fresh
# PostgreSQL database, printing filings/s and the portal's memory, then times a provincial reviewer's list
# requests (filtered, paged by cursor, full-number searches) and prints p50/p95/p99.
#   scripts/bench-filings.sh                 # 1,000,000 filings
#   FILINGS=100000 scripts/bench-filings.sh  # a quicker run
# Uses its own database (regulator_bench) and port; leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."
FILINGS=${FILINGS:-1000000}
PORT=${PORT:-5987}
CONCURRENCY=${CONCURRENCY:-4}
LIST_REQUESTS=${LIST_REQUESTS:-600}
DATABASE=regulator_bench

scripts/setup-test-deps.sh >/dev/null
source scripts/test-postgres.env
export PGPASSWORD=$TEST_POSTGRES_PASSWORD
psql -q -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
connection="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Username=postgres;Password=$TEST_POSTGRES_PASSWORD;Database=$DATABASE"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
dotnet build Regulator.Bench -c Release -nologo -v q >/dev/null
web=Regulator.Web/bin/Release/net10.0
export Database__Provider=Postgres Database__ConnectionString="$connection" Seeding__Demo=false

# Demo users (the reviewer signs in as bj.admin) and 12 platforms in five provinces, no publishers: the benchmark files them.
(cd "$web" && dotnet Regulator.Web.dll seed --platforms 12 --publishers 0)

(cd "$web" && ASPNETCORE_URLS="http://127.0.0.1:$PORT" exec dotnet Regulator.Web.dll >/tmp/regulator-bench-portal.log 2>&1) &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the portal did not start; see /tmp/regulator-bench-portal.log"; exit 1; }

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; PostgreSQL $(psql -tA -h "$TEST_POSTGRES_HOST" -U postgres -c 'SHOW server_version')"
dotnet Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll filings --url "http://127.0.0.1:$PORT" --connection "$connection" \
  --filings "$FILINGS" --concurrency "$CONCURRENCY" --portal-pid "$portal" --list-requests "$LIST_REQUESTS"
psql -tA -h "$TEST_POSTGRES_HOST" -U postgres -d "$DATABASE" -c "SELECT 'Stored: ' || count(*) || ' filings, ' || (SELECT count(*) FROM \"FilingHistory\") || ' history rows, database ' || pg_size_pretty(pg_database_size('$DATABASE')) FROM \"Filings\""
