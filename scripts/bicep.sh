#!/usr/bin/env bash
# Compiles and lints the infrastructure with the Bicep compiler from the NuGet package
# Azure.Bicep.CommandLine.linux-x64 (version in Directory.Packages.props, restored through tools/bicep/bicep.csproj).
# Writes out/infra/main.json, the ARM template `azd up` deploys. Fails on any error or warning from either step.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

project="$root/tools/bicep/bicep.csproj"
dotnet restore "$project" -nologo -v quiet >/dev/null
# The package's own build props name the compiler inside the package folder.
bicep="$(dotnet msbuild "$project" -nologo -getProperty:BicepPath)"
if [[ ! -f "$bicep" ]]; then
  echo "bicep.sh: the restored package has no compiler at '$bicep'" >&2
  exit 1
fi
[[ -x "$bicep" ]] || chmod u+x "$bicep"

mkdir -p "$root/out/infra"
log="$root/out/infra/diagnostics.txt"
: >"$log"
status=0

run() {
  echo "+ bicep $*"
  if ! "$bicep" "$@" >>"$log" 2>&1; then
    status=1
  fi
}

"$bicep" --version
run build infra/main.bicep --outfile out/infra/main.json
run lint --pattern 'infra/**/*.bicep'

cat "$log"
# Warnings count as failures: bicep exits 0 on them, so read the diagnostics.
if grep -Eq ': (Warning|Error) ' "$log"; then
  status=1
fi
if [[ $status -ne 0 ]]; then
  echo "bicep.sh: infrastructure has errors or warnings (see above)" >&2
  exit 1
fi
echo "bicep.sh: infra/main.bicep built to out/infra/main.json; lint clean"
