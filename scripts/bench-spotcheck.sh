#!/usr/bin/env bash
# Spot-check draw benchmark: a risk-weighted draw of 500 of 1,000,000 filed publishers (two inspectors each, declared
# conflicts honoured), timed end to end, then the verification replaying it. SQLite by default; PostgreSQL with
#   scripts/bench-spotcheck.sh --postgres "Host=…;Username=…;Password=…;Database=spotcheck_bench"
# Other options: --publishers N, --sample N, --sqlite-file PATH (keep the arranged database and reuse it next time).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Regulator.Bench -c Release -nologo -v q
dotnet Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll spot-check "$@"
