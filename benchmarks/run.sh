#!/usr/bin/env bash
# Runs the newsclaims JMH suite and prints JMH's table and the report with ratios to the baseline.
#
#   benchmarks/run.sh quick   # about two minutes: 1 fork, 2 warm-up and 3 measurement iterations of 1 s
#   benchmarks/run.sh full    # about half an hour: 2 forks, 10 × 2 s warm-up, 5 × 2 s measurement
#
# The full mode warms up for 20 s: on 2 cores the JSON reader reached its steady speed only after
# 7 to 16 s (a 5-fork run with 10 s of warm-up still rose from 6,500 to 11,000 documents/s within
# its measurement; with 15 s of warm-up it held 13,200 ± 1.5 %).
#
# The JSON speed verdicts come from JsonPairedBenchmark, not from ratios of JsonBenchmark's scores:
# this machine's speed drifts by up to 50 % from minute to minute, and two benchmarks run minutes
# apart carry that drift into their ratio. Each JsonPairedBenchmark invocation times the baseline
# (plain Jackson records, or the bare token scan) and newsclaims back to back in the same fork,
# alternating which goes first, and adds their nanoseconds to JMH auxiliary counters reset per
# iteration; Report takes baseline ÷ newsclaims per measurement iteration and gives the mean over
# all iterations of all forks with a 99.9 % Student-t half-width (inconclusive over 10 %). Quick
# mode's 3 iterations make that half-width wide (t = 31.6 for 2 degrees of freedom); use full.
# JsonBenchmark stays for absolute speeds and allocation (-prof gc).
#
# Any further arguments go to JMH, e.g. a benchmark regex: benchmarks/run.sh quick JsonBenchmark
# SparkBenchmark runs only when named: benchmarks/run.sh full SparkBenchmark
# Results: benchmarks/target/results-<mode>.json (JMH) and benchmarks/target/results-<mode>.md (report).
# Build first, from the repository root: mvn -B -ntp install -DskipTests
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
mode="${1:-quick}"
shift || true

case "$mode" in
  quick) options=(-f 1 -wi 2 -w 1s -i 3 -r 1s) ;;
  full) options=(-f 2 -wi 10 -w 2s -i 5 -r 2s) ;;
  *)
    echo "usage: $0 quick|full [JMH arguments]" >&2
    exit 2
    ;;
esac

if [[ ! -f "$jar" ]]; then
  echo "$jar is missing; build it first, from the repository root: mvn -B -ntp install -DskipTests" >&2
  exit 1
fi

results="$here/target/results-$mode.json"
report="$here/target/results-$mode.md"
echo "newsclaims benchmarks, $mode mode, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
# JsonLinesBenchmark forks its own JVM with -Xmx64m; do not pass -jvmArgsAppend, which would replace it.
# SparkBenchmark needs Spark, which benchmarks.jar leaves out (it is provided): it runs only when an
# argument names it (benchmarks/run.sh full SparkBenchmark), with the class path of Spark that the
# build wrote to target/spark-classpath.txt behind the jar. JMH's forks inherit that class path.
classpath="$jar"
exclude=(-e SparkBenchmark)
for argument in "$@"; do
  if [[ "$argument" == *Spark* ]]; then
    if [[ ! -f "$here/target/spark-classpath.txt" ]]; then
      echo "$here/target/spark-classpath.txt is missing; build first: mvn -B -ntp install -DskipTests" >&2
      exit 1
    fi
    classpath="$jar:$(cat "$here/target/spark-classpath.txt")"
    exclude=()
  fi
done
java -cp "$classpath" org.openjdk.jmh.Main "${options[@]}" "${exclude[@]}" -prof gc \
  -prof io.github.newsclaims.benchmarks.HeapProfiler -rf json -rff "$results" "$@"
echo
java -cp "$jar" io.github.newsclaims.benchmarks.Report "$results" | tee "$report"
