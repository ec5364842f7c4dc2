#!/usr/bin/env bash
# Reproducible builds: the jars of the build that just ran (CI's ./mvnw -B verify on a clean
# checkout) must be byte-identical to those of a second build from clean. The second build skips
# the tests, which do not change what is packaged.
# On a working tree, build with `./mvnw -B clean verify` first: a build without clean keeps
# outputs of sources deleted since (resources, for one), which the clean second build lacks.
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob
jars=(*/target/*.jar)
if [ ${#jars[@]} -eq 0 ]; then
  echo "reproducible.sh: no jars under */target; run ./mvnw -B verify first" >&2
  exit 1
fi
first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT
for jar in "${jars[@]}"; do
  mkdir -p "$first/$(dirname "$jar")"
  cp "$jar" "$first/$jar"
done

./mvnw -B -q clean package -DskipTests

status=0
for jar in "${jars[@]}"; do
  if [ ! -f "$jar" ]; then
    echo "reproducible.sh: the second build made no $jar" >&2
    status=1
  elif ! cmp -s "$first/$jar" "$jar"; then
    echo "reproducible.sh: $jar differs between two builds of one commit; entries that differ (CRC, size, name):" >&2
    # unzip -v lists each entry's CRC-32 and size: the lines only one build has name the culprits.
    diff <(unzip -v "$first/$jar" | awk 'NF == 8 {print $7, $1, $8}') \
         <(unzip -v "$jar" | awk 'NF == 8 {print $7, $1, $8}') | grep '^[<>]' | head -20 >&2 || true
    status=1
  fi
done
if [ $status -eq 0 ]; then
  echo "reproducible.sh: ${#jars[@]} jars byte-identical across two clean builds"
fi
exit $status
