#!/usr/bin/env bash
# Fault test: kill -9 the student service in the middle of a bulk import of generated students through the gateway,
# start it again (deploy/local/up.sh starts only what is missing), wait until its outbox is empty and the report
# service has read every record of student.students.v1, and compare the school's students in the service's database
# (student-service.students: _id, version, deleted) with the report service's replica of them (ReplicaComparison).
# Then import the same file again to completion and compare again. Run by hand against the local stack
# (deploy/local, started if it is not running), not part of the build.
#   bench/fault-kill-import.sh [ROWS] [KILL_AT]      default 10000 rows, killed once 3000 are stored
# KILL_AT: how many of the school's students the service's list must show before the kill (polled every 0.2 s).
# Environment: CATCH_UP_TIMEOUT (seconds to wait for the outbox and the replica before comparing, default 300).
# Exit status: 0 when both comparisons are equal, 1 on a difference or a failed re-import, 2 when the import ended
# before the kill (nothing was tested: lower KILL_AT).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
rows=${1:-10000}
kill_at=${2:-3000}
GATEWAY=http://localhost:8080
CATCH_UP_TIMEOUT=${CATCH_UP_TIMEOUT:-300}
bench_classpath
curl -sf "$GATEWAY/actuator/health" >/dev/null || deploy/local/up.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

school="fault-kill-$(date +%s)"
token=$(deploy/local/token.sh registrar "$school")
for major in 0101 0102 0301 0306 0201 0601 0602 1101; do
  curl -sf -o /dev/null -X PUT "$GATEWAY/api/v1/schools/$school/majors/$major" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"name\":\"major $major\",\"openedOn\":\"2005-09-01\"}"
done
java bench/GenerateStudents.java "$rows" > "$work/rows.csv"

machine_facts
echo "# command: $0 $*"
echo "# school $school, $rows rows"
printf '%-26s %-9s %s\n' step seconds result

now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }

import_students() {
  curl -s -w '%{http_code}' -o "$work/$1.json" -X POST "$GATEWAY/api/v1/schools/$school/students:import" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$work/rows.csv" || true
}

stored() {
  curl -s "$GATEWAY/api/v1/schools/$school/students?size=1" -H "Authorization: Bearer $token" \
    | sed -nE 's/.*"total":([0-9]+).*/\1/p' || true
}

compare() {
  java -cp "$classpath" org.vetreport.bench.ReplicaComparison "$school" student.students.v1 "$CATCH_UP_TIMEOUT"
}

status=0
started=$(now)
import_students first > "$work/first.status" &
importer=$!
count=0
while kill -0 "$importer" 2>/dev/null && (( ${count:-0} < kill_at )); do
  sleep 0.2
  count=$(stored)
done
if ! kill -0 "$importer" 2>/dev/null; then
  printf '%-26s %-9s %s\n' "import" "$(since "$started")" "ended (HTTP $(cat "$work/first.status")) before $kill_at students were stored"
  exit 2
fi
pid=$(cat deploy/local/run/pids/student-service.pid)
kill -9 "$pid"
wait "$importer" || true
printf '%-26s %-9s %s\n' "import, kill -9" "$(since "$started")" \
  "killed student-service (pid $pid) with $count stored; the import answered HTTP $(cat "$work/first.status")"

started=$(now)
deploy/local/up.sh > "$work/up.log"
printf '%-26s %-9s %s\n' "restart" "$(since "$started")" "student-service (pid $(cat deploy/local/run/pids/student-service.pid)) ready"

started=$(now)
result=$(compare) || status=1
printf '%-26s %-9s %s\n' "compare after the restart" "$(since "$started")" "$(grep -v '^#' <<< "$result")"
grep '^#' <<< "$result" | sed 's/^/  /'

started=$(now)
code=$(import_students second)
summary=$(sed -E 's/.*"rows":([0-9]+).*"created":([0-9]+).*"updated":([0-9]+).*"unchanged":([0-9]+).*"rejected":([0-9]+).*/rows \1, created \2, updated \3, unchanged \4, rejected \5/' "$work/second.json")
[[ $code == 2* ]] || status=1
printf '%-26s %-9s %s\n' "import again" "$(since "$started")" "HTTP $code, $summary"

started=$(now)
result=$(compare) || status=1
printf '%-26s %-9s %s\n' "compare after re-import" "$(since "$started")" "$(grep -v '^#' <<< "$result")"
grep '^#' <<< "$result" | sed 's/^/  /'
grep -q "students $rows (0 deleted)" <<< "$result" || { echo "# the service does not hold all $rows students"; status=1; }
exit $status
