#!/usr/bin/env bash
# Benchmark: what the gateway adds to a read, against the local stack (deploy/local). Run by hand, not part of the
# build. The same closed-loop load (GatewayBenchmark, java.net.http on platform threads) GETs one student, then a
# small list of students, once straight from student-service (:8081) and once through the gateway (:8080), with the
# same bearer token: at concurrency 1 for latency and at concurrency CONCURRENCY for throughput, each for WARMUP
# seconds unmeasured and then DURATION seconds measured. Prints p50/p90/p99 latency and requests/s of every run, the
# added median (gateway p50 - direct p50 at concurrency 1; target <= 1 ms) and the gateway's throughput as a
# percentage of the direct one (target >= 60%), and counts answers other than 2xx (must be 0; exit status 1 if not).
#   bench/gateway.sh                      WARMUP=5 DURATION=20 CONCURRENCY=16 by default
#   WARMUP=2 DURATION=5 CONCURRENCY=8 bench/gateway.sh
#
# On this 2-core machine the load generator, the gateway and the service share the same two cores: through the
# gateway every request costs the gateway's CPU as well as the service's, taken from the cores the service would
# otherwise have, so the throughput ratio shows the gateway's CPU cost per request, not just its latency.
#
# The gateway limits each client to 50 requests/s by default, which would answer most of this load 429. The
# benchmark therefore needs a gateway started with a limit far above it, so the limiter still runs on every
# request but never refuses one: if the stack is down, this script starts it so (and leaves it running, as
# import.sh does); if it is up with the default limit, the script stops with the command to restart it.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-20}
CONCURRENCY=${CONCURRENCY:-16}
SCHOOL=bench-gateway
LIMIT=1000000
bench_classpath
if ! curl -sf http://localhost:8080/actuator/health >/dev/null; then
  PLATFORM_GATEWAY_RATELIMIT_REQUESTSPERSECOND=$LIMIT PLATFORM_GATEWAY_RATELIMIT_BURST=$LIMIT deploy/local/up.sh >/dev/null
fi
gateway_pid=$(cat deploy/local/run/pids/gateway.pid)
if ! tr '\0' '\n' < "/proc/$gateway_pid/environ" | grep -q "^PLATFORM_GATEWAY_RATELIMIT_REQUESTSPERSECOND=$LIMIT$"; then
  echo "the running gateway limits clients to its default rate; restart the stack with" >&2
  echo "  deploy/local/down.sh && PLATFORM_GATEWAY_RATELIMIT_REQUESTSPERSECOND=$LIMIT" \
    "PLATFORM_GATEWAY_RATELIMIT_BURST=$LIMIT deploy/local/up.sh" >&2
  exit 1
fi
token=$(deploy/local/token.sh registrar "$SCHOOL")
machine_facts
echo "# command: WARMUP=$WARMUP DURATION=$DURATION CONCURRENCY=$CONCURRENCY $0"
exec java -cp "$classpath" org.vetreport.bench.GatewayBenchmark http://localhost:8080 http://localhost:8081 "$token" \
  "$SCHOOL" "$WARMUP" "$DURATION" "$CONCURRENCY"
