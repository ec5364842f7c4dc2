#!/usr/bin/env bash
# Builds the benchmarks and runs them all (JMH payloads, loopback client, cold start beside raw
# OkHttp and the official Node SDK); writes bench/RESULTS.md. Takes about 12 minutes on 2 cores.
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

java -cp bench/target/benchmarks.jar com.activitysmith.bench.BenchMain --out bench/RESULTS.md \
  --command "bench/run.sh" --commit "$(git rev-parse --short HEAD)" "${node_args[@]}" "$@"
