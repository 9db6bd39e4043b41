#!/usr/bin/env bash
# Runs the portal on the embedded SQLite database at <repo>/data/regulator.db: applies migrations, seeds demo
# data into an empty database, and prints the URL and the demo sign-ins. Needs only the .NET 10 SDK and npm
# (the build fetches the front-end packages). PORT overrides the port (default 5000). Safe to run twice.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
for tool in dotnet npm; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required but not installed." >&2; exit 1; }
done

dotnet build Regulator.Web -c Release -nologo -v q

export Database__Provider=Sqlite
export Database__ConnectionString="Data Source=$repo/data/regulator.db"
export Seeding__Demo=true
export ASPNETCORE_URLS="http://127.0.0.1:${PORT:-5000}"
echo "Starting Regulator on $ASPNETCORE_URLS (first start seeds demo data; Ctrl+C stops it)"
# The content root is the project folder, where wwwroot lives; appsettings.json is read next to the binaries.
exec dotnet Regulator.Web/bin/Release/net10.0/Regulator.Web.dll --contentRoot "$repo/Regulator.Web"
