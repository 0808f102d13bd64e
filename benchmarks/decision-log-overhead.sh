#!/usr/bin/env bash
# Decision-log overhead with wrk (Debian package `wrk`): evaluation throughput of the executable jar
# with recording on (the default) and off (cds.decisions.enabled=false), alternating on/off ROUNDS
# times in one run, each server fresh, warmed up, then measured. Results: docs/performance.md.
#
#   ./mvnw -B -q -pl api -am package -DskipTests   # builds the jar (without installing)
#   benchmarks/decision-log-overhead.sh            # DURATION=20s WARMUP=15s ROUNDS=2
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18091}
ROUNDS=${ROUNDS:-2}
. benchmarks/settings.sh
BASE=http://localhost:$PORT
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$work"' EXIT

measure() { # recording: true|false
  rm -rf "$work/data"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --cds.data-directory="$work/data" \
    --cds.decisions.enabled="$1" --cds.security.bootstrap-api-key="$CDS_API_KEY" \
    --cds.security.bootstrap-editor-password=load-test-password >"$work/server.log" 2>&1 &
  server=$!
  until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
    kill -0 $server 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.2
  done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s benchmarks/post-case.lua "$BASE/api/v1/evaluations" >/dev/null
  result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s benchmarks/post-case.lua \
    "$BASE/api/v1/evaluations" | grep RESULT)
  kill $server; wait $server 2>/dev/null || true; server=
  recorded=$(java -cp "$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort -V | tail -1)" org.h2.tools.Shell \
    -url "jdbc:h2:file:$work/data/db/relapse-cds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa \
    -sql "SELECT COUNT(*) FROM decision" 2>/dev/null | sed -n 2p | tr -d ' ' || echo "-")
  echo "recording=$1 $result decisions-in-db=$recorded"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$ROUNDS"); do
  measure true
  measure false
done | tee "$work/results"
awk '/RESULT|rps=/ { split($0, a, "rps="); split(a[2], b, " "); if ($1 == "recording=true") { on += b[1]; n++ } else { off += b[1]; m++ } }
  END { printf "mean rps: recording on %.0f, off %.0f; on/off = %.1f %%\n", on / n, off / m, 100 * (on / n) / (off / m) }' "$work/results"
