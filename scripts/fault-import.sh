#!/usr/bin/env bash
# Fault: kill -9 the portal in the middle of a FILINGS-publisher import (default 1,000,000) through the batch API,
# start it again, let the platforms' client resend what was not answered (as a platform must), then count.
#   scripts/fault-import.sh                  # 1,000,000 filings, killed at about a third
#   FILINGS=100000 scripts/fault-import.sh   # quicker
# Prints "lost = N" (filed but not stored once) and "duplicated = N" (stored more than once, or filed twice in the
# history: filed or re-filed more than once); both must be 0. Uses its own database (regulator_fault_import) and port; leaves nothing running.
FILINGS=${FILINGS:-1000000}
PORT=${PORT:-5991}
DATABASE=regulator_fault_import
source "$(dirname "$0")/fault-lib.sh"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
dotnet build Regulator.Bench -c Release -nologo -v q >/dev/null
fresh_database
(cd "$web" && dotnet Regulator.Web.dll seed --platforms 12 --publishers 0 >/dev/null)
log=/tmp/regulator-fault-import.log; : >"$log"
start_portal "$log"

dotnet Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll filings --url "http://127.0.0.1:$PORT" --connection "$connection" \
  --filings "$FILINGS" --concurrency 4 --list-requests 0 --retry true >/tmp/regulator-fault-import-client.log 2>&1 &
client=$!
target=$((FILINGS / 3))
kill_portal_at Filings "$target" "$client" /tmp/regulator-fault-import-client.log "$log"
grep "^Ingest:" /tmp/regulator-fault-import-client.log

stored=$(sql -d "$DATABASE" -c 'SELECT count(*) FROM "Filings"')
distinct=$(sql -d "$DATABASE" -c 'SELECT count(*) FROM (SELECT DISTINCT "PlatformId", "PlatformPublisherId" FROM "Filings") d')
twice=$(sql -d "$DATABASE" -c "SELECT count(*) FROM (SELECT \"FilingId\" FROM \"FilingHistory\" GROUP BY \"FilingId\" HAVING count(*) FILTER (WHERE \"Event\" IN (1, 2)) > 1) h")
echo "filed = $FILINGS, stored = $stored"
echo "lost = $((FILINGS - distinct))"
echo "duplicated = $((stored - distinct + twice))"
