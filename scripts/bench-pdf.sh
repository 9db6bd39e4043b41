#!/usr/bin/env bash
# PDF benchmark: prints 100 findings notices of about ten pages each through the portal's renderer and
# headless Chromium, then the total seconds and the peak memory.
#   scripts/bench-pdf.sh [--documents 100] [--evidence 40] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x /usr/lib/chromium/chromium-headless-shell ]] || { echo "chromium-headless-shell is missing: run scripts/setup-test-deps.sh" >&2; exit 1; }
dotnet build Regulator.Web -c Release -nologo -v q
cd Regulator.Web
dotnet bin/Release/net10.0/Regulator.Web.dll bench-pdf "$@"
