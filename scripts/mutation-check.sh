#!/usr/bin/env bash
# Mutation check with Stryker.NET on Regulator.Domain: each mutant (one deliberate bug) is compiled in and the tests
# selected by FILTER are run against it; a mutant they do not catch survives. Reports land in
# Regulator.Tests/StrykerOutput/<time>/reports (HTML and JSON).
#   scripts/mutation-check.sh                                   # the identity-number rules and the scrubber
#   MUTATE='**/Blacklist/*.cs' FILTER='FullyQualifiedName~Blacklist' scripts/mutation-check.sh
# Stryker's project analysis warns "Failed to identify target frameworks" on .NET 10 and goes on with --target-framework;
# it finds Regulator.Domain only because the test project references it directly.
set -euo pipefail
cd "$(dirname "$0")/.."
MUTATE=${MUTATE:-'**/Protection/IdentityScrubber.cs;**/IdentityNumbers/*.cs;**/Platforms/UnifiedSocialCreditCode.cs'}
FILTER=${FILTER:-'FullyQualifiedName~Regulator.Tests.IdentityNumbers|FullyQualifiedName~IdentityScrubbingTests.Masks|FullyQualifiedName~UnifiedSocialCreditCodeTests|FullyQualifiedName~FilingRulesTests'}
dotnet tool restore >/dev/null
mutate=()
IFS=';' read -ra globs <<<"$MUTATE"
for glob in "${globs[@]}"; do mutate+=(--mutate "$glob"); done
cd Regulator.Tests
dotnet stryker --project Regulator.Domain.csproj --target-framework net10.0 --concurrency "${CONCURRENCY:-2}" "${mutate[@]}" \
  --test-case-filter "$FILTER" --reporter html --reporter json --reporter progress --reporter cleartext
