#!/usr/bin/env bash
# Benchmark: bulk import of generated records from CSV through the gateway into the local stack (deploy/local),
# timing the request and sampling the owning service's heap while it runs. Run by hand, not part of the build.
#   bench/import.sh RESOURCE [ROWS ...]      e.g. bench/import.sh students 10000 100000
# RESOURCE: students, staff, income, internships. Each size goes into a school of its own (bench-<resource>-<rows>).
set -euo pipefail
cd "$(dirname "$0")/.."
resource=${1:?usage: bench/import.sh RESOURCE [ROWS ...]}
shift
sizes=("${@:-10000}")
GATEWAY=http://localhost:8080
case $resource in
  students) service=student-service role=registrar generator=GenerateStudents ;;
  staff) service=faculty-service role=hr generator=GenerateStaff ;;
  income) service=finance-service role=finance generator=GenerateIncome ;;
  internships) service=training-service role=training generator=GenerateInternships ;;
  *) echo "unknown resource $resource" >&2; exit 2 ;;
esac
curl -sf "$GATEWAY/actuator/health" >/dev/null || deploy/local/up.sh >/dev/null
pid=$(cat "deploy/local/run/pids/$service.pid")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# what a resource needs to exist before its rows can refer to it
prepare() {
  local school=$1 token=$2
  case $resource in
    students)
      for major in 0101 0102 0301 0306 0201 0601 0602 1101; do
        curl -sf -o /dev/null -X PUT "$GATEWAY/api/v1/schools/$school/majors/$major" -H "Authorization: Bearer $token" \
          -H 'Content-Type: application/json' -d "{\"name\":\"major $major\",\"openedOn\":\"2005-09-01\"}"
      done ;;
    internships)
      java bench/GenerateInternships.java partners | curl -sf -o /dev/null -X POST \
        "$GATEWAY/api/v1/schools/$school/partners:import" -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
        --data-binary @- ;;
  esac
}

echo "# $(date -u +%FT%TZ) $(uname -m), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "# command: $0 $resource ${sizes[*]}"
printf '%-8s %-8s %-10s %-12s %-14s %-16s %s\n' rows csv_MB seconds rows_per_s heap_peak_MB oldgen_peak_MB result
for rows in "${sizes[@]}"; do
  school="bench-$resource-$rows"
  token=$(deploy/local/token.sh "$role" "$school")
  prepare "$school" "$token"
  java "bench/$generator.java" "$rows" > "$work/rows.csv"
  jstat -gc "$pid" 100 > "$work/jstat.txt" &
  sampler=$!
  started=$(date +%s.%N)
  result=$(curl -s -w '%{http_code}' -o "$work/report.json" -X POST "$GATEWAY/api/v1/schools/$school/$resource:import" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$work/rows.csv")
  elapsed=$(echo "$(date +%s.%N) - $started" | bc)
  kill "$sampler"
  # jstat -gc columns: S0U S1U EU OU are fields 3, 4, 6, 8 (KB)
  heap=$(awk 'NR>1 {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f", m/1024}' "$work/jstat.txt")
  old=$(awk 'NR>1 {if ($8>m) m=$8} END {printf "%.0f", m/1024}' "$work/jstat.txt")
  size=$(du -m "$work/rows.csv" | cut -f1)
  summary=$(sed -E 's/.*"rows":([0-9]+).*"created":([0-9]+).*"rejected":([0-9]+).*/rows \1, created \2, rejected \3/' "$work/report.json")
  printf '%-8s %-8s %-10.2f %-12.0f %-14s %-16s %s\n' "$rows" "$size" "$elapsed" "$(echo "$rows / $elapsed" | bc -l)" \
    "$heap" "$old" "HTTP $result, $summary"
done
