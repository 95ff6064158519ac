#!/bin/bash
# usage: run.sh <dll-dir> [env assignments...]; prints warm events/s, µs/event, gc%, KiB
dir=$1; shift
out=$(env "$@" dotnet $dir/finance-streams.dll bench --budget-only --cases 3000 --latency-seconds 5 2>&1)
echo "$out" | awk '/budget topology \(warm\)/{w=$4} /budget topology \(cold/{c=$8} END{printf "warm %s cold %s ", w, c}'
echo "$out" | grep -A1 'budget topology (warm)' | tail -1 | sed -E 's/.*\(([0-9]+) µs.*\(([0-9]+) % of the run\), .*\(([0-9]+) KiB.*/us \1 gc \2 kib \3/'
