# Shared by scripts/fault-*.sh: a fresh PostgreSQL database, the portal in Release on it, started and killed by pid.
# Sourced, not run. Expects DATABASE and PORT to be set by the caller.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup-test-deps.sh >/dev/null
source scripts/test-postgres.env
export PGPASSWORD=$TEST_POSTGRES_PASSWORD
sql() { psql -qtA -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres "$@"; }
connection="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Username=postgres;Password=$TEST_POSTGRES_PASSWORD;Database=$DATABASE"
web=Regulator.Web/bin/Release/net10.0
export Database__Provider=Postgres Database__ConnectionString="$connection" Seeding__Demo=false
portal=

fresh_database() {
  sql -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
}

# Starts the portal in the background (log appended to $1) and waits for /health; sets $portal to its pid.
start_portal() {
  (cd "$web" && ASPNETCORE_URLS="http://127.0.0.1:$PORT" Logging__LogLevel__Default=Warning exec dotnet Regulator.Web.dll "${@:2}" >>"$1" 2>&1) &
  portal=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.5; done
  echo "the portal did not start; see $1"; exit 1
}

stop_portal() { [[ -n "$portal" ]] && kill "$portal" 2>/dev/null || true; }
trap stop_portal EXIT

# The portal's resident set and proportional set size (shared pages divided among the processes that map them).
memory_mb() { awk '/^Rss:/ {rss = $2} /^Pss:/ {pss = $2} END {printf "RSS %.0f MB, PSS %.0f MB", rss / 1024, pss / 1024}' "/proc/$portal/smaps_rollup"; }

# Waits until <table> holds <target> rows while <client pid> is still sending, then kills the portal with -9 and
# starts it again on <portal log>: the one fault both scripts inject. <client log> is named when the client ends first.
kill_portal_at() {
  local table=$1 target=$2 client=$3 client_log=$4 portal_log=$5
  until (( $(sql -d "$DATABASE" -c "SELECT count(*) FROM \"$table\"") >= target )); do
    kill -0 "$client" 2>/dev/null || { echo "the client ended before the kill; see $client_log"; exit 1; }
    sleep 0.5
  done
  kill -9 "$portal"; wait "$portal" 2>/dev/null || true
  echo "kill -9 at $(sql -d "$DATABASE" -c "SELECT count(*) FROM \"$table\"") stored rows of $table"
  sleep 2
  start_portal "$portal_log"
  echo "restarted; the client resends what was not answered"
  wait "$client" || { echo "the client failed; see $client_log"; exit 1; }
}
