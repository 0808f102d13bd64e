#!/usr/bin/env bash
# In-process benchmarks of the rules module (JMH): evaluation throughput and allocation per
# representative case, and knowledge-base compile time. Results: docs/performance.md.
#
#   benchmarks/jmh.sh                       # everything, with the GC profiler (allocation)
#   benchmarks/jmh.sh EvaluationBenchmark   # any JMH arguments: a filter, -t 2, -f 1, ...
#
# The benchmarks live in rules/src/test/java/org/relapsecds/rules/benchmark; surefire does not run
# them (their names do not end in Test).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl rules test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
classpath="rules/target/test-classes:rules/target/classes:$(cat rules/target/jmh.classpath)"

if [ "$#" -eq 0 ]; then
  set -- -prof gc
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
