#!/usr/bin/env bash
# Reproduces benchmarks/README.md: all BenchmarkDotNet suites (short in-process job), the 1M peak-memory run, §5 (bulk)
# and §6 (cached re-run, sandbox vs in-memory throughput, cold start).
# Usage: benchmarks/run.sh [extra BenchmarkDotNet args]   (from the repository root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/NumberIntel.Client.Benchmarks
out=benchmarks/results
mkdir -p "$out"
{ nproc; lscpu | head -20; free -h; dotnet --info | head -20; } > "$out/machine.txt" || true
dotnet build -c Release "$project"
dotnet run -c Release --no-build --project "$project" -- --smoke
dotnet run -c Release --no-build --project "$project" -- --alloc | tee "$out/alloc.txt"
dotnet run -c Release --no-build --project "$project" -- --alloc-layers | tee "$out/alloc-layers.txt"
dotnet run -c Release --no-build --project "$project" -- --normalizer-cpu | tee "$out/normalizer-cpu.txt"
dotnet run -c Release --no-build --project "$project" -- --filter '*' --artifacts "$out/bdn" "$@"
dotnet run -c Release --no-build --project "$project" -- --peak-memory 1000000 | tee "$out/peak-memory.txt"
# §5 bulk runs (issue 15): Bind batch fill and allocation use (tests that print their figures), then the CLI's sandbox
# run at 100,000 and 1,000,000 lines (74 % distinct) with its peak RSS (~5–8 min on the shared machine).
dotnet test tests/NumberIntel.Client.Tests -c Release --filter "FullyQualifiedName~BindBatchFill|FullyQualifiedName~AllocationUse" \
  --logger "console;verbosity=detailed" | grep -E "Bind requests|throttled" | tee "$out/bulk-tests.txt"
dotnet build -c Release samples/NumberIntel.Cli
for lines in 100000 1000000; do
  python3 benchmarks/scripts/make-bulk-input.py "$lines" "$out/bulk-$lines.txt"
  rm -f "$out/bulk-$lines.csv"*
  /usr/bin/time -v samples/NumberIntel.Cli/bin/Release/net10.0/NumberIntel.Cli assess --input "$out/bulk-$lines.txt" \
    --format csv --output "$out/bulk-$lines.csv" --no-progress 2>&1 | grep -E "summary|Maximum resident|User time|System time" \
    | tee "$out/sandbox-$lines.txt"
done
# §6 (issue 15 goals 4, 6, 7). Goal 4: the same lists assessed a second time with every answer cached, against the
# read + parse floor (~1 + 4 min). Goal 6: the SDK over the in-memory vendors on the same lists, to set against the
# sandbox lines/s above (and over the sandbox's loopback emulator without the CLI, for the attribution).
# Goal 7: cold start under JIT (and its levers) and Native AOT, 7 process runs per variant (~5 min with the publishes).
project_dll=benchmarks/NumberIntel.Client.Benchmarks/bin/Release/net10.0/NumberIntel.Client.Benchmarks.dll
for lines in 100000 1000000; do
  dotnet "$project_dll" --cached-rerun "$out/bulk-$lines.txt" | tee "$out/cached-rerun-$lines.txt"
  dotnet "$project_dll" --list-throughput "$out/bulk-$lines.txt" | tee "$out/list-throughput-$lines.txt"
done
dotnet "$project_dll" --list-throughput "$out/bulk-100000.txt" --emulator | tee -a "$out/list-throughput-100000.txt"
COLDSTART_OUT="$out/coldstart" benchmarks/scripts/cold-start.sh 7 | tail -8
