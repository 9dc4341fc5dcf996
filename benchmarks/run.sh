#!/usr/bin/env bash
# Reproduces benchmarks/README.md: all BenchmarkDotNet suites (short in-process job), then the 1M peak-memory run.
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
