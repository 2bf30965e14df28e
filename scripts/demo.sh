#!/usr/bin/env bash
# Runs the main job on the bundled SYNTHETIC sample against local storage: starts the emulator when none answers
# (and stops it at the end only if it started it here), then `regional demo` with any arguments given:
# `./scripts/demo.sh --serve` then serves the HTTP API and the dashboard on 127.0.0.1 until Ctrl+C.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The emulator and the dashboard's charting library (embedded by the build) come from npm, pinned by package-lock.json.
if [[ ! -x "$root/node_modules/.bin/azurite" || ! -f "$root/node_modules/echarts/dist/echarts.min.js" ]]; then
  npm ci --no-audit --no-fund
fi

started_azurite=0
if ! "$root/scripts/azurite.sh" status >/dev/null 2>&1; then
  "$root/scripts/azurite.sh" start
  started_azurite=1
fi
cleanup() {
  if [[ $started_azurite -eq 1 ]]; then
    "$root/scripts/azurite.sh" stop >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

dotnet run --project "$root/src/Regional.Cli" -c Release -- demo "$@"
