#!/usr/bin/env bash
# Benchmark: bulk import of N students from CSV through the gateway into the local stack (deploy/local), timing
# the request and sampling the student service's heap while it runs. Run by hand, not part of the build.
#   bench/import-students.sh [ROWS ...]      e.g. bench/import-students.sh 10000 100000
# Each size is imported into a school of its own (bench-<rows>), so runs do not disturb each other; run it on a
# stack started fresh to compare with earlier results.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000}")
GATEWAY=http://localhost:8080
curl -sf "$GATEWAY/actuator/health" >/dev/null || deploy/local/up.sh >/dev/null
pid=$(cat deploy/local/run/pids/student-service.pid)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "# $(date -u +%FT%TZ) $(uname -m), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "# command: $0 ${sizes[*]}"
printf '%-8s %-10s %-10s %-12s %-16s %-16s %s\n' rows csv_MB seconds rows_per_s heap_peak_MB oldgen_peak_MB result
for rows in "${sizes[@]}"; do
  school="bench-$rows"
  token=$(deploy/local/token.sh registrar "$school")
  for major in 0101 0102 0301 0306 0201 0601 0602 1101; do
    curl -sf -o /dev/null -X PUT "$GATEWAY/api/v1/schools/$school/majors/$major" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "{\"name\":\"major $major\",\"openedOn\":\"2005-09-01\"}"
  done
  java bench/GenerateStudents.java "$rows" > "$work/students.csv"
  jstat -gc "$pid" 100 > "$work/jstat.txt" &
  sampler=$!
  started=$(date +%s.%N)
  result=$(curl -s -w '%{http_code}' -o "$work/report.json" -X POST "$GATEWAY/api/v1/schools/$school/students:import" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$work/students.csv")
  elapsed=$(echo "$(date +%s.%N) - $started" | bc)
  kill "$sampler"
  # jstat -gc columns: S0U S1U EU OU are fields 3, 4, 6, 8 (KB)
  heap=$(awk 'NR>1 {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f", m/1024}' "$work/jstat.txt")
  old=$(awk 'NR>1 {if ($8>m) m=$8} END {printf "%.0f", m/1024}' "$work/jstat.txt")
  size=$(du -m "$work/students.csv" | cut -f1)
  created=$(sed -E 's/.*"created":([0-9]+).*/\1/' "$work/report.json")
  printf '%-8s %-10s %-10.2f %-12.0f %-16s %-16s %s\n' "$rows" "$size" "$elapsed" "$(echo "$rows / $elapsed" | bc -l)" \
    "$heap" "$old" "HTTP $result, created $created"
done
