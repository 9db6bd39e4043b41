#!/usr/bin/env bash
# Soak: the blacklist check at its rated load (10,000 single checks per second, README) for DURATION (default 10
# minutes) against ENTRIES published entries (default 1,000,000), the portal in Release on PostgreSQL.
#   scripts/fault-soak-blacklist.sh
#   ENTRIES=100000 RATE=2000 DURATION=2m scripts/fault-soak-blacklist.sh
# Prints "errors = N" (non-2xx answers and socket errors; must be 0), the rate reached, and the portal's memory at
# the start and the end. Uses its own database (regulator_fault_soak) and port; leaves nothing running.
ENTRIES=${ENTRIES:-1000000}
RATE=${RATE:-10000}
DURATION=${DURATION:-10m}
CONNECTIONS=${CONNECTIONS:-20}
PORT=${PORT:-5995}
DATABASE=regulator_fault_soak
source "$(dirname "$0")/fault-lib.sh"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
fresh_database
(cd "$web" && dotnet Regulator.Web.dll seed --platforms 12 --publishers 0 --blacklist "$ENTRIES" >/dev/null)
sql -d "$DATABASE" -c "VACUUM ANALYZE" >/dev/null
source "$(dirname "$0")/bench-lib.sh"
bench_key "$DATABASE" 2 fault-soak-blacklist.sh   # the check scope only
export BENCH_ENTRIES=$((ENTRIES - 60)) BENCH_RATE=$RATE BENCH_CONNECTIONS=$CONNECTIONS
log=/tmp/regulator-fault-soak.log; : >"$log"
export Blacklist__CheckRequestsPerSecond=1000000 Blacklist__CheckBurst=1000000
start_portal "$log"

wrk -t1 -c"$CONNECTIONS" -d30s -s scripts/bench-blacklist.lua "http://127.0.0.1:$PORT" >/dev/null # warm-up at the same rate
echo "memory at start = $(rss_mb)"
wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s scripts/bench-blacklist.lua "http://127.0.0.1:$PORT" >/tmp/regulator-fault-soak.wrk
echo "memory at end = $(rss_mb)"
grep RESULT /tmp/regulator-fault-soak.wrk | sed -E 's/.*requests=([0-9]+).*rps=([0-9]+).*p99_ms=([0-9.]+).*non2xx=([0-9]+) socket_errors=([0-9]+).*/checks = \1 at \2 per second, p99 \3 ms (\4 non-2xx, \5 socket errors)/'
errors=$(grep RESULT /tmp/regulator-fault-soak.wrk | sed -E 's/.*non2xx=([0-9]+) socket_errors=([0-9]+).*/\1 \2/' | awk '{print $1 + $2}')
echo "errors = $errors"
