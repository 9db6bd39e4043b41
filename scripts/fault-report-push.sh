#!/usr/bin/env bash
# Fault: kill -9 the portal in the middle of a REPORTS-report push stream from the National Reporting Platform
# (default 200,000, batches of 1,000), start it again, let the sender retry as the contract tells it to, then count.
#   scripts/fault-report-push.sh
#   REPORTS=50000 scripts/fault-report-push.sh
# Prints "lost = N" (sent but not stored) and "duplicated = N" (stored more than once); both must be 0.
# Uses its own database (regulator_fault_reports) and port; leaves nothing running.
REPORTS=${REPORTS:-200000}
PORT=${PORT:-5993}
DATABASE=regulator_fault_reports
source "$(dirname "$0")/fault-lib.sh"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
dotnet build Regulator.Bench -c Release -nologo -v q >/dev/null
bench="$PWD/Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll"
fresh_database
(cd "$web" && dotnet Regulator.Web.dll seed --platforms 12 --publishers 0 >/dev/null)
log=/tmp/regulator-fault-reports.log; : >"$log"
start_portal "$log"

(cd "$web" && exec dotnet "$bench" simulate-reports --url "http://127.0.0.1:$PORT" --count "$REPORTS" --rate 0 --batch 1000 \
  --concurrency 4 --prefix FAULT- --days 30) >/tmp/regulator-fault-reports-sender.log 2>&1 &
sender=$!
target=$((REPORTS / 3))
kill_portal_at Reports "$target" "$sender" /tmp/regulator-fault-reports-sender.log "$log"
tail -n 1 /tmp/regulator-fault-reports-sender.log

stored=$(sql -d "$DATABASE" -c "SELECT count(*) FROM \"Reports\" WHERE \"ExternalId\" LIKE 'FAULT-%'")
distinct=$(sql -d "$DATABASE" -c "SELECT count(DISTINCT \"ExternalId\") FROM \"Reports\" WHERE \"ExternalId\" LIKE 'FAULT-%'")
orphans=$(sql -d "$DATABASE" -c "SELECT count(*) FROM \"Reports\" r WHERE NOT EXISTS (SELECT 1 FROM \"ReportCases\" c WHERE c.\"Id\" = r.\"CaseId\")")
echo "sent = $REPORTS, stored = $stored, reports without a case = $orphans"
echo "lost = $((REPORTS - distinct))"
echo "duplicated = $((stored - distinct))"
