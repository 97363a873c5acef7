#!/usr/bin/env bash
# Fault test: stop the Kafka broker of the local stack for OUTAGE seconds while a department system keeps writing
# majors through the gateway (one PUT every PACE seconds), start it again on the same port with the same data, and
# show that every write the student service acknowledged (2xx) arrived in the report service's replica, and that
# the service's majors of the school and the replica are equal (ReplicaComparison, with the acknowledged keys as
# -Dexpected). Run by hand, not part of the build.
#   bench/fault-broker-outage.sh [OUTAGE]      default 30 seconds
# The broker has to run in a process of its own: the stack is started with LOCAL_KAFKA=separate deploy/local/up.sh
# (see deploy/README.md); a stack already running with the broker inside the infrastructure process is refused:
# stop it with deploy/local/down.sh first. The broker is stopped with SIGTERM (a clean shutdown) and brought back by
# running up.sh again, which starts only what is missing.
# Environment: PACE (seconds between writes, default 0.1), SETTLE (seconds of writes before and after the outage,
# default 5), CATCH_UP_TIMEOUT (seconds to wait for the outbox and the replica before comparing, default 300).
# Exit status 0 when every acknowledged write arrived and both sides are equal, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
outage=${1:-30}
PACE=${PACE:-0.1}
SETTLE=${SETTLE:-5}
CATCH_UP_TIMEOUT=${CATCH_UP_TIMEOUT:-300}
GATEWAY=http://localhost:8080
source deploy/local/services.sh
bench_classpath
if curl -sf "$GATEWAY/actuator/health" >/dev/null && ! pid_is_ours "$RUN_DIR/pids/kafka.pid" kafka; then
  echo "The local stack runs with the broker inside the infrastructure process; stop it (deploy/local/down.sh) and" \
    "run this script again: it starts the stack with LOCAL_KAFKA=separate" >&2
  exit 1
fi
LOCAL_KAFKA=separate deploy/local/up.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

school="fault-broker-$(date +%s)"
token=$(deploy/local/token.sh registrar "$school")
machine_facts
echo "# command: $0 $*   (PACE=$PACE SETTLE=$SETTLE)"
echo "# school $school"

# one line per write: phase, HTTP status, major code; the phase is whatever $work/phase says when the write starts
set_phase() {
  echo "$1" > "$work/phase.next"
  mv "$work/phase.next" "$work/phase"
}
set_phase before
writer() {
  local i=0 phase
  while [[ $(cat "$work/phase") != done ]]; do
    phase=$(cat "$work/phase")
    code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "$GATEWAY/api/v1/schools/$school/majors/m$i" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"name\":\"major $i\",\"openedOn\":\"2015-09-01\"}" || true)
    echo "$phase $code m$i" >> "$work/writes"
    i=$((i + 1))
    sleep "$PACE"
  done
}
writer &
writer_pid=$!

sleep "$SETTLE"
kafka_pid=$(cat "$RUN_DIR/pids/kafka.pid")
set_phase outage
stopped_at=$(date +%s.%N)
kill "$kafka_pid"
while kill -0 "$kafka_pid" 2>/dev/null; do sleep 0.2; done
echo "# broker (pid $kafka_pid) stopped in $(printf '%.1f' "$(echo "$(date +%s.%N) - $stopped_at" | bc)") s; down for ${outage} s"
sleep "$outage"
LOCAL_KAFKA=separate deploy/local/up.sh > "$work/up.log"
set_phase after
echo "# broker back (pid $(cat "$RUN_DIR/pids/kafka.pid")) $(printf '%.1f' "$(echo "$(date +%s.%N) - $stopped_at" | bc)") s after the stop began"
sleep "$SETTLE"
set_phase done
wait "$writer_pid"

printf '%-8s %-8s %-14s %s\n' phase writes acknowledged 'not acknowledged (HTTP status: count)'
for phase in before outage after; do
  total=$(awk -v p="$phase" '$1 == p' "$work/writes" | wc -l)
  acked=$(awk -v p="$phase" '$1 == p && $2 ~ /^2/' "$work/writes" | wc -l)
  others=$(awk -v p="$phase" '$1 == p && $2 !~ /^2/ {n[$2]++} END {for (s in n) printf "%s: %d  ", s, n[s]}' "$work/writes")
  printf '%-8s %-8s %-14s %s\n' "$phase" "$total" "$acked" "${others:--}"
done
awk '$2 ~ /^2/ {print $3}' "$work/writes" > "$work/acknowledged"

status=0
started=$(date +%s.%N)
result=$(java -Dexpected="$work/acknowledged" -cp "$classpath" org.vetreport.bench.ReplicaComparison \
  "$school" student.majors.v1 "$CATCH_UP_TIMEOUT") || status=1
echo "# compared in $(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)") s"
echo "$result"
exit $status
