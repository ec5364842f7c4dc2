#!/usr/bin/env bash
# Start-up time of the activitysmith launcher, with and without its AppCDS archive: the median
# wall-clock time of RUNS runs (default 10) of `--version` and of `push --simulator`.
#
#   ./mvnw -q -B -pl cli -am package -DskipTests && cli/bench/startup.sh [RUNS]
#
# Prints one line per case: the median and the fastest and slowest run, in seconds. It measures
# with bash's own clock (EPOCHREALTIME), nothing else; run it on a quiet machine.
set -euo pipefail

runs="${1:-10}"
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher="$here/../bin/activitysmith"

elapsed() {
  local start end
  start="$EPOCHREALTIME"
  "$@" >/dev/null 2>&1
  end="$EPOCHREALTIME"
  echo "$start $end" | awk '{ printf "%.3f\n", $2 - $1 }'
}

measure() {
  local label="$1"
  shift
  local times=()
  for _ in $(seq "$runs"); do
    times+=("$(elapsed "$@")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$runs" '
    { t[NR] = $1 }
    END {
      median = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
      printf "%-42s median %.3f s  (min %.3f, max %.3f, %d runs)\n", label, median, t[1], t[n], n
    }'
}

"$launcher" --version >/dev/null # warm the file cache once
measure "--version, with the class archive" env ACTIVITYSMITH_CDS=on "$launcher" --version
measure "--version, without" env ACTIVITYSMITH_CDS=off "$launcher" --version
measure "push --simulator, with the class archive" env ACTIVITYSMITH_CDS=on "$launcher" push --simulator --title bench
measure "push --simulator, without" env ACTIVITYSMITH_CDS=off "$launcher" push --simulator --title bench
