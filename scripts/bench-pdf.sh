#!/usr/bin/env bash
# PDF benchmark: 100 findings notices of about ten pages each, each one a Hangfire job on the portal's own Hangfire
# server (storage, filters, workers), rendered by the portal's renderer and printed by headless Chromium; then the
# total seconds from the first enqueue to the last success, the CPU time and the peak memory. Target: < 60 s.
#   scripts/bench-pdf.sh [--documents 100] [--evidence 100] [--out DIR] [--postgres CONNECTION]
# Runs on a fresh SQLite database (and Hangfire's SQLite storage) in a temporary folder, removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x /usr/lib/chromium/chromium-headless-shell ]] || { echo "chromium-headless-shell is missing: run scripts/setup-test-deps.sh" >&2; exit 1; }
dotnet build Regulator.Bench -c Release -nologo -v q
bench="$PWD/Regulator.Bench/bin/Release/net10.0/Regulator.Bench.dll"
cd Regulator.Web
Logging__LogLevel__Default=Warning dotnet "$bench" pdf "$@"
