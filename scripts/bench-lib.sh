# Shared set-up of the HTTP benchmarks on PostgreSQL (sourced by bench-blacklist.sh and bench-credit.sh): the test
# server's credentials, a Release build, a platform API key, the portal started on a port of its own and stopped on
# exit, and a wrk warm-up and measurement printing the Lua script's RESULT line.

# bench_setup DATABASE: defines sql() and exports the portal's database settings for DATABASE; builds the portal and
# Regulator.Bench in Release ($web: the portal's output folder; $bench: the benchmark entry point).
bench_setup() {
  scripts/setup-test-deps.sh >/dev/null
  source scripts/test-postgres.env
  export PGPASSWORD=$TEST_POSTGRES_PASSWORD
  sql() { psql -qtA -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres "$@"; }
  dotnet build Regulator.Web -c Release -nologo -v q >/dev/null
  dotnet build Regulator.Bench -c Release -nologo -v q >/dev/null
  web=Regulator.Web/bin/Release/net10.0
  bench="$PWD/Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll"
  export Database__Provider=Postgres Seeding__Demo=false
  export Database__ConnectionString="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Username=postgres;Password=$TEST_POSTGRES_PASSWORD;Database=$1"
}

# bench_key DATABASE SCOPES LABEL: a key of the first platform with those scopes, stored as the issuer stores keys (a
# public prefix and the SHA-256 of the secret); exported as BENCH_KEY.
bench_key() {
  local prefix secret
  prefix=$(openssl rand -hex 6)
  secret=$(openssl rand -hex 24)
  sql -d "$1" -c "INSERT INTO \"PlatformApiKeys\" (\"PlatformId\", \"Label\", \"Prefix\", \"SecretHash\", \"Scopes\", \"CreatedUtc\", \"CreatedBy\")
    SELECT min(\"Id\"), '$3', '$prefix', sha256(convert_to('$secret', 'UTF8')), $2, now() AT TIME ZONE 'UTC', '$3' FROM \"Platforms\""
  export BENCH_KEY="rgk_${prefix}_${secret}"
}

# bench_portal PORT LOG [NAME=VALUE...]: the portal in Release on PORT with those settings, no per-request logging and a
# check rate far above what one load generator asks; killed on exit. Sets $portal to its process id.
bench_portal() {
  local port=$1 log=$2
  shift 2
  (cd "$web" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
    Blacklist__CheckRequestsPerSecond=1000000 Blacklist__CheckBurst=1000000 "$@" dotnet Regulator.Web.dll >"$log" 2>&1) &
  portal=$!
  trap 'kill $portal 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "the portal did not start; see $log"; exit 1; }
}

# bench_wrk PORT LUA WHAT LABEL: warm up (JIT, pools) reading every answer, then measure for $DURATION; prints
# "LABEL per second: N   p99 latency: M ms".
bench_wrk() {
  local port=$1 lua=$2 what=$3 label=$4 out
  out=/tmp/regulator-$(basename "$lua" .lua).wrk
  BENCH_COUNT=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$lua" "http://127.0.0.1:$port" | grep ANSWERS
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s $lua ($what)"
  local before after
  before=$(portal_cpu_ticks)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$lua" "http://127.0.0.1:$port" | tee "$out"
  after=$(portal_cpu_ticks)
  grep RESULT "$out" | sed -E "s/.*rps=([0-9]+).*p99_ms=([0-9.]+).*/$label per second: \\1   p99 latency: \\2 ms/"
  # The portal's own CPU per request does not depend on what else the machine runs, unlike requests per second.
  grep RESULT "$out" | sed -E 's/.*requests=([0-9]+).*/\1/' | awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    '{ printf "portal CPU per request: %.3f ms (%d requests, %.1f s CPU), load average %s\n", t / hz * 1000 / $1, $1, t / hz, "'"$(cut -d' ' -f1 /proc/loadavg)"'" }'
}

# portal_cpu_ticks: user + system clock ticks the portal process has used so far.
portal_cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$portal/stat"
}
