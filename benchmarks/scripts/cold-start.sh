#!/usr/bin/env bash
# Issue 15 goal 7: cold start of a signup gate (AddNumberIntel + BuildServiceProvider -> first finished AssessAsync
# against the emulator), one fresh process per run, under JIT (and the JIT levers ReadyToRun, TieredPGO off,
# TieredCompilation off) and under Native AOT. The emulator runs in another process (its own start is not counted).
# Usage: benchmarks/scripts/cold-start.sh [runs per variant, default 7]   Output: one line per run, then medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
out="${COLDSTART_OUT:-benchmarks/results/coldstart}"
project=benchmarks/NumberIntel.Client.ColdStart/NumberIntel.Client.ColdStart.csproj
mkdir -p "$out"
dotnet build -c Release benchmarks/NumberIntel.Client.Benchmarks >/dev/null
dotnet build -c Release "$project" -o "$out/jit" >/dev/null
dotnet publish -c Release "$project" -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" >/dev/null
dotnet publish -c Release "$project" -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$out/r2r-composite" >/dev/null
dotnet publish -c Release "$project" -r linux-x64 -p:PublishAot=true -o "$out/aot" >/dev/null

# The emulator, serving until its standard input closes.
fifo="$out/emulator.in"; rm -f "$fifo"; mkfifo "$fifo"
dotnet benchmarks/NumberIntel.Client.Benchmarks/bin/Release/net10.0/NumberIntel.Client.Benchmarks.dll --serve-emulator <"$fifo" >"$out/emulator.txt" &
emulator=$!
exec 3>"$fifo"
trap 'exec 3>&-; wait "$emulator" 2>/dev/null || true; rm -f "$fifo"' EXIT
for _ in $(seq 1 100); do [ -s "$out/emulator.txt" ] && break; sleep 0.1; done
read -r -a endpoint <"$out/emulator.txt"

run_variant() { # name, then the command (env assignments allowed through `env`)
  local name="$1"; shift
  local file="$out/$name.txt"; : >"$file"
  "$@" "${endpoint[@]}" >/dev/null # one unmeasured run: the OS page cache holds the binaries, as for a redeployed gate
  for _ in $(seq 1 "$runs"); do
    local t0 t1 line
    t0=$(date +%s%N)
    line=$("$@" "${endpoint[@]}")
    t1=$(date +%s%N)
    echo "$line wall_ms=$(( (t1 - t0) / 1000000 ))" | tee -a "$file"
  done
}

run_variant jit env "$out/jit/NumberIntel.Client.ColdStart"
run_variant jit-r2r env "$out/r2r/NumberIntel.Client.ColdStart"
run_variant jit-pgo-off env DOTNET_TieredPGO=0 "$out/jit/NumberIntel.Client.ColdStart"
run_variant jit-r2r-pgo-off env DOTNET_TieredPGO=0 "$out/r2r/NumberIntel.Client.ColdStart"
run_variant jit-r2r-composite env "$out/r2r-composite/NumberIntel.Client.ColdStart"
run_variant jit-tc-off env DOTNET_TieredCompilation=0 "$out/jit/NumberIntel.Client.ColdStart"
run_variant aot env "$out/aot/NumberIntel.Client.ColdStart"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
field() { grep -o "$1=[0-9.]*" "$2" | cut -d= -f2; }
printf '\n%-18s %10s %10s %10s %14s %12s %8s\n' variant app_ms process_ms wall_ms "app min-max" jit_methods jit_ms
for name in jit jit-r2r jit-pgo-off jit-r2r-pgo-off jit-r2r-composite jit-tc-off aot; do
  f="$out/$name.txt"
  printf '%-18s %10s %10s %10s %14s %12s %8s\n' "$name" "$(field app_ms "$f" | median)" "$(field process_ms "$f" | median)" \
    "$(field wall_ms "$f" | median)" "$(field app_ms "$f" | sort -n | head -1)-$(field app_ms "$f" | sort -n | tail -1)" \
    "$(field jit_methods "$f" | median)" "$(field jit_ms "$f" | median)"
done | tee "$out/summary.txt"
