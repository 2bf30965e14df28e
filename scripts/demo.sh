#!/usr/bin/env bash
# Runs the main job on the bundled SYNTHETIC sample against local storage: starts the emulator when none answers
# (and stops it at the end only if it started it here), then `regional demo` with any arguments given.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

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
