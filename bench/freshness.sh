#!/usr/bin/env bash
# Benchmark: how long a write takes to reach the report service's replica, against a raw Kafka round trip on the
# same broker (see FreshnessBenchmark). Run by hand against the running local stack (deploy/local/up.sh), not part
# of the build.
#   bench/freshness.sh [RATE] [SECONDS] [BATCH]     default: 1000 changes/s for 60 s, in imports of 50 students
# Each run writes into a school of its own (bench-fresh-<time>). Environment: ROSTER (students of the school, updated
# in turn; default 500), RECORD_BYTES (size of the raw Kafka records; default 1024), WAIT_SECONDS (how long to wait
# for the last changes to arrive; default 300), WARMUP_SECONDS (imports at the same rate before the measured ones, which
# are sent once the report has applied all of these; default 15, 0 measures a cold stack). Exit status 1 if a write
# failed or a change never arrived.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
rate=${1:-1000}
seconds=${2:-60}
batch=${3:-50}
require_stack
bench_classpath
school="bench-fresh-$(date +%s)"
BENCH_TOKEN=$(deploy/local/token.sh registrar "$school")
export BENCH_TOKEN
machine_facts
echo "# command: $0 $*"
exec java -Xmx1g -cp "$classpath" org.vetreport.bench.FreshnessBenchmark "$school" "$rate" "$seconds" "$batch"
