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
dotnet run -c Release --no-build --project "$project" -- --normalizer-cpu | tee "$out/normalizer-cpu.txt"
dotnet run -c Release --no-build --project "$project" -- --filter '*' --artifacts "$out/bdn" "$@"
dotnet run -c Release --no-build --project "$project" -- --peak-memory 1000000 | tee "$out/peak-memory.txt"
