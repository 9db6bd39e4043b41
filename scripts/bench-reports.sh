#!/usr/bin/env bash
# Report intake and inbox benchmark on PostgreSQL, as in the README ("Report intake: measured"):
#   scripts/bench-reports.sh [reports=1000000] [port=5391]
# Creates a fresh database regulator_bench_reports, seeds the demo platforms and users, starts the portal (Release), pushes
# the reports through POST /api/v1/reports with the simulator (signed batches of 1,000, 8 in flight, no rate limit),
# then times the inbox (filtered, paged, signed in) as a national and as a provincial administrator.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
port=${2:-5391}
scripts/setup-test-deps.sh >/dev/null
source scripts/test-postgres.env
export PGPASSWORD=$TEST_POSTGRES_PASSWORD
psql -q -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres -c "DROP DATABASE IF EXISTS regulator_bench_reports" -c "CREATE DATABASE regulator_bench_reports"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
dotnet build Regulator.Bench -c Release -nologo -v q >/dev/null
bench="$PWD/Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll"
web=Regulator.Web/bin/Release/net10.0/Regulator.Web.dll
export Database__Provider=Postgres
# Portal and database share this host, so the connection stays on loopback without TLS (Debian's server offers TLS,
# which Npgsql takes by default: encrypting every COPY to the same machine cost about a tenth of the throughput).
export Database__ConnectionString="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Database=regulator_bench_reports;Username=postgres;Password=$TEST_POSTGRES_PASSWORD;SSL Mode=Disable"
export Reports__Intake__SharedSecret="bench-$(date +%s%N)"
# Request logging at Information would measure the console, not the portal.
export Logging__LogLevel__Default=Warning
dotnet "$web" seed --platforms 36 --publishers 1000
# Start from a clean checkpoint, so the dirty pages of earlier runs are not flushed during this one.
psql -q -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres -c "CHECKPOINT"

dotnet "$web" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/Regulator.Web" >"${TMPDIR:-/tmp}/regulator-bench-reports-$port.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
log="${TMPDIR:-/tmp}/regulator-bench-reports-$port.log"
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "the portal did not start:"; tail -20 "$log"; exit 1; }

# CPU seconds (user + system) of a process, and of all PostgreSQL server processes, from /proc; their difference.
cpu_of() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$1/stat"; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a - b}'; }
postgres_cpu() { for pid in $(pgrep -u postgres); do cpu_of "$pid" 2>/dev/null; echo; done | awk '{s += $1} END {printf "%.2f", s}'; }

echo "== intake: $count reports through POST /api/v1/reports"
portal_before=$(cpu_of $portal); postgres_before=$(postgres_cpu)
TIMEFORMAT="simulator CPU: %U s user + %S s system"
time (dotnet "$bench" simulate-reports --url "http://127.0.0.1:$port" --count "$count" --rate 0 --batch 1000 --concurrency 8 --days 60 | grep -v "^  ")
echo "portal CPU: $(minus "$(cpu_of $portal)" "$portal_before") s; PostgreSQL CPU: $(minus "$(postgres_cpu)" "$postgres_before") s; load average now $(cut -d' ' -f1 /proc/loadavg)"
psql -q -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres -d regulator_bench_reports -At \
  -c "SELECT count(*) || ' reports in ' || (SELECT count(*) FROM \"ReportCases\") || ' cases' FROM \"Reports\""
psql -q -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres -d regulator_bench_reports -c "ANALYZE" 

echo "== inbox, national administrator (all provinces)"
dotnet "$bench" inbox --url "http://127.0.0.1:$port" --user national.admin --requests 400 || true
echo "== inbox, provincial administrator (Guangdong)"
dotnet "$bench" inbox --url "http://127.0.0.1:$port" --user gd.admin --requests 400 || true
