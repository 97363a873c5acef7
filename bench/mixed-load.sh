#!/usr/bin/env bash
# Benchmark (fault test): reads and writes together at a fixed arrival rate through the gateway, with zero errors
# expected (see MixedLoad). Run by hand against the running local stack (deploy/local/up.sh), not part of the build.
#   bench/mixed-load.sh [RATE] [SECONDS]     default: 300 requests/s for 60 s; 70% reads, 30% writes
# Each run uses a school of its own (bench-mixed-<time>) with ROSTER students (default 1000). The requests are spread
# over one registrar token per 30 requests/s, since the gateway limits each user (gateway.rate-limit, 50/s). A
# request not answered within TIMEOUT_SECONDS (default 10) counts as an error. Exit status 1 if any request failed.
# First a warm-up that is printed but not counted (WARMUP_SECONDS, default 30, at WARMUP_RATE, default half the
# rate; WARMUP_SECONDS=0 for none): a freshly started stack spends its first minute compiling, which is start-up cost,
# not the load the stack carries.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
rate=${1:-300}
seconds=${2:-60}
require_stack
bench_classpath
school="bench-mixed-$(date +%s)"
tokens=()
for (( i = 0; i < (rate + 29) / 30; i++ )); do
  tokens+=("$(deploy/local/token.sh registrar "$school")")
done
BENCH_TOKENS=$(IFS=,; echo "${tokens[*]}")
export BENCH_TOKENS
machine_facts
echo "# command: $0 $*"
exec java -Xmx1g -cp "$classpath" org.vetreport.bench.MixedLoad "$school" "$rate" "$seconds"
