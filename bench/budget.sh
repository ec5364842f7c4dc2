#!/usr/bin/env bash
# The rate budget and stream coalescing, shown: four streams fed 10,000 states over one minute
# against the simulator with the service's limits on, in compressed time, in real time, and in two
# JVMs sharing one budget in Redis (a redis-server on 127.0.0.1 that this script starts and stops).
# Writes its section of bench/RESULTS.md. Takes about 3 minutes.
# usage: bench/budget.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/results-section.sh

./mvnw -B -q -Pbench -pl bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
jar=bench/target/benchmarks.jar
main=com.activitysmith.bench.StreamBudget

redis_server="$(command -v redis-server || true)"
if [[ -z "$redis_server" ]]; then
  echo "redis-server is not installed (Debian: apt-get install -y redis-server)" >&2
  exit 1
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$redis_server" --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no > /dev/null &
redis_pid=$!
trap 'kill "$redis_pid" 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do
  (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && break
  sleep 0.1
done

rows=()
for mode in compressed real; do
  echo "[budget] $mode" >&2
  rows+=("$(java -cp "$jar" "$main" "$mode" | tail -1)")
done
echo "[budget] redis" >&2
rows+=("$(java -cp "$jar" "$main" redis "redis://127.0.0.1:$port" | tail -1)")
printf '%s\n' "${rows[@]}"

section="$(cat <<MD
<!-- stream-budget: written by bench/budget.sh (bench/run.sh rewrites this file without it: run this script after it) -->
## Rate budget and stream coalescing

\`bench/budget.sh\` at $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(java -version 2>&1 | head -1), $(nproc) cores (shared with other builds while it ran).
Four \`LiveActivityStreamer\`s fed 10,000 progress states in total, evenly over one minute, on the
client's default rate budget, against the simulator with the service's limits on (Live
Activities: 300 per minute per account). Requests are every PUT and DELETE the simulator
received; staleness is the time from a state being offered to an equal-or-newer state being
delivered. Targets: no 429, every final state on the lock screen, staleness p99 at most 4 s.
In compressed time the feeder offers (and validates) each state in real time and falls behind
the x20 clock on 2 shared cores, so its minute stretches to about three; every minute stays
under the 300. In the Redis run two JVMs feed two streams each.

| run | states offered | requests | requests per minute (each minute) | requests per minute (mean) | 429s | final states shown | staleness p50 | staleness p99 | states never delivered |
|---|---:|---:|---|---:|---:|---:|---:|---:|---:|
$(printf '%s\n' "${rows[@]}")
<!-- /stream-budget -->
MD
)"
write_section stream-budget "$section"
