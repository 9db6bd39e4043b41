#!/usr/bin/env bash
# Dashboard benchmark on PostgreSQL (issue #15): 1,000,000 filings, 1,000,000 reports and 1,000,000 blacklist entries
# over twelve months, then the dashboard query's p50/p95 (first view and changes of period) and the rollup catching up
# with 10,000 new reports.
#   scripts/bench-dashboard.sh [scale=1000000] [port=5392]
# Seeds filings and the blacklist through the demo seeder (filings through the real intake), then pushes the rest of
# the reports through POST /api/v1/reports with the simulator, spread over 365 days.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1000000}
port=${2:-5392}
scripts/setup-test-deps.sh >/dev/null
source scripts/test-postgres.env
export PGPASSWORD=$TEST_POSTGRES_PASSWORD
db=regulator_bench_dashboard
psql -q -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
dotnet build Regulator.Bench -c Release -nologo -v q >/dev/null
bench="$PWD/Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll"
web=Regulator.Web/bin/Release/net10.0/Regulator.Web.dll
export Database__Provider=Postgres
export Database__ConnectionString="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Database=$db;Username=postgres;Password=$TEST_POSTGRES_PASSWORD;SSL Mode=Disable"
export Reports__Intake__SharedSecret="bench-$(date +%s%N)"
export Logging__LogLevel__Default=Warning
# The loop would catch up while the simulator pushes; the benchmark times its catch-ups itself.
export Dashboards__RollupInterval=00:00:00

echo "== seed: $scale filings and $scale blacklist entries (and $((scale / 5)) reports) over twelve months"
time dotnet "$web" seed --platforms 36 --publishers "$scale" --blacklist "$scale"

seeded=$(psql -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres -d $db -At -c 'SELECT count(*) FROM "Reports"')
rest=$((scale - seeded))
if [ "$rest" -gt 0 ]; then
  dotnet "$web" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/Regulator.Web" >"${TMPDIR:-/tmp}/regulator-bench-dashboard-$port.log" 2>&1 &
  portal=$!
  trap 'kill $portal 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
  echo "== push: $rest more reports over 365 days"
  time (dotnet "$bench" simulate-reports --url "http://127.0.0.1:$port" --count "$rest" --rate 0 --batch 1000 --concurrency 8 --days 365 | grep -v "^  ")
  kill $portal; wait $portal 2>/dev/null || true
fi

echo "== dashboard"
dotnet "$bench" dashboard --requests 200 --new-reports 10000
