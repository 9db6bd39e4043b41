#!/usr/bin/env bash
# THE test command: installs and starts what the tests need, builds, runs every test on SQLite and on
# PostgreSQL, and ends with the totals on a line of their own. Exits non-zero if the build fails, any test
# fails, or no test ran. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
results=TestResults

scripts/setup-test-deps.sh
source scripts/test-postgres.env
export REGULATOR_TEST_POSTGRES="Host=$TEST_POSTGRES_HOST;Port=$TEST_POSTGRES_PORT;Username=postgres;Password=$TEST_POSTGRES_PASSWORD"

dotnet tool restore
rm -rf "$results"
build=0 tests=0
dotnet build Regulator.sln -nologo -v q || build=$?
if ((build == 0)); then
  dotnet test Regulator.sln --no-build -nologo --logger trx --results-directory "$results" || tests=$?
fi

# The totals come from the TRX files rather than the console, so a run that executed nothing says so.
totals=$(python3 - "$results" <<'PY'
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
read -r passed failed skipped <<<"$totals"

shopt -s nullglob
screenshots=(Regulator.Tests/bin/Debug/net10.0/TestResults/screenshots/*.png)
((${#screenshots[@]})) && echo "Screenshots: $(dirname "$(realpath "${screenshots[0]}")") (${#screenshots[@]} files)"
echo "TRX results: $results/  wall time: $(($(date +%s) - started)) s"
((build == 0)) || echo "The build failed."
((tests == 0)) || echo "dotnet test exited with $tests."
line="$passed passed, $failed failed"
((skipped)) && line+=", $skipped skipped"
echo "$line"
((build == 0 && tests == 0 && failed == 0 && passed > 0))
