#!/usr/bin/env bash
# Runs every test project of the solution against a local Azurite and prints the total
# over all projects as the last line: "N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

results="$root/out/test-results"
rm -rf "$results"
mkdir -p "$results"

# The emulator binary is needed even when an emulator already runs: the crash-recovery test starts its own. The build
# embeds the dashboard's charting library from the same install.
if [[ ! -x "$root/node_modules/.bin/azurite" || ! -f "$root/node_modules/echarts/dist/echarts.min.js" ]]; then
  (cd "$root" && npm ci --no-audit --no-fund)
fi

# The dashboard's browser tests drive Debian's Chromium; install it where it is missing and this run may.
if ! command -v chromium >/dev/null && command -v apt-get >/dev/null && [[ $(id -u) -eq 0 ]]; then
  (apt-get update && apt-get install -y chromium fonts-wqy-microhei) || echo "could not install chromium; the browser tests will fail" >&2
fi

started_azurite=0
if [[ -x "$root/scripts/azurite.sh" ]]; then
  if ! "$root/scripts/azurite.sh" status >/dev/null 2>&1; then
    "$root/scripts/azurite.sh" start
    started_azurite=1
  fi
fi
cleanup() {
  if [[ $started_azurite -eq 1 ]]; then
    "$root/scripts/azurite.sh" stop >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# The infrastructure: compile and lint the Bicep with no warnings. The configuration-contract and subscription-filter
# tests read the template it compiles (out/infra/main.json).
"$root/scripts/bicep.sh" || exit 1

# Build once, then run each test project with its own results file so totals can be summed.
status=0
dotnet build "$root/Regional.sln" --configuration Release -nologo -v quiet || exit 1
for project in "$root"/tests/*.Tests/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  set +e
  dotnet test "$project" --configuration Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" "$@"
  code=$?
  set -e
  if [[ $code -ne 0 ]]; then
    echo "test project $name exited with $code" >&2
    status=$code
  fi
done

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")
  a=$(sed -n 's/.* aborted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${p:-0} - ${f:-0} - ${e:-0} - ${t:-0} - ${a:-0}))
done

if [[ $status -ne 0 && $failed -eq 0 ]]; then
  # The build or a test host failed without a failing test being counted: count it, never report green.
  failed=1
fi
if [[ $files -eq 0 ]]; then
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped"
[[ $status -eq 0 && $failed -eq 0 ]]
