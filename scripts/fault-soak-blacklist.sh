#!/usr/bin/env bash
# Soak: the blacklist check at its rated load (10,000 single checks per second, README) for DURATION (default 10
# minutes) against ENTRIES published entries (default 1,000,000), the portal in Release on PostgreSQL.
#   scripts/fault-soak-blacklist.sh
#   ENTRIES=100000 RATE=2000 DURATION=2m scripts/fault-soak-blacklist.sh
# Prints "errors = N" (non-2xx answers, timeouts and socket errors; must be 0), the rate reached with latency
# percentiles, and the portal's memory (RSS and PSS) at the start and the end. Uses its own database
# (regulator_fault_soak) and port; leaves nothing running.
ENTRIES=${ENTRIES:-1000000}
RATE=${RATE:-10000}
DURATION=${DURATION:-10m}
CONNECTIONS=${CONNECTIONS:-20}
PORT=${PORT:-5995}
DATABASE=regulator_fault_soak
source "$(dirname "$0")/fault-lib.sh"

dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
dotnet build Regulator.Bench -c Release -nologo -v q >/dev/null
fresh_database
# The list only, set-based (dotnet Regulator.Bench.dll blacklist, binary COPY): the portal's full seed --blacklist N
# would also record a credit fact per entry, one by one, for hours.
started=$(date +%s)
(cd "$web" && dotnet Regulator.Web.dll seed --platforms 12 --publishers 0 --blacklist 0 >/dev/null)
(cd "$web" && Logging__LogLevel__Default=Warning dotnet ../../../../Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll blacklist --entries "$ENTRIES")
# Do now what autovacuum and the checkpointer would otherwise do in the middle of the soak.
sql -d "$DATABASE" -c "VACUUM ANALYZE" -c "CHECKPOINT" >/dev/null
echo "seeded and vacuumed in $(($(date +%s) - started)) s: $(sql -d "$DATABASE" -c "SELECT count(*) FROM \"BlacklistEntries\" WHERE \"State\" = 3") published entries"
source "$(dirname "$0")/bench-lib.sh"
bench_key "$DATABASE" 2 fault-soak-blacklist.sh   # the check scope only
# The first 60 entries went through circulation with other identities; the rest follow the wrk script's sequence.
export BENCH_ENTRIES=$((ENTRIES - 60)) BENCH_RATE=$RATE
log=/tmp/regulator-fault-soak.log; : >"$log"
# Without their credit facts seeded, the collector's first pass would record a million facts beside the soak: it is off.
export Blacklist__CheckRequestsPerSecond=1000000 Blacklist__CheckBurst=1000000 Credit__CollectIntervalSeconds=0 Logging__LogLevel__Regulator=Information
start_portal "$log"
grep -m1 "Published blacklist loaded" "$log" || true

BENCH_COUNT=1 wrk -t1 -c"$CONNECTIONS" -d30s -s scripts/bench-blacklist.lua "http://127.0.0.1:$PORT" | grep ANSWERS # warm-up at the same rate
echo "memory at start = $(memory_mb), load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency -s scripts/bench-blacklist.lua "http://127.0.0.1:$PORT" | tee /tmp/regulator-fault-soak.wrk
echo "memory at end = $(memory_mb), load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep RESULT /tmp/regulator-fault-soak.wrk | sed -E 's/.*requests=([0-9]+).*rps=([0-9]+).*p50_ms=([0-9.]+).*p99_ms=([0-9.]+).*max_ms=([0-9.]+).*non2xx=([0-9]+) socket_errors=([0-9]+).*/checks = \1 at \2 per second (asked: '"$RATE"'), p50 \3 ms, p99 \4 ms, max \5 ms (\6 non-2xx, \7 timeouts and socket errors)/'
errors=$(grep RESULT /tmp/regulator-fault-soak.wrk | sed -E 's/.*non2xx=([0-9]+) socket_errors=([0-9]+).*/\1 \2/' | awk '{print $1 + $2}')
echo "errors = $errors"
