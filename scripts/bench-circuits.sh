#!/usr/bin/env bash
# The circuits benchmark (issue 11): the portal in Release on a PostgreSQL database holding FILINGS filings (default
# 1,000,000, written through the batch API by the filings benchmark's set-up), then CIRCUITS interactive circuits
# (default 20, signed in as a provincial user) working on the filings list at once. Prints first render p95, sort round
# trip p95 and the portal's memory per open circuit (with CIRCUITS open, then with MEMORY_CIRCUITS, default 200), with
# the load average and the portal's share of the busy machine.
# The circuits speak the circuit protocol themselves (CLIENT=protocol, the default), so the figures are the portal's;
# CLIENT=chromium drives pages of one headless Chromium instead, whose own work on the same two cores then dominates.
#   scripts/bench-circuits.sh                             # 1,000,000 filings, 20 circuits
#   FILINGS=20000 CIRCUITS=5 scripts/bench-circuits.sh    # a quick smoke run
#   KEEP=1 scripts/bench-circuits.sh                      # reuse the database of the last run when it holds FILINGS filings
#   HOLD=60 scripts/bench-circuits.sh                     # keep the circuits open 60 s after the figures, then none (heap dumps)
#   THINK_MS=2000 scripts/bench-circuits.sh               # each circuit pauses 0–4 s (2 s on average) before each step, as people do
#   CLIENT=chromium scripts/bench-circuits.sh             # pages of one headless Chromium, layout and painting included
# Uses its own database (regulator_bench_circuits) and port; leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench-lib.sh
FILINGS=${FILINGS:-1000000}
CIRCUITS=${CIRCUITS:-20}
PORT=${PORT:-5988}
USER_NAME=${USER_NAME:-bj.admin}
DATABASE=regulator_bench_circuits

bench_setup "$DATABASE"
# The portal as deployed, from a published folder: outside Development a build output does not serve the static web
# assets (Blazor's and MudBlazor's scripts), and without them no circuit starts.
web=/tmp/regulator-bench-circuits-web
dotnet publish Regulator.Web -c Release -nologo -v q -o "$web" >/dev/null
stored=$(sql -d "$DATABASE" -c 'SELECT count(*) FROM "Filings"' 2>/dev/null || echo 0)
if [[ "${KEEP:-0}" != 1 || "$stored" -lt "$FILINGS" ]]; then
  sql -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
  # Demo users and 12 platforms in five provinces, no publishers: the filings benchmark files them through the API.
  (cd "$web" && dotnet Regulator.Web.dll seed --platforms 12 --publishers 0)
  bench_portal "$PORT" /tmp/regulator-bench-circuits-ingest.log
  dotnet "$bench" filings --url "http://127.0.0.1:$PORT" --connection "$Database__ConnectionString" --filings "$FILINGS" --list-requests 0
  kill "$portal"; wait "$portal" 2>/dev/null || true
fi
echo "Database: $(sql -d "$DATABASE" -c 'SELECT count(*) FROM "Filings"') filings"

# A fresh portal, so its memory holds nothing of the import.
bench_portal "$PORT" /tmp/regulator-bench-circuits-portal.log
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; PostgreSQL $(sql -d postgres -c 'SHOW server_version')"
# A step that never ends fails the run (--step-timeout); the whole run cannot outlast an hour either.
timeout 3600 dotnet "$bench" circuits --url "http://127.0.0.1:$PORT" --circuits "$CIRCUITS" --user "$USER_NAME" --portal-pid "$portal" --hold-seconds "${HOLD:-0}" --think-ms "${THINK_MS:-0}" \
  --client "${CLIENT:-protocol}" --memory-circuits "${MEMORY_CIRCUITS:-200}"
