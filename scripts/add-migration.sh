#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets.
#   scripts/add-migration.sh AddFilings
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build Regulator.Domain -v q -nologo
for provider in Sqlite Npgsql; do
  dotnet ef migrations add "$name" --project Regulator.Domain --startup-project Regulator.Domain \
    --context "${provider}RegulatorDbContext" --output-dir "Migrations/$provider"
done
