# Shared by the load-test scripts (sourced, from the repository root): the jar, the port, the wrk
# load and the server's heap, each overridable from the environment, and the API key and case file
# the wrk scripts read.
JAR=${JAR:-api/target/relapse-cds-api-0.1.0-SNAPSHOT-exec.jar}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
export CDS_API_KEY=load-test-key
export CDS_CASE_FILE=benchmarks/case.json
