#!/usr/bin/env bash
# Load test over loopback with wrk (Debian package `wrk`): the executable jar, 16 connections,
# POST /api/v1/evaluations (the API contract's example) and, in the same run, the trivial
# GET /api/v1/me of the same server. Also reports startup-to-ready and heap under load.
# Results: docs/performance.md.
#
#   ./mvnw -B -q -pl api -am package -DskipTests   # builds the jar (without installing)
#   benchmarks/load-test.sh                        # DURATION=30s CONNECTIONS=16 THREADS=2
#
# The server runs with JAVA_OPTS (default -Xmx256m: the heap target) in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18090}
DURATION=${DURATION:-30s}
# the current code takes minutes to compile (docs/performance.md): a short warm-up overstates it
WARMUP=${WARMUP:-60s}
. benchmarks/settings.sh
BASE=http://localhost:$PORT

work=$(mktemp -d)
log=$work/server.log
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --cds.data-directory="$work/data" \
  --cds.security.bootstrap-api-key="$CDS_API_KEY" \
  --cds.security.bootstrap-editor-password=load-test-password >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
start=$(date +%s%N)
until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))

heap_mb() {
  curl -s -H "X-API-Key: $CDS_API_KEY" "$BASE/actuator/prometheus" |
    awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "knowledge base: $(curl -s -H "X-API-Key: $CDS_API_KEY" "$BASE/api/v1/knowledge-base" |
  python3 -c 'import json,sys; k=json.load(sys.stdin); print(k["version"], k["ruleCount"], "rules")')"
echo "startup to ready (wall clock, from launch): ${ready_ms} ms"
grep -o 'relapse-cds ready in.*since JVM start)' "$log" || true
echo "heap after startup: $(heap_mb) MB"

# CPU seconds the server spends per request: on a shared machine, throughput depends on what else
# runs; the server's own CPU time per request much less so.
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14, $15}' "/proc/$server/stat"; } # user, system
# Each endpoint is measured right after its own warm-up: warming up the other endpoint in between
# makes the JIT recompile shared code during the measurement (~0.035 ms of compiler CPU per
# evaluation request, measured per thread).
run() { # name, lua script, path
  local before after out requests
  echo "warm-up: $WARMUP"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "benchmarks/$2" "$BASE$3" | grep RESULT
  before=$(cpu_ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "benchmarks/$2" "$BASE$3")
  after=$(cpu_ticks)
  echo "$out" | grep -E "Latency|Req/Sec|Non-2xx|RESULT"
  requests=$(echo "$out" | sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p')
  echo "$before $after" | awk -v hz="$ticks" -v n="$requests" -v name="$1" '{
    user = $3 - $1; sys = $4 - $2; t = user + sys
    printf "CPU %s: %.3f ms of server CPU per request (%.0f requests per CPU-second; user %.3f, system %.3f ms)\n",
      name, 1000 * t / hz / n, n / (t / hz), 1000 * user / hz / n, 1000 * sys / hz / n}'
}

echo "== POST /api/v1/evaluations, $CONNECTIONS connections, $DURATION"
( sleep "$WARMUP"; sleep 10; echo "heap during evaluation load: $(heap_mb) MB" ) &
sampler=$!
run evaluation post-case.lua /api/v1/evaluations
wait $sampler
echo "== GET /api/v1/me (trivial), $CONNECTIONS connections, $DURATION"
run trivial get-trivial.lua /api/v1/me
echo "heap after load: $(heap_mb) MB; GC pauses: $(curl -s -H "X-API-Key: $CDS_API_KEY" \
  "$BASE/actuator/prometheus" | awk '/^jvm_gc_pause_seconds_count/ {n += $NF} END {print n}') collections"
echo "evaluations logged: $(grep -c 'evaluation caseId=' "$log")"
