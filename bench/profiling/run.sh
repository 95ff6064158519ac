#!/bin/bash
# usage: run.sh <dir of finance-streams.dll> [VAR=value ...]: one bench --budget-only run; prints warm and cold
# events/s, then the warm pass's processor µs, GC pause % and KiB allocated per input event.
dir=$1; shift
out=$(env "$@" dotnet "$dir/finance-streams.dll" bench --budget-only --cases 3000 --latency-seconds 5 2>&1)
warm=$(echo "$out" | sed -nE 's/.*budget topology \(warm\): ([0-9,]+) events\/s.*/\1/p')
cold=$(echo "$out" | sed -nE 's/.*budget topology \(cold[^)]*\): ([0-9,]+) events\/s.*/\1/p')
figures=$(echo "$out" | grep -A1 'budget topology (warm)' | tail -1 | sed -E 's/.*\(([0-9]+) µs.*\(([0-9]+) % of the run\), .*\(([0-9]+) KiB.*/us \1 gc \2 kib \3/')
echo "warm $warm cold $cold $figures"
