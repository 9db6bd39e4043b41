#!/usr/bin/env bash
# Dashboard benchmark on PostgreSQL (issue #15): SCALE filings, SCALE reports and SCALE blacklist entries (default
# 1,000,000 each) over twelve months, then the dashboard query's p50/p95 (national first view and changes of period,
# agency and province), the credit standing's snapshot over every subject, and the rollup catching up with 10,000 new
# reports stored through the real intake.
#   scripts/bench-dashboard.sh
#   SCALE=100000 scripts/bench-dashboard.sh
# The demo seeder writes the platforms, users, categories, a year of demo history (PUBLISHERS filings through the real
# intake, a fifth as many reports) and the blacklist at full size (its bulk path); the benchmark command then tops the
# filings and reports up to SCALE set-based, copying the seeded rows over the last 365 days (no HTTP, no row by row).
# Uses its own database (regulator_bench_dashboard); leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-1000000}
PUBLISHERS=${PUBLISHERS:-10000}
REQUESTS=${REQUESTS:-200}
DATABASE=regulator_bench_dashboard

source scripts/bench-lib.sh
bench_setup "$DATABASE"
sql -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(sql -d postgres -c 'SHOW server_version')"

started=$(date +%s)
# The rollup loop stays off: the benchmark times its catch-ups itself.
(cd "$web" && Dashboards__RollupInterval=00:00:00 Logging__LogLevel__Default=Warning \
  dotnet Regulator.Web.dll seed --platforms 36 --publishers "$PUBLISHERS" --blacklist 60)
echo "demo seed: $(($(date +%s) - started)) s"
(cd "$web" && Logging__LogLevel__Default=Warning dotnet "$bench" dashboard --filings "$SCALE" --reports "$SCALE" --blacklist "$SCALE" --credit-subjects \
  --requests "$REQUESTS" --new-reports 10000)
echo "total: $(($(date +%s) - started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
