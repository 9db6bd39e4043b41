#!/usr/bin/env bash
# THE test command: installs and starts what the tests need, builds, runs every test on SQLite and on
# PostgreSQL, and ends with the totals on a line of their own. Exits non-zero if a step fails (setup, build,
# the test run), any test fails, or no test ran. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
results=TestResults
screenshots=Regulator.Tests/bin/Debug/net10.0/TestResults/screenshots

# Each step runs only if the ones before it succeeded; the totals are printed whatever happened.
failed_step=""
step() {
  [[ -z "$failed_step" ]] || return 0
  "$@" || failed_step="$*"
}

step scripts/setup-test-deps.sh
source scripts/test-postgres.env
export REGULATOR_TEST_POSTGRES="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Username=postgres;Password=$TEST_POSTGRES_PASSWORD"
rm -rf "$results" "$screenshots"
step dotnet tool restore
step dotnet build Regulator.sln -nologo -v q
step dotnet test Regulator.sln --no-build -nologo --logger trx --results-directory "$results"

# The totals come from the TRX files rather than the console, so a run that executed nothing says so.
read -r passed failed skipped < <(python3 - "$results" <<'PY'
import glob, sys
import xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True):
    for result in ET.parse(path).getroot().iterfind(".//t:Results/t:UnitTestResult", ns):
        outcome = result.get("outcome")
        if outcome == "Passed": passed += 1
        elif outcome == "NotExecuted": skipped += 1
        else: failed += 1
print(passed, failed, skipped)
PY
)

[[ -d "$screenshots" ]] && echo "Screenshots: $(realpath "$screenshots") ($(find "$screenshots" -name '*.png' | wc -l) files)"
echo "TRX results: $results/  wall time: $(($(date +%s) - started)) s"
[[ -z "$failed_step" ]] || echo "Failed step: $failed_step"
line="$passed passed, $failed failed"
((skipped)) && line+=", $skipped skipped"
echo "$line"
[[ -z "$failed_step" ]] && ((failed == 0 && passed > 0))
