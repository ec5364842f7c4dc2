#!/usr/bin/env bash
# Builds the benchmarks and runs them all (JMH payloads, loopback client, cold start beside raw
# OkHttp and the official Node SDK, and on a JDK 25+ when one is found, with its AOT cache); writes
# bench/RESULTS.md. Takes about 12 minutes on 2 cores.
# usage: bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -Pbench -pl bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

# The official Node SDK, installed from npm into a temporary directory outside the repository.
node_args=()
if command -v npm > /dev/null && command -v node > /dev/null; then
  node_dir="$(mktemp -d)"
  trap 'rm -rf "$node_dir"' EXIT
  if (cd "$node_dir" && npm init -y > /dev/null && npm install --silent --no-audit --no-fund activitysmith > /dev/null); then
    node_args=(--node-sdk "$node_dir/node_modules/activitysmith")
  fi
fi

# A JDK 25 or later for the AOT cache rows: BENCH_AOT_JDK, else one found under /usr/lib/jvm.
aot_args=()
aot_jdk="${BENCH_AOT_JDK:-}"
if [ -z "$aot_jdk" ]; then
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] || continue
    v="$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' || true)"
    if [ -n "$v" ] && [ "$v" -ge 25 ] 2> /dev/null; then aot_jdk="$d"; fi
  done
fi
if [ -n "$aot_jdk" ]; then aot_args=(--aot-jdk "$aot_jdk"); fi

java -cp bench/target/benchmarks.jar com.activitysmith.bench.BenchMain --out bench/RESULTS.md \
  --command "bench/run.sh" --commit "$(git rev-parse --short HEAD)" "${node_args[@]}" "${aot_args[@]}" "$@"
