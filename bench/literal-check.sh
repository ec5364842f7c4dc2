#!/usr/bin/env bash
# Compile-time cost of the DSL literal checker (dsl-checker): compiles one generated source with
# 1,000 DSL call sites with javac, without and with the checker on the processor path, alternating,
# and reports the median wall times and their ratio (target: at most 1.2). Not a test; about 2
# minutes on 2 cores. Writes its section of bench/RESULTS.md (between the literal-check markers).
# usage: bench/literal-check.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/results-section.sh
runs="${1:-5}"
work="bench/target/literal-check"
rm -rf "$work" && mkdir -p "$work/src" "$work/plain" "$work/checked"

./mvnw -B -q -o -pl dsl-checker -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
cp="$(cat dsl-checker/target/classpath.txt)"
checker="$(ls dsl-checker/target/activitysmith-dsl-checker-*.jar | grep -v -e sources -e javadoc | head -1)"

# 1,000 call sites over every kind of chain; one in five takes a value known only at run time.
src="$work/src/CallSites.java"
{
  echo 'import static com.activitysmith.dsl.Dsl.*;'
  echo 'import com.activitysmith.payload.*;'
  echo 'import java.time.Duration;'
  echo 'import java.util.ArrayList;'
  echo 'import java.util.List;'
  echo 'final class CallSites {'
  echo '  static List<Object> all(int n, String s) {'
  echo '    List<Object> out = new ArrayList<>();'
  for i in $(seq 0 999); do
    case $((i % 10)) in
      0) echo "    out.add(liveActivity(\"Deploy $i\").segmented(4).step($((i % 4 + 1))).color(YELLOW));" ;;
      1) echo "    out.add(liveActivity(\"Backup $i\").progress($((i % 100))).subtitle(\"nas\").icon(icon(\"externaldrive\")));" ;;
      2) echo "    out.add(liveActivity(\"Servers $i\").metrics(metric(\"CPU\", 27.5).unit(\"%\"), metric(\"RAM\", $i)));" ;;
      3) echo "    out.add(push(\"Build $i\").message(\"CI failed on main\").redirection(\"https://ci.example.com/p/$i\").tags(\"ci\"));" ;;
      4) echo "    out.add(liveActivityUpdate(\"Deploy $i\").segmented(5).step(n));" ;;
      5) echo "    out.add(liveActivityEnd(\"Approval $i\").alert(\"Done\").autoDismissMinutes(2));" ;;
      6) echo "    out.add(liveActivityStream(\"Queue $i\").stats(metric(\"Jobs\", $i), metric(\"Status\", s)));" ;;
      7) echo "    out.add(liveActivity(\"Bench $i\").timer(Duration.ofMinutes(5)).color(CYAN));" ;;
      8) echo "    out.add(push(\"Deploy $i\").actions(openUrl(\"Open\", \"https://ci.example.com/$i\"), webhook(\"Retry\", \"https://ci.example.com/r\").post()));" ;;
      9) echo "    out.add(liveActivity(\"Upload $i\").progress($i, 1000).metadata(metadata(\"build\", $i).and(\"branch\", s)));" ;;
    esac
  done
  echo '    return out;'
  echo '  }'
  echo '}'
} > "$src"

now() { date +%s%N; }
plain=() checked=()
for r in $(seq 1 "$runs"); do
  t0=$(now); javac -cp "$cp" -d "$work/plain" "$src"; t1=$(now)
  javac -cp "$cp" -processorpath "$checker:$cp" -d "$work/checked" "$src"; t2=$(now)
  plain+=($(( (t1 - t0) / 1000000 ))); checked+=($(( (t2 - t1) / 1000000 )))
  echo "run $r: without ${plain[-1]} ms, with ${checked[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(median "${plain[@]}"); c=$(median "${checked[@]}")
ratio=$(awk -v c="$c" -v p="$p" 'BEGIN {printf "%.2f", c / p}')
echo "median: without ${p} ms, with ${c} ms, ratio ${ratio}"

jdk="$(javac -version 2>&1)"
section="$(cat <<MD
<!-- literal-check: written by bench/literal-check.sh (bench/run.sh rewrites this file without it: run this script after it) -->
## Literal checker: compile time

\`bench/literal-check.sh $runs\` at $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%M:%SZ), $jdk, $(nproc) cores (shared with other builds while it ran). One generated source with 1,000 DSL call sites (every kind of chain, one in five with a value known only at run time), compiled by \`javac\` $runs times each way, alternating; medians of wall time, JVM start included. Target: at most 1.2x.

| | without the checker | with the checker | ratio |
|---|---:|---:|---:|
| javac, 1,000 call sites | ${p} ms | ${c} ms | ${ratio}x |

Each run (without / with, ms): $(for i in "${!plain[@]}"; do printf '%s / %s; ' "${plain[$i]}" "${checked[$i]}"; done)
<!-- /literal-check -->
MD
)"
write_section literal-check "$section"
