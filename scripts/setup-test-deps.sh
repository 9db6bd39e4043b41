#!/usr/bin/env bash
# Installs and starts what the tests need beyond dotnet and npm: PostgreSQL, Chromium (the full browser for the page
# tests, the headless shell for PDFs), a CJK font (Chinese renders as boxes in screenshots and PDFs without one),
# poppler-utils (pdftotext) and wrk.
# Checks before acting, so a second run changes nothing; must run as root on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-postgres.env

say() { echo "setup-test-deps: $*"; }

packages=(postgresql chromium chromium-headless-shell fonts-wqy-microhei poppler-utils wrk)
missing=()
for package in "${packages[@]}"; do
  if [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]]; then missing+=("$package"); fi
done
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  say "packages already installed: ${packages[*]}"
fi

# Debian creates the 15/main cluster on install; nothing (no systemd here) starts it after a reboot or a new session.
if [[ -z "$(pg_lsclusters --no-header)" ]]; then
  say "creating a PostgreSQL cluster"
  pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" main
fi
read -r pg_version pg_cluster _ pg_status _ < <(pg_lsclusters --no-header | head -n 1)
server_conf=/etc/postgresql/$pg_version/$pg_cluster/conf.d/regulator.conf
if ! cmp -s scripts/postgres-server.conf "$server_conf"; then
  say "installing server settings into $server_conf"
  cp scripts/postgres-server.conf "$server_conf"
  # shared_buffers is read only at start.
  if [[ "$pg_status" == online* ]]; then pg_ctlcluster "$pg_version" "$pg_cluster" restart; fi
fi
if [[ "$pg_status" != online* ]]; then
  say "starting PostgreSQL cluster $pg_version/$pg_cluster"
  pg_ctlcluster "$pg_version" "$pg_cluster" start
else
  say "PostgreSQL cluster $pg_version/$pg_cluster already running"
fi

for _ in $(seq 1 60); do
  pg_isready -q -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" && break
  sleep 0.5
done
pg_isready -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" >/dev/null || { say "PostgreSQL does not accept connections on $TEST_POSTGRES_HOST:$TEST_POSTGRES_PORT"; exit 1; }

# Peer authentication over the local socket sets the password that TCP connections then use.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"ALTER USER postgres PASSWORD '$TEST_POSTGRES_PASSWORD';\""
PGPASSWORD="$TEST_POSTGRES_PASSWORD" psql -q -h "$TEST_POSTGRES_HOST" -p "$TEST_POSTGRES_PORT" -U postgres -d postgres -c 'SELECT 1' >/dev/null
say "PostgreSQL accepts password sign-in as postgres on $TEST_POSTGRES_HOST:$TEST_POSTGRES_PORT"
